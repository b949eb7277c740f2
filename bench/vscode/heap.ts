// The extension host's heap after comparisons opened and closed (issue 19): a
// panel, its session or its listeners kept after closing show as growth.
// Measured after a full garbage collection, past a first round that fills
// the caches a session keeps on purpose (detail files, formatters).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';

const PAIRS = [
  ['registered-nurses', 'electricians'],
  ['technical-manager', 'lead-technician'],
  ['software-developers', 'cooks-restaurant', 'electricians'],
];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `gc()` in a process started without --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

async function openAndClose(api: CareerCompareApi, ids: string[]): Promise<boolean> {
  const rendered = new Promise<boolean>((resolve) => {
    const sub = api.panel.onDidRender(() => {
      sub.dispose();
      resolve(true);
    });
    void sleep(10_000).then(() => {
      sub.dispose();
      resolve(false);
    });
  });
  await vscode.commands.executeCommand('careerCompare.compareRoles', ids);
  const painted = await rendered;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return painted;
}

async function heapMB(gc: () => void): Promise<number> {
  await sleep(500);
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export interface HeapBench {
  comparisons: number;
  painted: number;
  beforeMB: number;
  afterMB: number;
  growthMB: number;
}

export async function heapBench(api: CareerCompareApi, comparisons = 100): Promise<HeapBench> {
  const gc = collector();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (let i = 0; i < 10; i++) await openAndClose(api, PAIRS[i % PAIRS.length]);
  const beforeMB = await heapMB(gc);
  let painted = 0;
  for (let i = 0; i < comparisons; i++) if (await openAndClose(api, PAIRS[i % PAIRS.length])) painted++;
  const afterMB = await heapMB(gc);
  return { comparisons, painted, beforeMB, afterMB, growthMB: afterMB - beforeMB };
}
