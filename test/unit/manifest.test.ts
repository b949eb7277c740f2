// The manifest as VS Code and vsce read it: commands, menus, settings, icon
// and the fields that keep `vsce package` from stopping at a prompt.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/roles';

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
interface Manifest {
  icon: string;
  categories: string[];
  repository?: { url: string };
  scripts: { package: string };
  contributes: {
    commands: { command: string; title: string; icon?: string }[];
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> };
    menus: Record<string, MenuItem[]>;
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const EXPORT_COMMANDS = ['careerCompare.copyComparison', 'careerCompare.saveComparisonAs', 'careerCompare.insertComparison'];

describe('manifest', () => {
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
    const entry = manifest.contributes.menus.commandPalette.find((m) => m.command === 'careerCompare.removeOnet');
    assert.equal(entry?.when, 'careerCompare.onetImported');
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
