// Add Role to Comparison… and Remove Role from Comparison…: the columns of
// the open comparison, from the palette, the panel's title bar and the Roles
// tree. The rules (limit, duplicates, last column) are in src/compare/selection.
import * as vscode from 'vscode';
import { COMMANDS, roleFrom } from './commands';
import type { ComparisonPanelController } from './comparisonPanel';
import { notify } from './log';
import { pickRole } from './pickRoles';
import type { RoleRepository } from './roleRepository';

interface ColumnItem extends vscode.QuickPickItem {
  column: number;
}

/** Which column to remove: a column index or a role id as given, or asked with a quick pick of the shown roles. */
async function columnFrom(panel: ComparisonPanelController, arg: unknown): Promise<number | undefined> {
  if (typeof arg === 'number') return arg;
  if (typeof arg === 'string') {
    const column = panel.roleIds.indexOf(arg);
    if (column === -1) void notify('info', 'Career Compare: that role is not in the comparison.');
    return column === -1 ? undefined : column;
  }
  const items: ColumnItem[] = panel.roleTitles.map((title, column) => ({ label: title, description: `column ${column + 1}`, column }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Remove Role from Comparison', placeHolder: 'Which role to remove' });
  return picked?.column;
}

export function registerColumnCommands(repository: RoleRepository, panel: ComparisonPanelController): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.addRole, async (arg?: unknown) => {
      if (typeof arg === 'string' && !(await roleFrom(repository, arg))) {
        void notify('warning', 'Career Compare: cannot add that role: it is not in the catalog.');
        return;
      }
      const role =
        (await roleFrom(repository, arg)) ??
        (await pickRole(repository, {
          title: panel.roleIds.length > 0 ? 'Add Role to Comparison' : 'Open Role',
          placeholder: 'Type a job title — alternate titles and typos are fine',
          exclude: new Set(panel.roleIds),
        }));
      if (role) await panel.addRole(role.id);
    }),
    vscode.commands.registerCommand(COMMANDS.removeRole, async (arg?: unknown) => {
      if (panel.roleIds.length < 2) {
        void notify('info', 'Career Compare: open a comparison of two or more roles to remove one.');
        return;
      }
      const column = await columnFrom(panel, arg);
      if (column !== undefined) await panel.removeColumn(column);
    }),
  ];
}
