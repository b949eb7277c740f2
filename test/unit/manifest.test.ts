// The manifest as VS Code and vsce read it: commands, menus, settings, icon
// and the fields that keep `vsce package` from stopping at a prompt.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/host/shared/commands';
import { CONTEXT_KEYS, PANEL_ICON, VIEWS } from '../../src/host/shared/ids';
import { ROLE_FILE_SCHEMA_URI } from '../../src/roleFiles/scaffoldRole';
import { SETTINGS, settingKey, USER_LEVEL_SETTINGS, type SettingName } from '../../src/settings';
import { manifestStrings, placeholders, rawManifest, readManifest } from '../support/manifest';
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

const manifest = readManifest<Manifest>();
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
    for (const panel of [VIEWS.comparisonPanel, VIEWS.movePanel, VIEWS.pathPanel]) {
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

// Issue 20: the conventions of VS Code's extension guidelines, each checked.
describe('manifest: native conventions', () => {
  interface Conventions {
    categories: string[];
    activationEvents: string[];
    capabilities: { virtualWorkspaces?: boolean | { supported: boolean | 'limited'; description?: string } };
    contributes: {
      configuration: { properties: Record<string, SettingSpec & { enum?: unknown[]; enumDescriptions?: string[]; order?: number }> };
      menus: Record<string, MenuItem[]>;
      keybindings: { command: string; key: string; mac?: string; when?: string }[];
      commands: { command: string; title: string; category?: string }[];
    };
  }
  const m = readManifest<Conventions>();
  const PANEL = "activeWebviewPanelId == 'careerCompare.comparison'";
  /** VS Code's marketplace categories (its extension manifest reference). */
  const CATEGORIES = [
    'Programming Languages',
    'Snippets',
    'Linters',
    'Themes',
    'Debuggers',
    'Formatters',
    'Keymaps',
    'SCM Providers',
    'Extension Packs',
    'Language Packs',
    'Data Science',
    'Machine Learning',
    'Visualization',
    'Notebooks',
    'Education',
    'Testing',
    'AI',
    'Chat',
  ];

  it('keeps every user-visible manifest string in package.nls.json, and every string there is used', () => {
    const raw = rawManifest();
    const strings = manifestStrings();
    const used = placeholders(raw);
    for (const { key, path } of used) assert.ok(key in strings, `${path}: package.nls.json has "${key}"`);
    assert.deepEqual(sorted(Object.keys(strings)), sorted(used.map((u) => u.key)));
    // Fields VS Code shows a person: none may be written in place.
    const SHOWN =
      /\.(displayName|description|markdownDescription|title|name|contextualTitle|contents|altText|category)$|\.enumDescriptions\[\d+\]$/;
    const literal: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        const shown = SHOWN.test(path) && !/^\.(name)$/.test(path) && !/\.(jsonValidation|keybindings)\b/.test(path);
        if (shown && !/^%[^%]+%$/.test(value)) literal.push(path);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(raw, '');
    assert.deepEqual(literal, []);
    assert.ok(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes('!package.nls.json'), 'the .vsix carries it');
  });

  it('names only marketplace categories, and not "Other"', () => {
    assert.ok(m.categories.length > 0);
    for (const c of m.categories) assert.ok(CATEGORIES.includes(c), c);
  });

  it('says what works in a virtual workspace', () => {
    const v = m.capabilities.virtualWorkspaces;
    assert.ok(v && typeof v === 'object' && v.supported === 'limited');
    assert.match(v.description ?? '', /virtual workspace/);
  });

  it('orders every setting, and describes every value of every enum', () => {
    const specs = Object.entries(m.contributes.configuration.properties);
    const orders = specs.map(([key, spec]) => {
      assert.equal(typeof spec.order, 'number', `${key} has an order`);
      return spec.order;
    });
    assert.equal(new Set(orders).size, orders.length, 'no two settings share a place');
    for (const [key, spec] of specs.filter(([, s]) => s.enum)) {
      assert.equal(spec.enumDescriptions?.length, spec.enum!.length, `${key}: one description per value`);
      for (const d of spec.enumDescriptions!) assert.ok(d.length > 10, `${key}: ${d}`);
    }
  });

  it('leaves hover cards off until asked, per language if the user likes', () => {
    const hover = m.contributes.configuration.properties[settingKey('hoverEnabled')];
    assert.equal(hover.scope, 'language-overridable');
    assert.equal(hover.default, false);
    assert.equal(SETTINGS.hoverEnabled.default, false);
    assert.ok(
      m.contributes.commands.some((c) => c.command === COMMANDS.toggleHovers && c.title === 'Toggle Job Title Hovers'),
      'a command toggles them',
    );
  });

  it('shows at most three icons in the Roles view title bar, the rest in named groups of its "…" menu', () => {
    const title = m.contributes.menus['view/title'].filter((item) => item.when?.startsWith(`view == ${VIEWS.roles}`));
    const icons = title.filter((item) => item.group?.startsWith('navigation'));
    assert.ok(icons.length <= 3, `${icons.length} icons: ${icons.map((i) => i.command).join(', ')}`);
    for (const item of title.filter((i) => !i.group?.startsWith('navigation')))
      assert.match(item.group ?? '', /^\d+_[a-z]+@\d+$/, item.command);
    for (const id of [COMMANDS.sortRoles, COMMANDS.clearRoleFilter, COMMANDS.refresh, COMMANDS.toggleHovers])
      assert.ok(
        title.some((i) => i.command === id),
        `${id} is in the view's menu`,
      );
  });

  it('binds keys to Compare Roles, and to Swap Sides, Add Role and Copy only while a comparison is the active panel', () => {
    const keys = m.contributes.keybindings;
    const compare = keys.find((k) => k.command === COMMANDS.compareRoles);
    assert.ok(compare?.key && compare.mac, 'Compare Roles has a key on every platform');
    for (const id of [COMMANDS.swapSides, COMMANDS.addRole, COMMANDS.copyComparison]) {
      const binding = keys.find((k) => k.command === id);
      assert.ok(binding?.key, `${id} has a key`);
      assert.ok(binding.when?.includes(PANEL), `${id} only in the comparison: ${binding.when}`);
    }
    const seen = keys.map((k) => `${k.key} ${k.when ?? ''}`);
    assert.equal(new Set(seen).size, seen.length, 'no key bound twice under the same condition');
  });

  it('hides from the palette every command that cannot run', () => {
    const palette = new Map(m.contributes.menus.commandPalette.map((item) => [item.command, item.when]));
    for (const id of [COMMANDS.copyComparison, COMMANDS.saveComparisonAs, COMMANDS.insertComparison, COMMANDS.removeRole])
      assert.match(palette.get(id) ?? '', new RegExp(`^${CONTEXT_KEYS.comparisonActive}\\b`), id);
    assert.match(palette.get(COMMANDS.swapSides) ?? '', /comparisonColumns == 2/);
    assert.equal(palette.get(COMMANDS.clearRoleFilter), CONTEXT_KEYS.rolesFiltered);
    assert.equal(palette.get(COMMANDS.clearRecents), CONTEXT_KEYS.hasRecents);
    assert.equal(palette.get(COMMANDS.groupByCategory), `!${CONTEXT_KEYS.rolesGrouped}`);
    assert.equal(palette.get(COMMANDS.listWithoutGroups), CONTEXT_KEYS.rolesGrouped);
    // New Role File… writes into the first workspace folder.
    assert.equal(palette.get(COMMANDS.newRoleFile), 'workspaceFolderCount > 0');
    // Commands that need a row of the Roles view are not offered without one.
    for (const id of [COMMANDS.compareWith, COMMANDS.unstarRole, COMMANDS.toggleFavourite]) assert.equal(palette.get(id), 'false', id);
  });

  it('serves the role-file schema to any file naming it in "$schema", starting for it when asked', () => {
    assert.equal(ROLE_FILE_SCHEMA_URI.split(':')[0], 'career-compare');
    assert.ok(m.activationEvents.includes(`onFileSystem:${ROLE_FILE_SCHEMA_URI.split(':')[0]}`));
  });

  it('gives the panels a tab icon for light themes and one for dark themes, both packaged', () => {
    const light = readFileSync(join(ROOT, PANEL_ICON.light), 'utf8');
    const dark = readFileSync(join(ROOT, PANEL_ICON.dark), 'utf8');
    assert.match(light, /stroke="#424242"/);
    assert.match(dark, /stroke="#C5C5C5"/);
    assert.ok(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').includes('!media/**'));
  });

  it('says in the README that nothing is sent anywhere unless the user starts it, and that there is no telemetry', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const privacy = readme.slice(readme.indexOf('## Privacy'));
    assert.ok(readme.includes('## Privacy'));
    assert.match(privacy, /no telemetry/i);
    assert.match(privacy, /Download O\*NET Descriptions/);
  });

  it('keeps the CHANGELOG about what changed for users: no source paths', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.deepEqual(changelog.match(/\b(src|webview|test|scripts|bench)\/[\w./-]+/g) ?? [], []);
  });

  it('keeps the archived UI toolkit behind one seam: only webview/toolkit*.ts import it or make its elements', () => {
    const webview = sourceTexts(join(ROOT, 'webview'));
    const seam = [join('webview', 'toolkit.ts'), join('webview', 'toolkitRegister.ts')];
    const importing = webview
      .filter(({ text }) => /from '(@vscode\/webview-ui-toolkit|@microsoft\/fast-[\w-]+)'/.test(text))
      .map(({ file }) => file);
    assert.deepEqual(importing, [join('webview', 'toolkitRegister.ts')]);
    const making = webview.filter(({ text }) => /createElement\(['"]vscode-/.test(text)).map(({ file }) => file);
    assert.deepEqual(
      making.filter((f) => !seam.includes(f)),
      [],
    );
  });

  it('runs the integration suites with the standard test CLI too: a workspace folder, Restricted Mode on its own', () => {
    const config = readFileSync(join(ROOT, '.vscode-test.mjs'), 'utf8');
    assert.match(config, /@vscode\/test-cli/);
    assert.match(config, /workspaceFolder/);
    assert.match(config, /label: 'restricted'/);
    const scripts = (rawManifest() as { scripts: Record<string, string> }).scripts;
    assert.match(scripts['test:desktop'], /vscode-test/);
  });
});
