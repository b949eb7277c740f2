// The one place the host reads and writes `careerCompare.*` settings: each
// group read here, checked, with the default from src/settings.ts where a
// value is unusable. Nothing else calls getConfiguration.
import * as vscode from 'vscode';
import { BROWSE_SETTINGS, type RawBrowseSettings } from '../../browse/settings';
import { isExportFormat, type ExportFormat } from '../../export/formats';
import { SETTINGS, SETTINGS_SECTION, settingKey, USER_LEVEL_SETTINGS, type SettingName } from '../../settings';

/**
 * The value VS Code has for a setting (its manifest default when the user set
 * none), unchecked. A user-level setting (application scope: an address or a
 * folder) is taken from the user's settings or the default only: VS Code's
 * docs say such settings "can only be configured in user settings", but
 * `get` is not relied on to drop a value a repository's .vscode/settings.json
 * writes anyway.
 */
function raw(name: SettingName, scope?: vscode.Uri): unknown {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  if (!USER_LEVEL_SETTINGS.includes(name)) return config.get<unknown>(SETTINGS[name].name);
  const inspected = config.inspect<unknown>(SETTINGS[name].name);
  return inspected?.globalValue ?? inspected?.defaultValue;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Whether a change touches any of these settings. */
export function affects(event: vscode.ConfigurationChangeEvent, ...names: SettingName[]): boolean {
  return names.some((name) => event.affectsConfiguration(settingKey(name)));
}

/** Hover cards: on unless switched off; the languages named (the default list when the value is not a list). */
export function hoverSettings(): { enabled: boolean; languages: string[] } {
  const languages = raw('hoverLanguages');
  return {
    enabled: raw('hoverEnabled') !== false,
    languages: Array.isArray(languages) ? strings(languages).filter((l) => l.trim() !== '') : [...SETTINGS.hoverLanguages.default],
  };
}

/** The workspace folder's extra role file entries (folders or globs, as written). */
export function roleFileEntries(folder: vscode.Uri): string[] {
  return strings(raw('roleFiles', folder));
}

/** The user-level role folder as written, trimmed ("" when it is not text). */
export function userRoleFolderSetting(): string {
  const value = raw('userRoleFolder');
  return typeof value === 'string' ? value.trim() : '';
}

/** The download URL as written (checked by the download's own rules). */
export function downloadUrlSetting(): unknown {
  return raw('downloadUrl');
}

/** The format Save Comparison As… offers first. */
export function exportFormatSetting(): ExportFormat {
  const value = raw('exportFormat');
  return isExportFormat(value) ? value : SETTINGS.exportFormat.default;
}

/** The Roles view's sort and filter settings, unchecked (src/browse/settings.ts reads them). */
export function browseSettingValues(): RawBrowseSettings {
  const values: RawBrowseSettings = {};
  for (const [field, name] of Object.entries(BROWSE_SETTINGS) as [keyof RawBrowseSettings, SettingName][]) values[field] = raw(name);
  return values;
}

/** Writes a setting where the value in force lives (a workspace value would otherwise override a user one). */
export async function writeSetting(name: SettingName, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const key = SETTINGS[name].name;
  const inspected = config.inspect(key);
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  // Writing the value already in force changes nothing, and would cost a refresh.
  if (inspected?.globalValue === value && target === vscode.ConfigurationTarget.Global) return;
  await config.update(key, value, target);
}
