// The extension under test, as every integration suite (and the benchmark)
// reaches it: its id, its activated API and the manifest VS Code read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';

/** publisher.name from package.json. */
export const EXTENSION_ID = 'career-compare.career-compare';

export function extension(): vscode.Extension<CareerCompareApi> {
  const ext = vscode.extensions.getExtension<CareerCompareApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext;
}

/** The extension's API, activating it if nothing has yet. */
export function api(): Promise<CareerCompareApi> {
  return Promise.resolve(extension().activate());
}

/** package.json as VS Code read it. */
export function packageJson<T>(): T {
  return extension().packageJSON as T;
}
