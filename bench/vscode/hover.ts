// Hover cards on a 10,000-line Markdown document, in the real extension host:
// the first hover (which builds the phrase matcher), then hovers on titles and
// on plain words at seeded positions, timed at our provider (the budget) and
// through VS Code's hover command (the round trip, for context).
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import { percentile, seeded } from '../stats';

const LINES = 10_000;
const HOVERS = 1000;
const ROUND_TRIPS = 100;
const TITLES = ['registered nurse', 'software developers', 'electricians', 'nurse practitioner', 'line cook', 'dental hygienist'];
const FILLER = 'Some notes on the week: meetings, a plan, a budget and a long list of things to do before Friday.';

function documentText(): string {
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    if (i % 50 === 0) lines.push(`## Section ${i / 50}`);
    else if (i % 3 === 0) lines.push(`Talked with a ${TITLES[(i / 3) % TITLES.length]} about the move. ${FILLER}`);
    else lines.push(FILLER);
  }
  return lines.join('\n');
}

export interface HoverBench {
  lines: number;
  firstHoverMs: number;
  matcherBuildMs: number | null;
  phrases: number | null;
  providerMs: { p50: number; p95: number; hits: number; runs: number };
  roundTripMs: { p50: number; p95: number; runs: number };
}

export async function hoverBench(api: CareerCompareApi): Promise<HoverBench> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: documentText() });
  await vscode.window.showTextDocument(doc);
  const token = new vscode.CancellationTokenSource().token;
  const random = seeded(10);
  const positions = Array.from({ length: HOVERS }, () => {
    const line = Math.floor(random() * LINES);
    const text = doc.lineAt(line).text;
    return new vscode.Position(line, Math.floor(random() * text.length));
  });
  const firstLine = 3; // "Talked with a …": the first hover loads the data and builds the matcher
  let t = performance.now();
  await api.hover.provideHover(doc, new vscode.Position(firstLine, 16), token);
  const firstHoverMs = performance.now() - t;
  // Each title once, so the samples below time hovers, not the first read of a role's detail file.
  for (let i = 1; i <= TITLES.length; i++) await api.hover.provideHover(doc, new vscode.Position(3 * i, 16), token);
  const times: number[] = [];
  let hits = 0;
  for (const position of positions) {
    t = performance.now();
    const hover = await api.hover.provideHover(doc, position, token);
    times.push(performance.now() - t);
    if (hover) hits++;
  }
  const trips: number[] = [];
  for (const position of positions.slice(0, ROUND_TRIPS)) {
    t = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
    trips.push(performance.now() - t);
  }
  const lines = doc.lineCount; // read before closing: a closed untitled document reads as empty
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return {
    lines,
    firstHoverMs,
    matcherBuildMs: api.hover.timings.matcherBuildMs ?? null,
    phrases: api.hover.timings.phrases ?? null,
    providerMs: { p50: percentile(times, 50), p95: percentile(times, 95), hits, runs: times.length },
    roundTripMs: { p50: percentile(trips, 50), p95: percentile(trips, 95), runs: trips.length },
  };
}
