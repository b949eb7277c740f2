// Every limit, in one place: a leaf module that imports nothing, so every
// layer (and both bundles) can use it without importing upwards. The size
// limits are each about an order of magnitude above the largest value
// measured on the real data (O*NET 29.3, BLS 2024, the generated dataset and
// the reference roles, measured 2026-11-29), so real data never comes near
// them while hostile input is refused early with a located message ("file,
// role, field: 150,000 items, at most 2,000").

/** The most roles one comparison shows side by side (the column rules are in src/compare/selection.ts). */
export const MAX_ROLES = 4;

/** The map of pay by state: its grid of equal tiles (src/states/usAreas.ts places each area on it). */
export const MAP_GRID = { rows: 8, columns: 11 } as const;

/** How many colour steps the map of pay by state has, on one scale shared by every role shown. */
export const MAP_LEVELS = 5;

/** Career paths: the most steps a route takes, the most routes a page shows, the most roles Explore lists per number of steps. */
export const PATHS = { maxSteps: 3, maxRoutes: 5, exploreListed: 40 } as const;

/** Explore Moves From…'s filters, by id (their labels and rules are in src/paths/explore.ts). */
export const EXPLORE_FILTERS = ['paysMore', 'growsFaster', 'noMoreEducation', 'sameCategory'] as const;
export type ExploreFilter = (typeof EXPLORE_FILTERS)[number];

export const LIMITS = {
  /**
   * Role file size in bytes. Largest role file: data/generated/detail/production-occupations.json,
   * 0.96 MB; the imported O*NET prose file, read under the same limit, is about 4 MB.
   */
  roleFileBytes: 16 * 1024 * 1024,
  /** Roles in one file. Largest: 105 (data/generated/detail/production-occupations.json). */
  rolesPerFile: 1_000,
  /** The user's own role files read at once (workspace and user folder together). Expected: a handful; the benchmark loads 100. */
  userRoleFiles: 1_000,
  /** Items in any list of a role (technologies, tasks, skills, shares…). Largest: 151 technologies of one occupation. */
  listItems: 2_000,
  /** Alternate titles of one role, the one long list. Largest: 2,750 (O*NET, one occupation). */
  alternateTitles: 30_000,
  /**
   * Alternate titles of all roles in one of the user's files (past it they are left out, and the file says so).
   * The search index is built from them before the first hover: 500,000 took 5.8 s. Expected: a few dozen.
   */
  alternateTitlesPerFile: 30_000,
  /** Characters in any text field. Largest: 846 (an O*NET occupation description). */
  textLength: 10_000,
  /** Characters in a role id. Largest: 111. */
  idLength: 1_000,
  /** Problems reported for one role (zod can find one per list item); the rest are counted. Real data: 0. */
  problemsPerRole: 20,
  /** Nesting depth of a role file's JSON. Real files: 7. */
  jsonDepth: 64,
  /** Values (counted at each bracket and comma) in one role file's JSON. Largest real file: about 50,000. */
  jsonValues: 500_000,
  /** Size of one official import file in bytes. Largest: O*NET Skills.txt, 7.7 MB. */
  importFileBytes: 80 * 1024 * 1024,
  /** A downloaded O*NET zip. The 29.3 text release: about 40 MB. */
  downloadArchiveBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of one needed zip entry. Largest: Task Statements.txt, 3.4 MB. */
  downloadEntryBytes: 64 * 1024 * 1024,
  /** Uncompressed bytes of all needed zip entries together. Real: 3.7 MB. */
  downloadTotalBytes: 128 * 1024 * 1024,
  /** Entries in a downloaded zip's directory. Real: about 40. */
  downloadEntries: 10_000,
  /** Bytes of one entry's name in a downloaded zip. Largest: 63 ("db_29_3_text/Education, Training, and Experience Categories.txt"). */
  downloadEntryNameBytes: 1_024,
  /**
   * The file "Import OEWS Metropolitan Area Data…" reads (BLS's oesm24ma.zip, the MSA_M2024_dl.xlsx in it,
   * or the same table as CSV), and the xlsx inside that zip. Not measured here (the file is not on these
   * machines): BLS's metro workbooks of recent years are some tens of MB; the O*NET download has the same limit.
   */
  metroFileBytes: 256 * 1024 * 1024,
  /**
   * Uncompressed bytes of a workbook's small parts (workbook.xml, its relationships, sharedStrings.xml),
   * each read whole. Estimated for the metro workbook: its shared strings (area and occupation titles) are
   * about 1 MB.
   */
  xlsxPartBytes: 64 * 1024 * 1024,
  /**
   * Uncompressed bytes of the worksheet, read as a stream (never held whole). Estimated for the metro
   * workbook: about 150,000 rows of 30-odd cells, some 200 MB of XML. Past the limit the import stops,
   * so a zip bomb costs seconds, not memory.
   */
  xlsxSheetBytes: 1024 * 1024 * 1024,
  /** Rows of a worksheet: Excel's own limit (1,048,576); the metro workbook has about 150,000. */
  xlsxRows: 1_048_576,
  /** Cells of one worksheet row: Excel's own limit of columns (16,384); the metro workbook has about 32. */
  xlsxColumns: 16_384,
  /** Shared strings of a workbook, all kept while the sheet is read. Estimated for the metro workbook: a few thousand. */
  xlsxSharedStrings: 1_000_000,
  /**
   * Characters of one XML tag or text run in a workbook part. The longest in the metro workbook is an
   * area or occupation title (about 150); a longer one is refused rather than buffered without end.
   */
  xmlTokenChars: 1024 * 1024,
  /** Nesting depth of a workbook part's XML. A worksheet nests 5 deep (worksheet, sheetData, row, c, is/t). */
  xmlDepth: 64,
  /** Task statements of one O*NET occupation in an import. Largest: 40. */
  tasksPerOccupation: 500,
  /**
   * One message across the webview bridge, in UTF-8 bytes of JSON. Largest:
   * 48,872 (4 of the largest roles compared, with their pickers).
   */
  messageBytes: 1_000_000,
  /** Characters of data quoted in a log line or notification (ids, titles, values). */
  quotedChars: 120,
  /** Characters of one log line as a whole. */
  lineChars: 2_000,
  /** Characters of one notification as a whole. */
  notificationChars: 500,
  /** Error boxes shown at once in the webview: a new error replaces the old one. */
  errorBoxes: 1,
} as const;

/** "150,000" — counts in messages read like the README's. */
export const count = (n: number): string => n.toLocaleString('en-US');

/** "40.2 MB" for a byte count. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
