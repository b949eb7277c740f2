// Wiring for "Your Roles": the files' loader (with its watchers and
// diagnostics) and the New Role File… command.
import * as vscode from 'vscode';
import { COMMANDS } from '../shared/commands';
import { log, notify } from '../shared/log';
import { newRoleFile } from './newRoleFile';
import type { RoleRepository } from '../data/roleRepository';
import { UserRoleFiles } from './userRoles';

export function registerUserRoles(repository: RoleRepository): { userRoles: UserRoleFiles; disposables: vscode.Disposable[] } {
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
  return { userRoles, disposables: [userRoles, command] };
}
