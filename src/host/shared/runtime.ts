// Where the extension is running, measured at run time (not assumed from the
// build): the log's first line says it, and the web e2e suite reads it to
// prove the web build really runs in a web worker extension host.
import * as vscode from 'vscode';

/** Whether this host has a Node process (false in a web worker extension host). */
export function hasNodeProcess(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

/** How long activate() took, in ms, once it has run (set by extension.ts). */
let activateMs: number | undefined;

export function recordActivation(ms: number): void {
  activateMs = ms;
}

/** One line for the log: build, host, UI and activation time. */
export function describeRuntime(build: 'node' | 'web'): string {
  const host = hasNodeProcess() ? `a Node.js ${process.versions.node} extension host` : 'a web worker extension host (no Node.js process)';
  const ui = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
  const activation = activateMs === undefined ? '' : `; activate() took ${activateMs.toFixed(2)} ms`;
  return `Career Compare ${build} build, running in ${host}, ${ui} UI${activation}.`;
}
