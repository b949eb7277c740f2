// The VS Code half of `npm run bench`, run inside the real extension host
// (code-server) as an extensionTestsPath. It triggers each scenario and
// prints a "BENCH {json}" start mark; the Playwright side (bench/vscode.mjs)
// sees the mark and times until the table is painted in the page, the same
// way for our panel and both baselines. Bridge marks and activation are
// measured here and written to the file named by CAREER_COMPARE_BENCH_OUT.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { buildComparison } from '../../src/compare/buildComparison';
import type { CareerCompareApi } from '../../src/extension';
import { hoverInWorkbench, mark, searchInWorkbench } from './firstContact';
import { heapBench } from './heap';
import { hoverBench } from './hover';
import { comparisonMarkdown } from './markdownTable';
import { pathsBench } from './paths';
import { statePayBench } from './statePay';
import { userRolesBench } from './userRoles';
import { measureTreeBrowse } from './treeBrowse';
import { extension } from '../../test/integration/api';

const TRIALS = 5;
const GAP_MS = 1500;
const PAIR = ['technical-manager', 'lead-technician'];
/** Four official roles (issue 9): the widest comparison, against a Markdown table of the same size. */
const FOUR = ['registered-nurses', 'electricians', 'cooks-restaurant', 'software-developers'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Which session this is (bench/vscode.mjs): it decides which first-contact step finds nothing loaded. */
const SESSION = Number(process.env.CAREER_COMPARE_BENCH_SESSION ?? 0);

function bareWebviewHtml(marker: string, rows: string[][]): string {
  const nonce = Math.random().toString(36).slice(2);
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'">
</head><body><table id="${marker}">${body}</table><script nonce="${nonce}">const v=acquireVsCodeApi();
requestAnimationFrame(()=>requestAnimationFrame(()=>v.postMessage('painted')));</script></body></html>`;
}

/**
 * Four roles: Compare Roles with four ids → the four-column table painted, then
 * the Markdown preview of the same four-column tables; host → "rendered" times returned.
 * The roles' detail is loaded once first, as the pair's reference roles need none.
 */
async function fourRoles(api: CareerCompareApi, dir: string): Promise<number[]> {
  const view = buildComparison((await api.repository.roles(FOUR)).map((r) => r!));
  const bridge: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(300);
    const painted = new Promise<void>((resolve) => {
      const sub = api.panel.onDidRender(() => {
        bridge.push(performance.now() - t0);
        sub.dispose();
        resolve();
      });
    });
    mark('ours4', trial, 'section-overview');
    const t0 = performance.now();
    await vscode.commands.executeCommand('careerCompare.compareRoles', FOUR);
    await Promise.race([painted, sleep(10_000)]);
    await sleep(GAP_MS);
  }
  for (let trial = 0; trial < TRIALS; trial++) {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(300);
    const marker = `markdown4-${trial}`;
    const file = vscode.Uri.file(join(dir, `${marker}.md`));
    writeFileSync(file.fsPath, comparisonMarkdown(view, marker));
    mark('markdown4', trial, marker);
    await vscode.commands.executeCommand('markdown.showPreview', file);
    await sleep(GAP_MS);
  }
  return bridge;
}

export async function run(): Promise<void> {
  const out: Record<string, unknown> = {};
  const ext = extension();
  const started = performance.now();
  const api = await ext.activate();
  out.activationTotalMs = performance.now() - started;
  out.activateBodyMs = api.activateMs;
  out.dataLoadedAtActivation = api.repository.loaded;

  // First contact: a hover over a title in a note just opened, and Search Roles, each cold then warm.
  // Only the session's first step finds nothing loaded: the order alternates by session.
  const file = process.env.CAREER_COMPARE_BENCH_OUT;
  const dir = mkdtempSync(join(tmpdir(), 'career-compare-bench-'));
  const hoverFirst = SESSION % 2 === 0;
  if (hoverFirst) out.hoverUi = await hoverInWorkbench(api, dir, file);
  out.searchUi = await searchInWorkbench(api);
  if (!hoverFirst) out.hoverUi = await hoverInWorkbench(api, dir, file);
  out.firstSearchMs = (out.searchUi as { searchMs: (number | null)[] }).searchMs[0];
  out.catalogLoadMs = api.repository.timings.catalogMs ?? null;
  out.catalogCoreMs = api.repository.timings.catalogCoreMs ?? null;
  out.catalogValidateMs = api.repository.timings.catalogValidateMs ?? null;
  out.catalogReadMs = api.repository.timings.catalogReadMs ?? null;
  out.searchIndexLoadMs = api.repository.timings.searchIndexMs ?? null;

  const view = buildComparison((await api.repository.roles(PAIR)).map((r) => r!));
  const rows = view.sections.flatMap((s) => (s.kind === 'table' ? s.rows.map((r) => [r.label, ...r.cells.map((c) => c.text ?? '—')]) : []));

  // Ours: Compare Roles → the webview's table painted (bridge mark: host time to the "rendered" message).
  const bridge: number[] = [];
  const inWebview: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(300);
    const painted = new Promise<void>((resolve) => {
      const sub = api.panel.onDidRender((e) => {
        bridge.push(performance.now() - t0);
        inWebview.push(e.paintMs);
        sub.dispose();
        resolve();
      });
    });
    mark('ours', trial, 'section-overview');
    const t0 = performance.now();
    await vscode.commands.executeCommand('careerCompare.compareRoles', PAIR);
    await Promise.race([painted, sleep(10_000)]);
    await sleep(GAP_MS);
  }
  out.oursBridgeMs = bridge;
  out.oursWebviewPaintMs = inWebview;

  // Baseline 1: a bare webview painting one table — the platform's floor.
  const bare: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(300);
    const marker = `bare-${trial}`;
    mark('bare', trial, marker);
    const t0 = performance.now();
    const panel = vscode.window.createWebviewPanel('careerCompareBench.bare', 'Bare table', vscode.ViewColumn.Active, {
      enableScripts: true,
    });
    const painted = new Promise<void>((resolve) => panel.webview.onDidReceiveMessage(() => resolve()));
    panel.webview.html = bareWebviewHtml(marker, rows);
    await Promise.race([painted, sleep(10_000)]);
    bare.push(performance.now() - t0);
    await sleep(GAP_MS);
  }
  out.bareBridgeMs = bare;

  // Baseline 2: VS Code's built-in Markdown preview of the same comparison as a Markdown table.
  for (let trial = 0; trial < TRIALS; trial++) {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(300);
    const marker = `markdown-${trial}`;
    const file = vscode.Uri.file(join(dir, `${marker}.md`));
    writeFileSync(file.fsPath, comparisonMarkdown(view, marker));
    mark('markdown', trial, marker);
    await vscode.commands.executeCommand('markdown.showPreview', file);
    await sleep(GAP_MS);
  }

  out.ours4BridgeMs = await fourRoles(api, dir);
  out.statePay = await statePayBench(api);
  out.paths = await pathsBench(api);
  out.hover = await hoverBench(api);
  out.phrasesLoadMs = api.repository.timings.phrasesMs ?? null;

  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const browsed = await measureTreeBrowse(api);
  out.treeBrowseMs = browsed.ms;
  out.treeBrowseRoles = browsed.roles;
  // Tree: the largest category's children, as the view asks for them.
  const top = (await api.tree.getChildren()).filter((n) => n.kind === 'category');
  const largest = top.reduce((a, b) => (a.kind === 'category' && b.kind === 'category' && b.roles.length > a.roles.length ? b : a));
  out.largestCategory = largest.kind === 'category' ? { name: largest.name, roles: largest.roles.length } : undefined;
  out.userRoles = await userRolesBench(api);
  // A hundred comparisons opened and closed, in one session (it takes a minute or two).
  if (SESSION === 0) out.heap = await heapBench(api);
  if (file) writeFileSync(file, JSON.stringify(out));
  // The Playwright side now expands the tree in the UI, which needs this host alive: wait for its "done" file.
  mark('tree', 0, '');
  for (let i = 0; i < 600 && file && !existsSync(`${file}.done`); i++) await sleep(100);
}
