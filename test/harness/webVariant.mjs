// The web-only variant of the packaged extension: the same .vsix with `main`
// taken out of its package.json, so VS Code can run it only in a web worker
// extension host (as on vscode.dev). Used by the web e2e suite and the bench.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const MANIFEST = 'extension/package.json';
const VSIX_MANIFEST = 'extension.vsixmanifest';

/** The files of the package at `from`, with only its `browser` entry. */
function webOnlyFiles(from) {
  const files = unzipSync(readFileSync(from));
  const manifest = JSON.parse(strFromU8(files[MANIFEST]));
  if (!manifest.browser) throw new Error(`${from} has no "browser" entry`);
  delete manifest.main;
  files[MANIFEST] = strToU8(JSON.stringify(manifest, null, 2));
  // vsce records where the extension can run; with no main it is the web only.
  const vsixManifest = strFromU8(files[VSIX_MANIFEST]);
  files[VSIX_MANIFEST] = strToU8(vsixManifest.replace(/(Id="Microsoft\.VisualStudio\.Code\.ExtensionKind" Value=")[^"]*"/, '$1web"'));
  return files;
}

/** Writes `to`: the package at `from` with only its `browser` entry. */
export function writeWebOnlyVsix(from, to) {
  writeFileSync(to, zipSync(webOnlyFiles(from)));
  return to;
}

/** Unpacks the web-only package into `dir`; returns the extension's folder (for a development payload). */
export function unpackWebOnly(from, dir) {
  for (const [name, bytes] of Object.entries(webOnlyFiles(from))) {
    if (name.endsWith('/')) continue;
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return join(dir, 'extension');
}
