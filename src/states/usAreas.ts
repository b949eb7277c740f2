// The areas of OEWS's state estimates: the 50 states and the District of
// Columbia, by FIPS code (as the state file's AREA column has them), with
// the name BLS prints (AREA_TITLE), the USPS two-letter code people type,
// and each one's tile in a tile map of the US (one equal square per area in
// its rough place, 8 rows × 11 columns, as newsrooms draw them). Facts, not
// data from a release: the importer checks the file's names against these.

export interface UsArea {
  /** Two-digit FIPS state code, as OEWS's AREA. */
  fips: string;
  /** USPS code: "TX". */
  code: string;
  /** As OEWS's AREA_TITLE: "Texas". */
  name: string;
  /** The tile's row and column in the tile map. */
  tile: readonly [row: number, column: number];
}

const area = (fips: string, code: string, name: string, row: number, column: number): UsArea => ({
  fips,
  code,
  name,
  tile: [row, column],
});

export const US_AREAS: readonly UsArea[] = [
  area('01', 'AL', 'Alabama', 6, 6),
  area('02', 'AK', 'Alaska', 0, 0),
  area('04', 'AZ', 'Arizona', 5, 1),
  area('05', 'AR', 'Arkansas', 5, 4),
  area('06', 'CA', 'California', 4, 0),
  area('08', 'CO', 'Colorado', 4, 2),
  area('09', 'CT', 'Connecticut', 3, 9),
  area('10', 'DE', 'Delaware', 4, 9),
  area('11', 'DC', 'District of Columbia', 5, 8),
  area('12', 'FL', 'Florida', 7, 8),
  area('13', 'GA', 'Georgia', 6, 7),
  area('15', 'HI', 'Hawaii', 7, 0),
  area('16', 'ID', 'Idaho', 2, 1),
  area('17', 'IL', 'Illinois', 2, 5),
  area('18', 'IN', 'Indiana', 3, 5),
  area('19', 'IA', 'Iowa', 3, 4),
  area('20', 'KS', 'Kansas', 5, 3),
  area('21', 'KY', 'Kentucky', 4, 5),
  area('22', 'LA', 'Louisiana', 6, 4),
  area('23', 'ME', 'Maine', 0, 10),
  area('24', 'MD', 'Maryland', 4, 8),
  area('25', 'MA', 'Massachusetts', 2, 10),
  area('26', 'MI', 'Michigan', 2, 7),
  area('27', 'MN', 'Minnesota', 2, 4),
  area('28', 'MS', 'Mississippi', 6, 5),
  area('29', 'MO', 'Missouri', 4, 4),
  area('30', 'MT', 'Montana', 2, 2),
  area('31', 'NE', 'Nebraska', 4, 3),
  area('32', 'NV', 'Nevada', 3, 1),
  area('33', 'NH', 'New Hampshire', 1, 10),
  area('34', 'NJ', 'New Jersey', 3, 8),
  area('35', 'NM', 'New Mexico', 5, 2),
  area('36', 'NY', 'New York', 2, 8),
  area('37', 'NC', 'North Carolina', 5, 6),
  area('38', 'ND', 'North Dakota', 2, 3),
  area('39', 'OH', 'Ohio', 3, 6),
  area('40', 'OK', 'Oklahoma', 6, 3),
  area('41', 'OR', 'Oregon', 3, 0),
  area('42', 'PA', 'Pennsylvania', 3, 7),
  area('44', 'RI', 'Rhode Island', 2, 9),
  area('45', 'SC', 'South Carolina', 5, 7),
  area('46', 'SD', 'South Dakota', 3, 3),
  area('47', 'TN', 'Tennessee', 5, 5),
  area('48', 'TX', 'Texas', 7, 3),
  area('49', 'UT', 'Utah', 4, 1),
  area('50', 'VT', 'Vermont', 1, 9),
  area('51', 'VA', 'Virginia', 4, 7),
  area('53', 'WA', 'Washington', 2, 0),
  area('54', 'WV', 'West Virginia', 4, 6),
  area('55', 'WI', 'Wisconsin', 2, 6),
  area('56', 'WY', 'Wyoming', 3, 2),
];

const byCode = new Map(US_AREAS.map((a) => [a.code, a]));
const byName = new Map(US_AREAS.map((a) => [a.name.toLowerCase(), a]));

/** An area from what a person or a setting gives: its code ("tx", "TX") or its name as OEWS prints it (any case). */
export function findUsArea(text: string): UsArea | undefined {
  const t = text.trim();
  return byCode.get(t.toUpperCase()) ?? byName.get(t.toLowerCase());
}
