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

/** `.json` files directly in a folder (regular files and links; a link is refused when read). */
async function listFolder(folder: vscode.Uri): Promise<vscode.Uri[]> {
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

function source(base: vscode.Uri, pattern: string, workspace: boolean): RoleFileSource {
  // "dir/*.json" or "*.json": a plain folder's listing, no search.
  const folder = /^(?:([^*?{}[\]]*)\/)?\*\.json$/.exec(pattern);
  const list = folder
    ? () => listFolder(folder[1] ? vscode.Uri.joinPath(base, folder[1]) : base)
    : pattern.endsWith('.json') && !GLOB.test(pattern)
      ? () => listFile(vscode.Uri.joinPath(base, pattern))
      : () => Promise.resolve(vscode.workspace.findFiles(new vscode.RelativePattern(base, pattern), undefined, LIMITS.userRoleFiles));
  return { base, pattern, workspace, list };
}

async function listFile(uri: vscode.Uri): Promise<vscode.Uri[]> {
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
