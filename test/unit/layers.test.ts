// The house's structure, read from the code's own imports: no import circle
// between files or between folders, `vscode` only in the host, the webview
// bundle reaching only the bridge and what it needs, and no folder too large
// to read at once (docs/ARCHITECTURE.md, "Layout").
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../support/roles';

/** The most source files one folder holds directly. */
const MAX_FILES_PER_FOLDER = 15;

interface SourceFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  /** Project files it imports. */
  imports: string[];
  /** Package imports (`vscode`, `zod/mini`, …). */
  packages: string[];
}

function listTs(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A relative import resolved to a project file, or undefined (a runtime path such as dist/core.js). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(ROOT, dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    const path = relative(ROOT, candidate).split('\\').join('/');
    if (path !== from && existsSync(candidate) && candidate.endsWith('.ts')) return path;
  }
  return undefined;
}

function readSources(): SourceFile[] {
  return [...listTs('src'), ...listTs('webview')].map((path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    const specs = [...text.matchAll(/(?:^import\s[^'"]*?|^export\s[^'"]*?from\s|\brequire\()\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    const imports = specs.flatMap((spec) => (spec.startsWith('.') ? (resolveImport(path, spec) ?? []) : []));
    return { path, imports, packages: specs.filter((spec) => !spec.startsWith('.')) };
  });
}

/** The folder a file counts in: a host feature, a core folder, or the file itself at a folder's top. */
function roomOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'src' && parts[1] === 'host') return parts.slice(0, 3).join('/');
  if (parts[0] === 'webview') return parts.length > 2 ? parts.slice(0, 2).join('/') : path;
  return parts.length > 2 ? parts.slice(0, 2).join('/') : path;
}

/** Every cycle of a graph (one path each), by depth-first search. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the structure of the code', () => {
  const files = readSources();

  it('reads every source file and its imports', () => {
    assert.ok(files.length > 100, `${files.length} files`);
    const panel = files.find((f) => f.path === 'src/host/panels/comparisonPanel.ts');
    assert.ok(panel?.imports.includes('src/host/panels/panelController.ts'));
    assert.ok(panel?.packages.includes('vscode'));
  });

  it('has no import circle between files', () => {
    const edges = new Map(files.map((f) => [f.path, new Set(f.imports)]));
    assert.deepEqual(
      cycles(edges).map((c) => c.join(' → ')),
      [],
    );
  });

  it('has no import circle between folders: every import points down', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      const from = roomOf(file.path);
      const targets = edges.get(from) ?? new Set<string>();
      for (const target of file.imports) if (roomOf(target) !== from) targets.add(roomOf(target));
      edges.set(from, targets);
    }
    assert.deepEqual(
      cycles(edges).map((c) => c.join(' → ')),
      [],
    );
  });

  it('imports vscode only in the host and the wiring', () => {
    const outside = files.filter((f) => f.packages.includes('vscode') && !f.path.startsWith('src/host/') && f.path !== 'src/extension.ts');
    assert.deepEqual(
      outside.map((f) => f.path),
      [],
    );
  });

  it('keeps the pure core free of the host', () => {
    const core = files.filter((f) => f.path.startsWith('src/') && !f.path.startsWith('src/host/') && f.path !== 'src/extension.ts');
    const reaching = core.flatMap((f) =>
      f.imports.filter((i) => i.startsWith('src/host/') || i === 'src/extension.ts').map((i) => `${f.path} → ${i}`),
    );
    assert.deepEqual(reaching, []);
  });

  it('lets the webview reach only the bridge, the limits and safe text', () => {
    const allowed = /^(webview\/|src\/protocol\/|src\/limits\.ts$|src\/util\/)/;
    const reaching = files
      .filter((f) => f.path.startsWith('webview/'))
      .flatMap((f) => f.imports.filter((i) => !allowed.test(i)).map((i) => `${f.path} → ${i}`));
    assert.deepEqual(reaching, []);
  });

  it(`holds at most ${MAX_FILES_PER_FOLDER} source files in any folder`, () => {
    const counts = new Map<string, number>();
    for (const file of files) counts.set(dirname(file.path), (counts.get(dirname(file.path)) ?? 0) + 1);
    const large = [...counts].filter(([, n]) => n > MAX_FILES_PER_FOLDER).map(([dir, n]) => `${dir}: ${n}`);
    assert.deepEqual(large, []);
  });
});
