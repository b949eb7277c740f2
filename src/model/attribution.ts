// Licence statements that must travel with the figures they cover.

/** O*NET's CC BY 4.0 attribution, as the O*NET 29.3 release asks for it. */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, ' +
  'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
  'O*NET® is a trademark of USDOL/ETA.';

/** The attribution a section needs, judged by the sources it names. */
export function attributionFor(sources: readonly string[]): string | undefined {
  return sources.some((s) => s.includes('O*NET')) ? ONET_ATTRIBUTION : undefined;
}
