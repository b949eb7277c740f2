// Sets a context key (CONTEXT_KEYS in ./ids.ts) for package.json's `when`
// clauses; a failure is logged, never lost.
import * as vscode from 'vscode';
import { log } from './log';

export function setContext(key: string, value: unknown): void {
  vscode.commands
    .executeCommand('setContext', key, value)
    .then(undefined, (err: unknown) => log().error(`Cannot set ${key}: ${err instanceof Error ? err.message : String(err)}`));
}
