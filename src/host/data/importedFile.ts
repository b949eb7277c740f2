// Reading back a file an import stored in the extension's global storage
// (O*NET prose, BLS metro figures): only a regular file, within the role
// file size limit, strict UTF-8 JSON checked by its schema. A damaged file
// is reported once per load and ignored, never fatal; no file is no data.
import * as vscode from 'vscode';
import { LIMITS, megabytes } from '../../limits';
import { log, notify } from '../shared/log';

export interface ImportedFile<T> {
  uri: vscode.Uri;
  /** Validates the parsed JSON (a zod schema's parse), throwing what is wrong. */
  parse(json: unknown): T;
  /** "the imported O*NET data", for the log and the warning. */
  what: string;
  /** The log line once read: "Using imported O*NET prose for 900 occupations." */
  used(value: T): string;
}

export async function readImportedFile<T>(file: ImportedFile<T>): Promise<T | undefined> {
  let size: number;
  let type: vscode.FileType;
  try {
    ({ size, type } = await vscode.workspace.fs.stat(file.uri));
  } catch {
    return undefined;
  }
  // Only a regular file is opened: opening a named pipe would wait forever.
  if (type !== vscode.FileType.File) return damaged(file, 'not a regular file (a link, named pipe or device); it was not opened');
  // Written by our import, but it sits on disk: the same size limit as a role file.
  if (size > LIMITS.roleFileBytes) return damaged(file, `${megabytes(size)}, at most ${megabytes(LIMITS.roleFileBytes)}`);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(file.uri);
  } catch {
    return undefined;
  }
  try {
    const value = file.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    log().info(file.used(value));
    return value;
  } catch (err) {
    return damaged(file, err);
  }
}

function damaged<T>(file: ImportedFile<T>, err: unknown): undefined {
  log().error(`${capitalized(file.what)} (${file.uri.fsPath}) is damaged and was ignored: ${String(err)}`);
  void notify('warning', `Career Compare: ${file.what} is damaged and was ignored. Import it again, or remove it.`);
  return undefined;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
