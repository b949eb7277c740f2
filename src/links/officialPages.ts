// Links from an official role to its publishers' pages, built from its SOC
// code alone. The webview only names a role and a site; the host builds the
// address here and opens it only if it passes `isOfficialPageUrl`.
//
// BLS: the Occupational Outlook Handbook addresses its pages by a topic and a
// title slug (e.g. /ooh/healthcare/registered-nurses.htm), which no file here
// maps from SOC codes; so the BLS link is the OEWS occupation profile
// (wages and employment), which BLS addresses by SOC code.

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

const SOC = /^(\d{2})-(\d{4})(?:\.(\d{2}))?$/;

/** The role's page on O*NET OnLine: https://www.onetonline.org/link/summary/29-1141.00 (a bare SOC code gets ".00"). */
export function onetPageUrl(socCode: string): string | undefined {
  const m = SOC.exec(socCode);
  return m ? `https://${OFFICIAL_HOSTS.onet}/link/summary/${m[1]}-${m[2]}.${m[3] ?? '00'}` : undefined;
}

/** BLS's OEWS profile of the 6-digit SOC occupation: https://www.bls.gov/oes/current/oes291141.htm. */
export function blsPageUrl(socCode: string): string | undefined {
  const m = SOC.exec(socCode);
  return m ? `https://${OFFICIAL_HOSTS.bls}/oes/current/oes${m[1]}${m[2]}.htm` : undefined;
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
  if (!role.socCode || !SOC.test(role.socCode)) return [];
  return OFFICIAL_SITES.map((site) => ({ roleId: role.id, site, label: OFFICIAL_SITE_LABELS[site] }));
}
