// Your Roles in the benchmark, inside the real extension host: loading 100
// role files from the workspace's .career-compare/ (files found, measured,
// read, validated and joined, diagnostics set), and a change to one file
// reaching the Problems panel (the diagnostics event) and the Roles tree
// (its change event), timed from the write.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { UserRolesLoad } from '../../src/host/your-roles/userRoles';

const FILES = 100;
const TRIALS = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A role like one a user writes: pay, growth and ten skills. */
function roleFile(i: number, yearly: unknown): string {
  const source = { name: 'My notes', year: 2026 };
  const skills = Array.from({ length: 10 }, (_, k) => ({ name: `Skill ${k + 1}`, value: 5 - k / 3 }));
  const role = {
    id: `bench-role-${i}`,
    title: `Bench Role ${i}`,
    category: 'Mine',
    pay: { source, yearly },
    growth: { source, rate: 3 },
    skills: { source, measure: 'importance', items: skills },
  };
  return JSON.stringify({ roles: [role] }, null, 2);
}

function nextLoad(api: CareerCompareApi, ok: (e: UserRolesLoad) => boolean, timeoutMs = 30_000): Promise<UserRolesLoad | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(null);
    }, timeoutMs);
    const sub = api.userRoles.onDidLoad((e) => {
      if (!ok(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/** Milliseconds from now until `event` fires with something `ok` accepts (null after 10 s). */
function until<T>(event: vscode.Event<T>, ok: (e: T) => boolean, t0: number): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(null);
    }, 10_000);
    const sub = event((e) => {
      if (!ok(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(performance.now() - t0);
    });
  });
}

export async function userRolesBench(
  api: CareerCompareApi,
): Promise<{ loadMs: (number | null)[]; problemsMs: (number | null)[]; treeMs: (number | null)[] }> {
  const dir = join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.career-compare');
  mkdirSync(dir, { recursive: true });
  const all = nextLoad(api, (e) => e.files === FILES && e.roles === FILES);
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `bench-${i}.json`), roleFile(i, 90000 + i));
  await all;
  // Every load afresh (restart empties the cache), as when the window opens or trust is granted.
  const loadMs: (number | null)[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const next = nextLoad(api, (e) => e.files === FILES);
    api.userRoles.restart();
    loadMs.push((await next)?.ms ?? null);
    await sleep(200);
  }
  const target = join(dir, 'bench-0.json');
  const uri = vscode.Uri.file(target);
  const problemsMs: (number | null)[] = [];
  const treeMs: (number | null)[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const broken = trial % 2 === 0;
    const t0 = performance.now();
    const problems = until(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()), t0);
    const tree = until(api.tree.onDidChangeTreeData, () => true, t0);
    writeFileSync(target, roleFile(0, broken ? 'lots' : 90000));
    const [p, t] = await Promise.all([problems, tree]);
    problemsMs.push(p);
    treeMs.push(t);
    await sleep(500);
  }
  const emptied = nextLoad(api, (e) => e.files === 0);
  rmSync(dir, { recursive: true, force: true });
  await emptied;
  return { loadMs, problemsMs, treeMs };
}
