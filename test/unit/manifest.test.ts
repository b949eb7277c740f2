// The manifest as VS Code and vsce read it: commands, menus, settings, icon
// and the fields that keep `vsce package` from stopping at a prompt.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/host/shared/commands';
import { CONTEXT_KEYS, VIEWS } from '../../src/host/shared/ids';
import { SETTINGS, settingKey, USER_LEVEL_SETTINGS, type SettingName } from '../../src/settings';
import { ROOT } from '../support/roles';

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
interface SettingSpec {
  description?: string;
  markdownDescription?: string;
  default?: unknown;
  scope?: string;
  format?: string;
}
interface Manifest {
  icon: string;
  categories: string[];
  repository?: { url: string };
  scripts: { package: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[] } };
  contributes: {
    commands: { command: string; title: string; icon?: string; enablement?: string }[];
    configuration: { properties: Record<string, SettingSpec> };
    menus: Record<string, MenuItem[]>;
    keybindings?: { command: string; when?: string }[];
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; when?: string }[];
    walkthroughs?: { steps: { completionEvents?: string[]; description?: string }[] }[];
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const EXPORT_COMMANDS = [COMMANDS.copyComparison, COMMANDS.saveComparisonAs, COMMANDS.insertComparison];
const commandIds: string[] = Object.values(COMMANDS);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Every `when` and `enablement` clause in the manifest. */
function whenClauses(): string[] {
  const { commands, menus, keybindings = [], viewsWelcome } = manifest.contributes;
  return [
    ...commands.flatMap((c) => c.enablement ?? []),
    ...Object.values(menus).flatMap((items) => items.flatMap((m) => m.when ?? [])),
    ...keybindings.flatMap((k) => k.when ?? []),
    ...viewsWelcome.flatMap((v) => v.when ?? []),
  ];
}

/** Source files under src/, for spellings that should come from one constant. */
function sourceTexts(dir = join(ROOT, 'src')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceTexts(path);
    return entry.name.endsWith('.ts') ? [{ file: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }] : [];
  });
}

/** A setting whose name or description speaks of an address or a place on disk: a workspace must not set it unseen. */
const NAMES_A_PLACE = /\b(urls?|uris?|paths?|folders?|files?|globs?|director(y|ies))\b/i;
/** Settings that name a place and are meant for a workspace: read only once the workspace is trusted. */
const WORKSPACE_PLACES = [settingKey('roleFiles')];
const USER_SCOPES = ['application', 'machine'];

describe('manifest', () => {
  it('contributes exactly the commands COMMANDS names, and COMMANDS names every contributed command', () => {
    assert.deepEqual(sorted(manifest.contributes.commands.map((c) => c.command)), sorted(commandIds));
  });

  it('names only COMMANDS in its menus and keybindings', () => {
    const { menus, keybindings = [] } = manifest.contributes;
    const named = [...Object.values(menus).flatMap((items) => items.map((m) => m.command)), ...keybindings.map((k) => k.command)];
    assert.ok(named.length > 0);
    for (const id of named) assert.ok(commandIds.includes(id), `${id} is in COMMANDS`);
  });

  it('spells no command id in the source outside COMMANDS', () => {
    const quoted = new RegExp(`['"\`](${commandIds.map((id) => id.replace(/\./g, '\\.')).join('|')})['"\`]`);
    const spelled = sourceTexts()
      .filter(({ file, text }) => file !== join('src', 'host', 'shared', 'commands.ts') && quoted.test(text))
      .map(({ file }) => file);
    assert.deepEqual(spelled, []);
  });

  it('reads in its when clauses only the context keys CONTEXT_KEYS names, and uses every one', () => {
    const keys: string[] = Object.values(CONTEXT_KEYS);
    const ours = whenClauses().flatMap((clause) => clause.match(/\bcareerCompare\.[A-Za-z.]+/g) ?? []);
    // View and panel ids appear in clauses too (view == …, activeWebviewPanelId == …).
    const views: string[] = Object.values(VIEWS);
    assert.deepEqual(sorted(ours.filter((k) => !views.includes(k))), sorted(keys));
  });

  it('contributes the views and panels VIEWS names, and activates on each panel', () => {
    assert.ok(
      Object.values(manifest.contributes.views)
        .flat()
        .some((v) => v.id === VIEWS.roles),
    );
    for (const panel of [VIEWS.comparisonPanel, VIEWS.movePanel]) {
      assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${panel}`), panel);
    }
  });

  it('declares exactly the settings SETTINGS names, each with the same default', () => {
    const properties = manifest.contributes.configuration.properties;
    const names = Object.keys(SETTINGS) as SettingName[];
    assert.deepEqual(sorted(Object.keys(properties)), sorted(names.map(settingKey)));
    for (const name of names) assert.deepEqual(properties[settingKey(name)].default, SETTINGS[name].default, settingKey(name));
  });

  it('reads settings only through the settings module', () => {
    const readers = sourceTexts()
      .filter(({ text }) => text.includes('getConfiguration('))
      .map(({ file }) => file);
    assert.deepEqual(readers, [join('src', 'host', 'shared', 'settings.ts')]);
  });

  it('lets no untrusted workspace set a setting that names a URL, a path, a folder, a file or a glob', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
    const places = Object.entries(manifest.contributes.configuration.properties).filter(
      ([key, spec]) =>
        spec.format === 'uri' ||
        NAMES_A_PLACE.test(`${key.replace(/([a-z])([A-Z])/g, '$1 $2')} ${spec.markdownDescription ?? spec.description}`),
    );
    assert.ok(places.length >= 3, places.map(([key]) => key).join(', '));
    for (const [key, spec] of places) {
      assert.ok(restricted.includes(key), `${key} is in restrictedConfigurations`);
      assert.ok(USER_SCOPES.includes(spec.scope ?? '') || WORKSPACE_PLACES.includes(key), `${key} has application or machine scope`);
    }
  });

  it('reads the user-level settings (application or machine scope) from user settings only', () => {
    const properties = Object.entries(manifest.contributes.configuration.properties);
    const userLevel = properties.filter(([, spec]) => USER_SCOPES.includes(spec.scope ?? '')).map(([key]) => key);
    assert.deepEqual(sorted(userLevel), sorted(USER_LEVEL_SETTINGS.map(settingKey)));
  });

  it('describes every setting, all under careerCompare.*', () => {
    const properties = Object.entries(manifest.contributes.configuration.properties);
    assert.ok(properties.length > 0);
    for (const [key, spec] of properties) {
      assert.match(key, /^careerCompare\./);
      assert.ok((spec.markdownDescription ?? spec.description ?? '').length > 20, `${key} has a description`);
    }
  });

  it('contributes Copy, Save As and Insert to the palette, the panel title bar and the webview context menu', () => {
    const commands = manifest.contributes.commands.map((c) => c.command);
    const menus = manifest.contributes.menus;
    for (const id of EXPORT_COMMANDS) {
      assert.ok(commands.includes(id), `${id} is a command`);
      assert.ok(
        menus['editor/title'].some((m) => m.command === id && m.when === 'activeWebviewPanelId == careerCompare.comparison'),
        `${id} in the panel's title bar`,
      );
      assert.ok(
        menus['webview/context'].some((m) => m.command === id && m.when?.includes("webviewId == 'careerCompare.comparison'")),
        `${id} in the webview context menu`,
      );
    }
  });

  it('shows Remove Imported O*NET Data only while something is imported', () => {
    const entry = manifest.contributes.menus.commandPalette.find((m) => m.command === COMMANDS.removeOnet);
    assert.equal(entry?.when, CONTEXT_KEYS.onetImported);
  });

  it('has categories, and packaging never stops to ask for a repository', () => {
    assert.ok(manifest.categories.includes('Education'));
    assert.ok(manifest.categories.includes('Visualization'));
    // No public repository exists yet: no invented address; vsce is told a missing one is expected.
    if (manifest.repository === undefined) assert.match(manifest.scripts.package, /--allow-missing-repository/);
    else assert.match(manifest.repository.url, /^https:\/\//);
  });

  it('has a 128×128 PNG icon, exactly as scripts/makeIcon.mjs draws it', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('ascii', 12, 16), 'IHDR');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'makeIcon.mjs'), '--check'], { stdio: 'pipe' });
  });
});
