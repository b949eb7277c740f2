// First contact in a fresh window (issue 19), in the real extension host:
// a person's first hover over a title and first Search Roles, each against a
// warm one. The host sets each step up (a Markdown note shown, the picker
// opened) and prints a start mark; the Playwright side (bench/vscode.mjs)
// acts as the person would and times until the card or the answer is drawn,
// then writes `<out>.<step>` so the host goes on. Which of the two steps
// comes first alternates by session: only the first finds nothing loaded.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';

/** Typed into the picker; the answer must list Registered Nurses. */
export const SEARCH_QUERY = 'registred nurse';
/** Titles at the start of their lines, so the pointer can rest on them without measuring text. */
export const HOVER_NOTE = ['registered nurse, night shift', '', 'nurse practitioners in the clinic', ''].join('\n');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A start mark for the Playwright side: what was triggered, and when (wall clock, shared with Playwright). */
export function mark(kind: string, trial: number, marker: string, extra: Record<string, unknown> = {}): void {
  console.log(`BENCH ${JSON.stringify({ kind, trial, marker, at: Date.now(), ...extra })}`);
}

/** Waits (up to a minute) for the Playwright side to finish a step. */
async function handedBack(file: string | undefined, step: string): Promise<void> {
  for (let i = 0; i < 600 && file && !existsSync(`${file}.${step}`); i++) await sleep(100);
}

/** A Markdown note with titles, shown as a person opens one; Playwright hovers them (cold, then warm). */
export async function hoverInWorkbench(
  api: CareerCompareApi,
  dir: string,
  out: string | undefined,
): Promise<{ dataLoadedBefore: boolean; firstHover: { totalMs: number; waitedMs: number } | null }> {
  const dataLoadedBefore = api.repository.loaded;
  const file = join(dir, 'notes.md');
  writeFileSync(file, HOVER_NOTE);
  await vscode.window.showTextDocument(vscode.Uri.file(file));
  mark('hover', 0, 'notes.md', { dataLoadedBefore });
  await handedBack(out, 'hover');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return { dataLoadedBefore, firstHover: api.hover.timings.firstHover ?? null };
}

/**
 * Search Roles twice: the first maybe cold (nothing loaded), the second warm. Playwright
 * types the query as soon as the picker shows and presses Escape once the answer is drawn.
 * The host's own time for each search (waiting for the index included) is returned.
 */
export async function searchInWorkbench(api: CareerCompareApi): Promise<{ dataLoadedBefore: boolean; searchMs: (number | null)[] }> {
  const dataLoadedBefore = api.repository.loaded;
  const searchMs: (number | null)[] = [];
  for (let trial = 0; trial < 2; trial++) {
    let first: number | undefined;
    const sub = api.repository.onDidSearch((e) => (first ??= e.ms));
    mark('search', trial, SEARCH_QUERY, { dataLoadedBefore: trial === 0 ? dataLoadedBefore : true });
    const picked = vscode.commands.executeCommand('careerCompare.searchRoles');
    await Promise.race([picked, sleep(60_000)]);
    sub.dispose();
    searchMs.push(first ?? null);
    await sleep(500);
  }
  return { dataLoadedBefore, searchMs };
}
