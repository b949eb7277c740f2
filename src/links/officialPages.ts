// Links from an official role to its publishers' pages, built from its SOC
// code alone. The webview only names a role and a site; the host builds the
// address here and opens it only if it passes `isOfficialPageUrl`.
//
// BLS: the Occupational Outlook Handbook addresses its pages by a topic and a
// title slug (e.g. /ooh/healthcare/registered-nurses.htm), which no file here
// maps from SOC codes; so the BLS link is the OEWS occupation profile
// (wages and employment), which BLS addresses by SOC code.
import { ROLE_SOC_CODE } from '../model/socCodes';

export const OFFICIAL_SITES = ['onet', 'bls'] as const;
export type OfficialSite = (typeof OFFICIAL_SITES)[number];

/** The only hosts an official link may open, per site; https only. */
export const OFFICIAL_HOSTS: Record<OfficialSite, string> = {
  onet: 'www.onetonline.org',
  bls: 'www.bls.gov',
};

export const OFFICIAL_SITE_LABELS: Record<OfficialSite, string> = {
  onet: 'O*NET OnLine',
  bls: 'BLS wages and employment (OEWS)',
};

/** A role's SOC code in its parts ("29-1141.01" → 29, 1141, 01), or undefined when it is not one. */
function socParts(socCode: string): { major: string; minor: string; onet: string | undefined } | undefined {
  if (!ROLE_SOC_CODE.test(socCode)) return undefined;
  return { major: socCode.slice(0, 2), minor: socCode.slice(3, 7), onet: socCode.slice(8) || undefined };
}

/** The role's page on O*NET OnLine: https://www.onetonline.org/link/summary/29-1141.00 (a bare SOC code gets ".00"). */
export function onetPageUrl(socCode: string): string | undefined {
  const soc = socParts(socCode);
  return soc && `https://${OFFICIAL_HOSTS.onet}/link/summary/${soc.major}-${soc.minor}.${soc.onet ?? '00'}`;
}

/** BLS's OEWS profile of the 6-digit SOC occupation: https://www.bls.gov/oes/current/oes291141.htm. */
export function blsPageUrl(socCode: string): string | undefined {
  const soc = socParts(socCode);
  return soc && `https://${OFFICIAL_HOSTS.bls}/oes/current/oes${soc.major}${soc.minor}.htm`;
}

export function officialPageUrl(site: OfficialSite, socCode: string): string | undefined {
  return site === 'onet' ? onetPageUrl(socCode) : blsPageUrl(socCode);
}

/**
 * True only for an https URL on one of the official hosts, with no user
 * name, password or port: anything else is refused, whatever built it.
 */
export function isOfficialPageUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    Object.values(OFFICIAL_HOSTS).includes(parsed.hostname)
  );
}

/** The official pages a role has: none without a SOC code. */
export function officialPagesOf(role: { id: string; socCode?: string }): { roleId: string; site: OfficialSite; label: string }[] {
  if (!role.socCode || !ROLE_SOC_CODE.test(role.socCode)) return [];
  return OFFICIAL_SITES.map((site) => ({ roleId: role.id, site, label: OFFICIAL_SITE_LABELS[site] }));
}
