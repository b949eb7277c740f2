// `npm run bench`: measures, prints a table with each budget beside its
// figure (within / over — never enforced), and writes bench-results/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../test/harness/codeServer.mjs';
import { runVsCodeBench } from './vscode.mjs';
import { webRows } from './webRows.mjs';
import { runWebBench } from './webVscode.mjs';

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => {
  const s = xs.filter((x) => typeof x === 'number');
  return {
    median: median(s),
    min: s.reduce((a, b) => Math.min(a, b), Infinity),
    max: s.reduce((a, b) => Math.max(a, b), -Infinity),
    runs: s.length,
    missed: xs.length - s.length,
  };
};
const size = (p) => statSync(join(projectRoot, p)).size;

console.log('Node benchmarks …');
const node = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', join(projectRoot, 'out', 'bench', 'nodeBench.js')], { encoding: 'utf8' }),
);
const similar = JSON.parse(execFileSync(process.execPath, [join(projectRoot, 'out', 'bench', 'similarityBench.js')], { encoding: 'utf8' }));
// The worst 256 MB zips a download server can send, each read or refused once (docs/SECURITY.md, "Zip archives").
const zips = JSON.parse(execFileSync(process.execPath, [join(projectRoot, 'out', 'bench', 'hostileZipNode.js')], { encoding: 'utf8' }));
// The worst 16 MB role files a workspace can hold, each judged once in a fresh Node (docs/SECURITY.md, "Role files").
const roleFiles = JSON.parse(
  execFileSync(process.execPath, [join(projectRoot, 'out', 'bench', 'hostileRoleFileNode.js')], { encoding: 'utf8' }),
);
// Loading a bundle cold, in a fresh Node with a stand-in for the vscode module: our code-loading share.
const STUB_VSCODE =
  `const M=require('module');const o=M._load;const stub=new Proxy(function(){},{get:()=>stub,apply:()=>stub,construct:()=>stub});` +
  `M._load=function(r,...a){return r==='vscode'?stub:o.call(this,r,...a)};`;
const loadOnce = (bundle) =>
  Number(
    execFileSync(
      process.execPath,
      [
        '-e',
        STUB_VSCODE +
          `const t=process.hrtime.bigint();require(${JSON.stringify(join(projectRoot, bundle))});` +
          `console.log(Number(process.hrtime.bigint()-t)/1e6)`,
      ],
      { encoding: 'utf8' },
    ),
  );
const loadCold = (bundle) => summary(Array.from({ length: 7 }, () => loadOnce(bundle)));
const loadInNode = loadCold('dist/extension.js');
const loadWebInNode = loadCold('dist/web/extension.js');
console.log('VS Code benchmarks (code-server + Chromium, 3 sessions) …');
const sessions = await runVsCodeBench(3);
console.log('VS Code for the Web benchmarks (web worker extension host, 6 sessions) …');
const webSessions = await runWebBench(3);

const all = (pick) => sessions.flatMap(pick);
const vscode = {
  activateBodyMs: summary(sessions.map((s) => s.host.activateBodyMs)),
  activationTotalMs: summary(sessions.map((s) => s.host.activationTotalMs)),
  dataLoadedAtActivation: sessions.some((s) => s.host.dataLoadedAtActivation),
  oursPaintedMs: summary(all((s) => s.painted.ours)),
  bareWebviewPaintedMs: summary(all((s) => s.painted.bare)),
  markdownPreviewPaintedMs: summary(all((s) => s.painted.markdown)),
  ours4PaintedMs: summary(all((s) => s.painted.ours4)),
  markdown4PaintedMs: summary(all((s) => s.painted.markdown4)),
  ours4BridgeMs: summary(all((s) => s.host.ours4BridgeMs)),
  oursBridgeMs: summary(all((s) => s.host.oursBridgeMs)),
  oursWebviewPaintMs: summary(all((s) => s.host.oursWebviewPaintMs)),
  bareBridgeMs: summary(all((s) => s.host.bareBridgeMs)),
  treeExpandMs: summary(all((s) => s.expand)),
  treeBrowseMs: summary(all((s) => s.host.treeBrowseMs ?? [])),
  treeBrowseRoles: sessions[0].host.treeBrowseRoles,
  catalogLoadMs: summary(sessions.map((s) => s.host.catalogLoadMs)),
  catalogCoreMs: summary(sessions.map((s) => s.host.catalogCoreMs)),
  catalogValidateMs: summary(sessions.map((s) => s.host.catalogValidateMs)),
  catalogReadMs: summary(sessions.map((s) => s.host.catalogReadMs)),
  searchIndexLoadMs: summary(sessions.map((s) => s.host.searchIndexLoadMs)),
  firstSearchMs: summary(sessions.map((s) => s.host.firstSearchMs)),
  pickerOpenMs: summary(sessions.map((s) => s.search?.openMs)),
  typedToRowMs: summary(sessions.map((s) => s.search?.typedToRowMs)),
  largestCategory: sessions[0].host.largestCategory,
  userRolesLoadMs: summary(all((s) => s.host.userRoles?.loadMs ?? [])),
  userRoleProblemsMs: summary(all((s) => s.host.userRoles?.problemsMs ?? [])),
  userRoleTreeMs: summary(all((s) => s.host.userRoles?.treeMs ?? [])),
  userRoleChangeMs: summary(
    all((s) =>
      (s.host.userRoles?.problemsMs ?? []).map((p, i) =>
        p === null || s.host.userRoles.treeMs[i] === null ? null : Math.max(p, s.host.userRoles.treeMs[i]),
      ),
    ),
  ),
  hoverFirstMs: summary(sessions.map((s) => s.host.hover?.firstHoverMs)),
  hoverMatcherBuildMs: summary(sessions.map((s) => s.host.hover?.matcherBuildMs)),
  hoverP95Ms: summary(sessions.map((s) => s.host.hover?.providerMs.p95)),
  hoverP50Ms: summary(sessions.map((s) => s.host.hover?.providerMs.p50)),
  hoverRoundTripP95Ms: summary(sessions.map((s) => s.host.hover?.roundTripMs.p95)),
  hoverLines: sessions[0].host.hover?.lines,
};
vscode.ratioToMarkdown = vscode.oursPaintedMs.median / vscode.markdownPreviewPaintedMs.median;
vscode.ratioToBare = vscode.oursPaintedMs.median / vscode.bareWebviewPaintedMs.median;
vscode.ratio4ToMarkdown = vscode.ours4PaintedMs.median / vscode.markdown4PaintedMs.median;

const { GENERATED_FOLDER, ROLE_FOLDERS } = createRequire(import.meta.url)('../out/src/model/dataFolders.js');
const dataFiles = [...ROLE_FOLDERS, GENERATED_FOLDER].flatMap((d) =>
  readdirSync(join(projectRoot, 'data', d), { recursive: true })
    .map((f) => `data/${d}/${f}`)
    .filter((f) => statSync(join(projectRoot, f)).isFile()),
);
const sizes = {
  extensionBundle: size('dist/extension.js'),
  webviewBundle: size('dist/webview.js') + size('dist/webview-styles.css'),
  data: dataFiles.reduce((sum, f) => sum + size(f), 0),
  vsix: size('career-compare.vsix'),
  coreBundle: size('dist/core.js'),
  webBundle: size('dist/web/extension.js'),
};

const machine = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  vscode: 'code-server 4.139.1 (VS Code 1.139.1), Chromium headless',
};

const f = (n, d = 1) => (n === undefined ? '—' : n.toFixed(d));
const range = (s, d = 1) => `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)}, n=${s.runs}${s.missed ? `, ${s.missed} missed` : ''})`;
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const verdict = (ok) => (ok ? 'within' : 'OVER');
const rows = [
  [
    `Catalog load + validation, ${node.cold.roles} roles, cold Node (ms)`,
    range(node.cold.catalogMs),
    '≤ 100 ms',
    verdict(node.cold.catalogMs.median <= 100),
  ],
  [
    '  in VS Code, first use, core.js load included (ms)',
    range(vscode.catalogLoadMs),
    '≤ 100 ms',
    verdict(vscode.catalogLoadMs.median <= 100),
  ],
  ['    loading core.js (zod, model), while reading (ms)', range(vscode.catalogCoreMs), '', ''],
  ['    files read (workspace.fs) after (ms)', range(vscode.catalogReadMs), '', ''],
  ['    then parsing and validation (ms)', range(vscode.catalogValidateMs), '', ''],
  [`  before the split: all roles as one ${kb(node.wholeFile.bytes)} file, cold Node (ms)`, range(node.wholeFile.ms), '', ''],
  [`Prebuilt search index load, ${node.cold.titles} titles, cold Node (ms)`, range(node.cold.indexMs), '', ''],
  ['  in VS Code (ms)', range(vscode.searchIndexLoadMs), '', ''],
  ['First search after the picker opens, cold (ms)', range(vscode.firstSearchMs), '≤ 50 ms', verdict(vscode.firstSearchMs.median <= 50)],
  ['  typed → answer drawn, seen in the page (ms)', range(vscode.typedToRowMs, 0), '', ''],
  ['  Search Roles → picker shown, cold (ms)', range(vscode.pickerOpenMs, 0), '', ''],
  ['  first query, cold Node (ms)', range(node.cold.firstQueryMs, 2), '', ''],
  [
    `Largest detail file (${node.cold.detailRoles} roles, ${kb(node.cold.detailBytes)}) load + validation, cold Node (ms)`,
    range(node.cold.detailMs),
    '',
    '',
  ],
  [`Search index build at run time, ${node.search.titles} titles (ms)`, range(node.search.buildMs), '', ''],
  [
    'Search query p50 / p95 (ms)',
    `${f(node.search.queryMs.p50, 3)} / ${f(node.search.queryMs.p95, 3)}`,
    'p95 ≤ 1 ms',
    verdict(node.search.queryMs.p95 <= 1),
  ],
  ['Linear scan p50 / p95 (ms)', `${f(node.search.linearMs.p50, 2)} / ${f(node.search.linearMs.p95, 2)}`, '', ''],
  [
    'Search speed-up over scan (p50 / p95)',
    `${f(node.search.speedup.p50)}× / ${f(node.search.speedup.p95)}×`,
    '≥ 20×',
    verdict(node.search.speedup.p95 >= 20),
  ],
  [
    `Similar roles + better-paid moves, one role vs ${similar.roles} profiled roles, p50 / p95 (ms)`,
    `${f(similar.queryMs.p50, 2)} / ${f(similar.queryMs.p95, 2)}`,
    'p95 ≤ 5 ms',
    verdict(similar.queryMs.p95 <= 5),
  ],
  ['  profiles load (read, check, index), once (ms)', range(similar.loadMs), '', ''],
  [
    `Hover on a ${vscode.hoverLines}-line Markdown document, p95 of 1000 (ms)`,
    range(vscode.hoverP95Ms, 2),
    'p95 ≤ 5 ms',
    verdict(vscode.hoverP95Ms.median <= 5),
  ],
  ['  p50 (ms)', range(vscode.hoverP50Ms, 2), '', ''],
  ['  first hover: data, phrase matcher built (ms)', range(vscode.hoverFirstMs, 0), '', ''],
  ['    of which the matcher build (ms)', range(vscode.hoverMatcherBuildMs, 0), '', ''],
  ["  through VS Code's hover command, p95 of 100 (ms)", range(vscode.hoverRoundTripP95Ms, 1), '', ''],
  ['Comparison + headline (µs each)', range(node.comparison.usPerComparison), '', ''],
  ['Full public-data import (s)', range(node.fullImport.seconds, 2), '≤ 10 s', verdict(node.fullImport.seconds.median <= 10)],
  ['Full import peak RSS (MB)', range(node.fullImport.peakRssMB, 0), '≤ 500 MB', verdict(node.fullImport.peakRssMB.median <= 500)],
  ...Object.entries(zips).map(([shape, z]) => [
    `Hostile zip, ${shape} (${z.mb.toFixed(1)} MB): ${z.outcome.startsWith('refused') ? 'refused' : 'read'} in (ms)`,
    f(z.ms, 0),
    '≤ 10 s',
    verdict(z.ms <= 10_000),
  ]),
  ...Object.entries(roleFiles).flatMap(([shape, r]) => [
    [`Hostile role file, ${shape} (${r.mb.toFixed(1)} MB): judged in (ms)`, f(r.ms, 0), '≤ 2 s', verdict(r.ms <= 2000)],
    [`  peak memory of the process (MB)`, f(r.peakMb, 0), '≤ 200 MB', verdict(r.peakMb <= 200)],
  ]),
  ['Activation: our activate() (ms)', range(vscode.activateBodyMs, 2), '≤ 10 ms', verdict(vscode.activateBodyMs.median <= 10)],
  ['Activation: extension.js load in Node (ms)', range(loadInNode, 1), '', ''],
  ['Activation: ext.activate() total in VS Code (ms)', range(vscode.activationTotalMs), '', ''],
  ['Data loaded at activation', String(vscode.dataLoadedAtActivation), 'false', verdict(!vscode.dataLoadedAtActivation)],
  ['Compare Roles → table painted (ms)', range(vscode.oursPaintedMs, 0), '', ''],
  ['  bare webview, one table (ms)', range(vscode.bareWebviewPaintedMs, 0), '', ''],
  ['  Markdown preview, same table (ms)', range(vscode.markdownPreviewPaintedMs, 0), '', ''],
  ['  ratio to Markdown preview', `${f(vscode.ratioToMarkdown, 2)}×`, '≤ 1.0×', verdict(vscode.ratioToMarkdown <= 1)],
  ['  ratio to bare webview', `${f(vscode.ratioToBare, 2)}×`, '≤ 1.5×', verdict(vscode.ratioToBare <= 1.5)],
  ['  host → "rendered" over the bridge (ms)', range(vscode.oursBridgeMs, 0), '', ''],
  ['  in the webview, message → paint (ms)', range(vscode.oursWebviewPaintMs, 1), '', ''],
  ['Four roles: Compare Roles → four-column table painted (ms)', range(vscode.ours4PaintedMs, 0), '', ''],
  ['  Markdown preview, same four-column tables (ms)', range(vscode.markdown4PaintedMs, 0), '', ''],
  ['  ratio to Markdown preview', `${f(vscode.ratio4ToMarkdown, 2)}×`, '≤ 1.0×', verdict(vscode.ratio4ToMarkdown <= 1)],
  ['  host → "rendered" over the bridge (ms)', range(vscode.ours4BridgeMs, 0), '', ''],
  [`Expand "${vscode.largestCategory?.name}" (${vscode.largestCategory?.roles} roles) (ms)`, range(vscode.treeExpandMs, 0), '', ''],
  [
    'Your Roles: 100 role files loaded, in VS Code (ms)',
    range(vscode.userRolesLoadMs),
    '≤ 100 ms',
    verdict(vscode.userRolesLoadMs.median <= 100),
  ],
  [
    '  one file changed → Problems panel and tree (ms)',
    range(vscode.userRoleChangeMs, 0),
    '≤ 300 ms',
    verdict(vscode.userRoleChangeMs.max <= 300),
  ],
  [`  the same ${node.userRoles.files} files parsed, validated and joined, warm Node (ms)`, range(node.userRoles.ms), '', ''],
  ['    → Problems panel (ms)', range(vscode.userRoleProblemsMs, 0), '', ''],
  ['    → tree (ms)', range(vscode.userRoleTreeMs, 0), '', ''],
  [
    `Roles view sort / filter → tree updated, ${vscode.treeBrowseRoles} roles (ms)`,
    range(vscode.treeBrowseMs, 1),
    '≤ 50 ms',
    verdict(vscode.treeBrowseMs.median <= 50 && vscode.treeBrowseMs.max <= 50),
  ],
  [
    `  the sort and filter rules alone, warm Node, p50 / p95 (ms)`,
    `${f(node.treeBrowse?.ms.p50, 2)} / ${f(node.treeBrowse?.ms.p95, 2)}`,
    '',
    '',
  ],
  ['Extension bundle', kb(sizes.extensionBundle), '≤ 200 KB', verdict(sizes.extensionBundle <= 200 * 1024)],
  ['Webview bundle (+ CSS)', kb(sizes.webviewBundle), '≤ 300 KB', verdict(sizes.webviewBundle <= 300 * 1024)],
  ['Data files', kb(sizes.data), '', ''],
  ['.vsix', kb(sizes.vsix), '≤ 3 MB', verdict(sizes.vsix <= 3 * 1024 * 1024)],
];
for (const row of webRows({ sessions: webSessions, sizes, loadWebInNode }, { summary, range, kb, verdict })) rows.push(row);
const w = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
const table = rows.map((r) => `| ${r[0].padEnd(w[0])} | ${r[1].padEnd(w[1])} | ${r[2].padEnd(w[2])} | ${r[3].padEnd(6)} |`);
const titles = ['figure'.padEnd(w[0]), 'median (min–max, runs)'.padEnd(w[1]), 'budget'.padEnd(w[2]), 'verdict'.padEnd(6)];
const header = `| ${titles.join(' | ')} |`;
const rule = `|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 2)}|${'-'.repeat(w[2] + 2)}|${'-'.repeat(8)}|`;
console.log(`\n${[header, rule, ...table].join('\n')}`);
console.log(
  `\n${machine.date} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGB} GB · Node ${machine.node} · ${machine.vscode}`,
);

mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(
  join(projectRoot, 'bench-results', 'results.json'),
  JSON.stringify({ machine, node, similar, zips, roleFiles, loadInNode, loadWebInNode, vscode, sizes, sessions, webSessions }, null, 2),
);
console.log('Wrote bench-results/results.json');
