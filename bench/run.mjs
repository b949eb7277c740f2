// `npm run bench`: measures in Node, in VS Code and in VS Code for the Web,
// writes bench-results/results.json, then prints the table (each budget
// beside its figure, never enforced) and writes docs/PERFORMANCE.md's tables
// from those results (bench/report.mjs; `npm run bench:report` redoes that alone).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../test/harness/codeServer.mjs';
import { runVsCodeBench } from './vscode.mjs';
import { report } from './report.mjs';
import { runWebBench } from './webVscode.mjs';

const size = (p) => statSync(join(projectRoot, p)).size;

console.log('Node benchmarks …');
const node = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', join(projectRoot, 'out', 'bench', 'nodeBench.js')], { encoding: 'utf8' }),
);
const similar = JSON.parse(execFileSync(process.execPath, [join(projectRoot, 'out', 'bench', 'similarityBench.js')], { encoding: 'utf8' }));
const paths = JSON.parse(execFileSync(process.execPath, [join(projectRoot, 'out', 'bench', 'pathsBench.js')], { encoding: 'utf8' }));
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
const loadCold = (bundle) => Array.from({ length: 7 }, () => loadOnce(bundle));
const loadInNode = loadCold('dist/extension.js');
const loadWebInNode = loadCold('dist/web/extension.js');
console.log('VS Code benchmarks (code-server + Chromium, 4 sessions) …');
const sessions = await runVsCodeBench(4);
console.log('VS Code for the Web benchmarks (web worker extension host, 6 sessions) …');
const webSessions = await runWebBench(3);

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

mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
const results = { machine, node, similar, paths, zips, roleFiles, loadInNode, loadWebInNode, sizes, sessions, webSessions };
writeFileSync(join(projectRoot, 'bench-results', 'results.json'), JSON.stringify(results, null, 2));
console.log('Wrote bench-results/results.json');
report(results);
