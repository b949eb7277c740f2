// The one place the host reads and writes `careerCompare.*` settings: each
// group read here, checked, with the default from src/settings.ts where a
// value is unusable. Nothing else calls getConfiguration.
import * as vscode from 'vscode';
import { LEGACY_BROWSE_SETTINGS, type BrowseField, type RawBrowseState } from '../../browse/viewState';
import { isExportFormat, type ExportFormat } from '../../export/formats';
import type { SettingLayers, SettingTarget } from '../../hover/toggleTarget';
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

/** The languages whose documents may get hover cards (the default list when the value is not a list). */
export function hoverLanguages(): string[] {
  const languages = raw('hoverLanguages');
  return Array.isArray(languages) ? strings(languages).filter((l) => l.trim() !== '') : [...SETTINGS.hoverLanguages.default];
}

/** Where a language-overridable setting is read: a document (its folder and language), or a language alone. */
export type LanguageScope = vscode.TextDocument | { uri?: vscode.Uri; languageId: string };

/** Whether hover cards are on for a document or language (only `true` is on; the default is off). */
export function hoverEnabledFor(scope: LanguageScope): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<unknown>(SETTINGS.hoverEnabled.name) === true;
}

/** Every layer of `careerCompare.hover.enabled` for a document or language, for the toggle. */
export function hoverEnabledLayers(scope?: LanguageScope): SettingLayers<unknown> | undefined {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).inspect<unknown>(SETTINGS.hoverEnabled.name);
}

/** The ConfigurationTarget of a scope, looked up when writing: loading this module touches no VS Code API. */
const target = (scope: SettingTarget['scope']): vscode.ConfigurationTarget =>
  ({
    global: vscode.ConfigurationTarget.Global,
    workspace: vscode.ConfigurationTarget.Workspace,
    workspaceFolder: vscode.ConfigurationTarget.WorkspaceFolder,
  })[scope];

/** Writes `careerCompare.hover.enabled` where the toggle decided (src/hover/toggleTarget.ts). */
export async function writeHoverEnabled(scope: LanguageScope | undefined, where: SettingTarget, value: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  await config.update(SETTINGS.hoverEnabled.name, value, target(where.scope), where.language);
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

/** `careerCompare.pay.state` as written, unchecked (src/states/stateSetting.ts reads it without trust). */
export function payStateSetting(): unknown {
  return raw('payState');
}

/** Writes the user's state (a two-letter code, or "" for national figures) to their user settings. */
export async function writePayState(value: string): Promise<void> {
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SETTINGS.payState.name, value, vscode.ConfigurationTarget.Global);
}

/** The format Save Comparison As… offers first. */
export function exportFormatSetting(): ExportFormat {
  const value = raw('exportFormat');
  return isExportFormat(value) ? value : SETTINGS.exportFormat.default;
}

/**
 * The Roles view's options as the user had written them in settings before
 * they moved to the view's state (user or workspace value; unset ones left
 * out), unchecked: read once, to carry them over.
 */
export function legacyBrowseValues(): RawBrowseState {
  const values: RawBrowseState = {};
  const config = vscode.workspace.getConfiguration();
  for (const [field, key] of Object.entries(LEGACY_BROWSE_SETTINGS) as [BrowseField, string][]) {
    const inspected = config.inspect<unknown>(key);
    const value = inspected?.workspaceValue ?? inspected?.globalValue;
    if (value !== undefined) values[field] = value;
  }
  return values;
}
