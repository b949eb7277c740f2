// Where "Toggle Job Title Hovers" writes: to the layer of settings whose value
// is in force for the document's language, so the toggle always changes what
// the user sees. VS Code's order, highest first: a language's value in the
// folder, workspace, user settings (or an extension's language default), then
// the plain value in the folder, workspace, user settings, then the default.
// Language-specific values win over plain ones at every scope (VS Code docs,
// "Settings precedence"). Pure: the host passes what `inspect` returned.

/** What `WorkspaceConfiguration.inspect` gives for one setting and language. */
export interface SettingLayers<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
  defaultLanguageValue?: T;
  globalLanguageValue?: T;
  workspaceLanguageValue?: T;
  workspaceFolderLanguageValue?: T;
}

/** A place to write: user settings, the workspace's or the folder's; for the language alone or for all. */
export interface SettingTarget {
  scope: 'global' | 'workspace' | 'workspaceFolder';
  /** Written as a `"[language]"` override. */
  language: boolean;
}

const ORDER: readonly [keyof SettingLayers<unknown>, SettingTarget][] = [
  ['workspaceFolderLanguageValue', { scope: 'workspaceFolder', language: true }],
  ['workspaceLanguageValue', { scope: 'workspace', language: true }],
  ['globalLanguageValue', { scope: 'global', language: true }],
  // An extension's default for the language is not the user's to edit: their own language value overrides it.
  ['defaultLanguageValue', { scope: 'global', language: true }],
  ['workspaceFolderValue', { scope: 'workspaceFolder', language: false }],
  ['workspaceValue', { scope: 'workspace', language: false }],
  ['globalValue', { scope: 'global', language: false }],
  ['defaultValue', { scope: 'global', language: false }],
];

/**
 * The value in force for an on/off setting (anything but `true` is off), and
 * where to write its opposite. Without a language (no editor of a hover
 * language), only the plain layers count.
 */
export function toggleTarget(layers: SettingLayers<unknown> | undefined, withLanguage: boolean): { now: boolean; write: SettingTarget } {
  for (const [layer, target] of ORDER) {
    if (!withLanguage && target.language) continue;
    const value = layers?.[layer];
    if (value !== undefined) return { now: value === true, write: target };
  }
  return { now: false, write: { scope: 'global', language: false } };
}
