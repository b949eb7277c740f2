// The web build's stand-in for nodeFiles.ts: a web worker has no Node fs.
// Never called there (platform.web.ts reads folders through
// vscode.workspace.fs); present so the shared core bundles without Node
// built-ins, and clear if something calls it anyway.
import type { FileSource } from './safeRead';

export const CHUNK_BYTES = 1024 * 1024;

const unavailable = (what: string) => new Error(`${what} needs Node's file system, which VS Code for the Web does not have`);

export function nodeFileSource(folder: string): FileSource {
  throw unavailable(`reading ${folder} with Node's fs`);
}

export function readImportFileSync(path: string): string {
  throw unavailable(`reading ${path} synchronously`);
}
