// Wiring for "Your Roles": the files' loader (with its watchers and
// diagnostics), the New Role File… command and the role-file schema's provider.
import * as vscode from 'vscode';
import { COMMANDS } from '../shared/commands';
import { log, notify } from '../shared/log';
import { newRoleFile } from './newRoleFile';
import type { RoleRepository } from '../data/roleRepository';
import { registerSchemaProvider } from './schemaProvider';
import { UserRoleFiles } from './userRoles';

export function registerUserRoles(
  repository: RoleRepository,
  extensionUri: vscode.Uri,
): { userRoles: UserRoleFiles; disposables: vscode.Disposable[] } {
  const userRoles = new UserRoleFiles(repository);
  userRoles.restart();
  const command = vscode.commands.registerCommand(COMMANDS.newRoleFile, async (officialId?: unknown) => {
    try {
      return await newRoleFile(repository, typeof officialId === 'string' ? officialId : undefined);
    } catch (err) {
      log().error(`New Role File failed: ${String(err)}`);
      void notify('error', `Career Compare: could not create the role file: ${String(err)}`);
      return undefined;
    }
  });
  return { userRoles, disposables: [userRoles, command, registerSchemaProvider(extensionUri)] };
}
