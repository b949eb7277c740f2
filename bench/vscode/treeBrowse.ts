// Sort and filter in the Roles view, timed in the real extension host: from
// the command (Sort By… / Filter… with their choice given, as the title bar
// passes it after the quick pick) to the tree's new top level computed and
// handed to the workbench, over every role. The view is shown first, so the
// workbench asks for the children as it would for a user.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';

const TRIALS = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const STEPS: [string, unknown[]][] = [
  ['careerCompare.sortRoles', ['pay', false]],
  ['careerCompare.filterRoles', [{ text: 'engineer', minPay: 100000 }]],
  ['careerCompare.clearRoleFilter', []],
  ['careerCompare.sortRoles', ['growth', true]],
  ['careerCompare.sortRoles', ['name', true]],
];

/** One sample per step and trial, in ms; null where the tree did not update within 10 s. */
export async function measureTreeBrowse(api: CareerCompareApi): Promise<{ ms: (number | null)[]; roles: number }> {
  await vscode.commands.executeCommand('careerCompare.roles.focus');
  await sleep(1000);
  const ms: (number | null)[] = [];
  let roles = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    for (const [command, args] of STEPS) {
      const t0 = performance.now();
      const updated = new Promise<number>((resolve) => {
        const sub = api.tree.onDidRefresh((status) => {
          sub.dispose();
          roles = Math.max(roles, status.shown);
          resolve(performance.now() - t0);
        });
      });
      await vscode.commands.executeCommand(command, ...args);
      ms.push(await Promise.race([updated, sleep(10_000).then(() => null)]));
      await sleep(200);
    }
  }
  // Leave the view as a fresh start has it (the comparisons timed before left Recent Comparisons at its top),
  // with the side bar closed for the tree-expand step that follows.
  await api.recents.clear();
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  return { ms, roles };
}
