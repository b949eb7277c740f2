// "New Role File…": asks for an official role, writes a valid role file made
// from it (pay and skills prefilled, to edit) into the first workspace
// folder's `.career-compare/`, and opens it. The watcher then loads it.
import * as vscode from 'vscode';
import { core } from '../shared/core';
import { fileExists } from '../shared/files';
import { log, notify } from '../shared/log';
import { pickRole } from '../pickers/pickRoles';
import type { RoleRepository } from '../data/roleRepository';
import { DEFAULT_ROLE_FOLDER } from './userRoleSources';

/** Runs the command; resolves with the new file's URI, or undefined when cancelled or impossible (the user is told why). */
export async function newRoleFile(repository: RoleRepository, officialId?: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    await notify('warning', 'Career Compare: open a folder first; a role file is saved in its .career-compare folder.');
    return undefined;
  }
  const base = await repository.baseCatalog();
  const chosen =
    officialId !== undefined && base.byId.has(officialId)
      ? base.byId.get(officialId)
      : await pickRole(repository, {
          title: 'New Role File: start from which role?',
          placeholder: 'Type a job title; its pay and skills are copied',
        });
  if (!chosen) return undefined;
  const official = await repository.role(chosen.id);
  if (!official) {
    await notify('error', `Career Compare: the role "${chosen.title}" could not be read (see the log).`);
    return undefined;
  }
  const catalog = await repository.catalog();
  const dir = vscode.Uri.joinPath(folder.uri, DEFAULT_ROLE_FOLDER);
  const taken = new Set<string>();
  for (const id of catalog.byId.keys()) taken.add(id);
  try {
    for (const [name] of await vscode.workspace.fs.readDirectory(dir)) taken.add(name.replace(/\.json$/, ''));
  } catch {
    // no folder yet: createDirectory below
  }
  const { id, text } = core().scaffoldRoleFile(official, (candidate) => taken.has(candidate));
  const uri = vscode.Uri.joinPath(dir, `${id}.json`);
  if (await fileExists(uri)) return undefined; // taken covers the folder's files; a race with another writer is left alone
  await vscode.workspace.fs.createDirectory(dir);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  log().info(`Created ${vscode.workspace.asRelativePath(uri)} from ${official.id}.`);
  await vscode.window.showTextDocument(uri);
  if (!vscode.workspace.isTrusted) {
    await notify('info', 'Career Compare: the file is saved; role files in this workspace load once you trust it (Restricted Mode).');
  }
  return uri;
}
