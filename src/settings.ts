// Every `careerCompare.*` setting the extension reads: its name and its
// default, in one place. package.json declares the same settings for the
// Settings editor; a unit test holds the two together (every setting in both,
// the same defaults). A leaf module: pure code reads the names and defaults
// here, and the host reads the values through src/host/shared/settings.ts.

/** The section every setting lives under. */
export const SETTINGS_SECTION = 'careerCompare';

export const SETTINGS = {
  /** Hover cards on job titles in documents: off until the user turns them on (per language if they like). */
  hoverEnabled: { name: 'hover.enabled', default: false },
  /** The languages whose documents get hover cards. */
  hoverLanguages: { name: 'hover.languages', default: ['markdown', 'plaintext'] },
  /** The O*NET text release "Download O*NET Descriptions" fetches: the 29.3 release the bundled figures come from. */
  downloadUrl: { name: 'onet.downloadUrl', default: 'https://www.onetcenter.org/dl_files/database/db_29_3_text.zip' },
  /** The format "Save Comparison As…" offers first. */
  exportFormat: { name: 'export.defaultFormat', default: 'markdown' },
  /** More role files in each workspace folder (folders or globs), beside `.career-compare/`. */
  roleFiles: { name: 'roleFiles', default: [] },
  /** The state whose pay and jobs every view shows, as OEWS names it or its two-letter code; empty for national figures. */
  payState: { name: 'pay.state', default: '' },
  /** The user's own folder of role files, read in every window. */
  userRoleFolder: { name: 'userRoleFolder', default: '~/.career-compare' },
} as const;

export type SettingName = keyof typeof SETTINGS;

/**
 * Settings only the user sets (application scope in package.json): the host
 * reads them from user settings and ignores any workspace value, so a
 * repository's .vscode/settings.json cannot point them anywhere.
 */
export const USER_LEVEL_SETTINGS: readonly SettingName[] = ['downloadUrl', 'userRoleFolder'];

/** A setting's full key, as users see it in settings.json: "careerCompare.hover.enabled". */
export const settingKey = (name: SettingName): string => `${SETTINGS_SECTION}.${SETTINGS[name].name}`;
