// Where the user's role files are: in each workspace folder (trusted only)
// the default `.career-compare/*.json` and what careerCompare.roleFiles adds
// (folders or globs, relative to the folder), and the user-level folder
// careerCompare.userRoleFolder (default `~/.career-compare`). A plain folder
// is listed with readDirectory; a glob goes through findFiles.
import * as vscode from 'vscode';
import { LIMITS } from '../../limits';
import { toPattern } from '../../roleFiles/rolePatterns';
import { log } from '../shared/log';
import { roleFileEntries, userRoleFolderSetting } from '../shared/settings';

/** The workspace location of role files that is always read (careerCompare.roleFiles adds more). */
export const DEFAULT_ROLE_FOLDER = '.career-compare';

export interface RoleFileSource {
  base: vscode.Uri;
  /** A glob relative to `base`. */
  pattern: string;
  /** A workspace folder's (read only when trusted), or the user-level folder. */
  workspace: boolean;
  list(): Promise<vscode.Uri[]>;
}

const GLOB = /[*?{}[\]]/;

/** A role file's name in messages: workspace-relative, or its path. */
export function roleFileName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/**
 * The first folder on `relative` (a path under `base`) that is a symbolic
 * link, or undefined. A workspace's role folders must be its own: a link
 * (`.career-compare` → `~/secrets`) would read files from outside it.
 * `known` remembers each folder's answer for one listing.
 */
async function linkedFolder(base: vscode.Uri, relative: string, known: Map<string, boolean>): Promise<string | undefined> {
  const segments = relative.split('/').filter(Boolean);
  for (let n = 1; n <= segments.length; n++) {
    const path = segments.slice(0, n).join('/');
    let linked = known.get(path);
    if (linked === undefined) {
      try {
        linked = ((await vscode.workspace.fs.stat(vscode.Uri.joinPath(base, path))).type & vscode.FileType.SymbolicLink) !== 0;
      } catch {
        linked = false; // no such folder: nothing will be listed from it
      }
      known.set(path, linked);
    }
    if (linked) return path;
  }
  return undefined;
}

function refuseLinked(base: vscode.Uri, folder: string): vscode.Uri[] {
  log().warn(
    `${vscode.workspace.asRelativePath(vscode.Uri.joinPath(base, folder))} is a symbolic link to a folder; ` +
      'role files are read only from folders inside the workspace, so it was not followed (make it a real folder).',
  );
  return [];
}

/** `.json` files directly in a folder (every non-folder entry: read() opens only regular files and reports the rest). */
async function listFolder(base: vscode.Uri, relative: string, workspace: boolean): Promise<vscode.Uri[]> {
  if (workspace) {
    const linked = await linkedFolder(base, relative, new Map());
    if (linked) return refuseLinked(base, linked);
  }
  const folder = relative ? vscode.Uri.joinPath(base, relative) : base;
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return []; // no such folder: nothing to load
  }
  return entries
    .filter(([name, type]) => name.endsWith('.json') && !(type & vscode.FileType.Directory))
    .map(([name]) => vscode.Uri.joinPath(folder, name));
}

/** What a glob found, less what was reached through a linked folder (the search follows links). */
async function listGlob(base: vscode.Uri, pattern: string, workspace: boolean): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(base, pattern), undefined, LIMITS.userRoleFiles);
  if (!workspace) return found;
  const known = new Map<string, boolean>();
  const out: vscode.Uri[] = [];
  for (const uri of found) {
    const relative = vscode.workspace.asRelativePath(uri, false);
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    const linked = await linkedFolder(base, folder, known);
    if (linked) refuseLinked(base, linked);
    else out.push(uri);
  }
  return out;
}

function source(base: vscode.Uri, pattern: string, workspace: boolean): RoleFileSource {
  // "dir/*.json" or "*.json": a plain folder's listing, no search.
  const folder = /^(?:([^*?{}[\]]*)\/)?\*\.json$/.exec(pattern);
  const list = folder
    ? () => listFolder(base, folder[1] ?? '', workspace)
    : pattern.endsWith('.json') && !GLOB.test(pattern)
      ? () => listFile(base, pattern, workspace)
      : () => listGlob(base, pattern, workspace);
  return { base, pattern, workspace, list };
}

async function listFile(base: vscode.Uri, relative: string, workspace: boolean): Promise<vscode.Uri[]> {
  if (workspace && relative.includes('/')) {
    const linked = await linkedFolder(base, relative.slice(0, relative.lastIndexOf('/')), new Map());
    if (linked) return refuseLinked(base, linked);
  }
  const uri = vscode.Uri.joinPath(base, relative);
  try {
    await vscode.workspace.fs.stat(uri);
    return [uri];
  } catch {
    return [];
  }
}

/** The user-level folder from its setting: `~` is the home folder where there is one (not in a browser). */
export function userRoleFolder(): vscode.Uri | undefined {
  const value = userRoleFolderSetting();
  if (!value) return undefined;
  const home = typeof process !== 'undefined' ? process.env?.HOME || process.env?.USERPROFILE : undefined;
  if (value === '~' || value.startsWith('~/')) return home ? vscode.Uri.joinPath(vscode.Uri.file(home), value.slice(1)) : undefined;
  if (value.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(value)) return vscode.Uri.file(value);
  log().warn(`careerCompare.userRoleFolder must be an absolute path or start with ~/; ignored.`);
  return undefined;
}

/** Every source to read now: the workspace's only when it is trusted. */
export function roleFileSources(): RoleFileSource[] {
  const out: RoleFileSource[] = [];
  if (vscode.workspace.isTrusted) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const entries = [DEFAULT_ROLE_FOLDER, ...roleFileEntries(folder.uri)];
      for (const entry of entries) {
        const pattern = toPattern(entry);
        if (pattern) out.push(source(folder.uri, pattern, true));
        else
          log().warn(
            `careerCompare.roleFiles: ${JSON.stringify(entry).slice(0, LIMITS.quotedChars)} must be a path inside the folder; ignored.`,
          );
      }
    }
  }
  const user = userRoleFolder();
  if (user) out.push(source(user, '*.json', false));
  return out;
}
