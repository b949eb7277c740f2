// Pay where you live (issue 21) in the real extension host: an open
// four-role comparison repainted after Set Your State… (and back to national
// figures), the map of pay by state's draw time as the webview reports it,
// and the window's first state figures file read and checked (cold).
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import { COMMANDS } from '../../src/host/shared/commands';

const FOUR = ['registered-nurses', 'electricians', 'cooks-restaurant', 'software-developers'];
const TRIALS = 5;

/** Runs `act` and resolves with the ms to the next paint of the four roles, and the map's draw time then. */
function timedPaint(api: CareerCompareApi, act: () => Thenable<unknown>): Promise<{ ms: number; paintMs: number; mapMs?: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no repaint within 20 s')), 20_000);
    const sub = api.panel.onDidRender((e) => {
      if (e.roleIds.join() !== FOUR.join()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve({ ms: performance.now() - t0, paintMs: e.paintMs, mapMs: e.mapMs });
    });
    const t0 = performance.now();
    act().then(undefined, reject);
  });
}

export async function statePayBench(
  api: CareerCompareApi,
): Promise<{ switchMs: number[]; paintMs: number[]; mapMs: number[]; firstFileMs: number | null }> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const firstFileMs = api.pay.timings.firstFileMs ?? null;
  await timedPaint(api, () => vscode.commands.executeCommand(COMMANDS.compareRoles, FOUR));
  const switchMs: number[] = [];
  const paintMs: number[] = [];
  const mapMs: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    for (const state of ['TX', '']) {
      const painted = await timedPaint(api, () => vscode.commands.executeCommand(COMMANDS.setState, state));
      switchMs.push(painted.ms);
      paintMs.push(painted.paintMs);
      if (painted.mapMs !== undefined) mapMs.push(painted.mapMs);
    }
  }
  await vscode.workspace.getConfiguration('careerCompare').update('pay.state', undefined, vscode.ConfigurationTarget.Global);
  return { switchMs, paintMs, mapMs, firstFileMs };
}
