// The comparison's commands: Compare Roles…, Compare with…, Open Role…,
// Search Roles…, Swap Sides, Add Role to Comparison… and Remove Role from
// Comparison…, from the palette, the panel's title bar and the Roles tree.
// Each accepts what the tree passes (a node) or, for programmatic callers and
// tests, role ids; with nothing it asks. The column rules are in
// src/compare/selection.ts.
import * as vscode from 'vscode';
import type { RoleSummary } from '../../model/summary';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole, pickTwoRoles } from '../pickers/pickRoles';
import { isIdList, roleFrom } from '../pickers/roleArgs';
import { COMMANDS } from '../shared/commands';
import { notify } from '../shared/log';
import type { ComparisonPanelController } from './comparisonPanel';

const TITLE_HINT = 'Type a job title — alternate titles and typos are fine';

/** Which column to remove: a column index or a role id as given, or asked with a quick pick of the shown roles. */
async function columnFrom(panel: ComparisonPanelController, arg: unknown): Promise<number | undefined> {
  if (typeof arg === 'number') return arg;
  if (typeof arg === 'string') {
    const column = panel.roleIds.indexOf(arg);
    if (column === -1) void notify('info', 'Career Compare: that role is not in the comparison.');
    return column === -1 ? undefined : column;
  }
  const items = panel.roleTitles.map((title, column) => ({ label: title, description: `column ${column + 1}`, column }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Remove Role from Comparison', placeHolder: 'Which role to remove' });
  return picked?.column;
}

async function searchRoles(repository: RoleRepository, panel: ComparisonPanelController, compare: (first: RoleSummary) => Promise<void>) {
  const role = await pickRole(repository, {
    title: 'Search Roles',
    placeholder: 'Type a job title: titles and ~55,000 alternate titles, typos and any word order are fine',
  });
  if (!role) return;
  // A second step: focus returning late to the editor or panel the first step came from must not close it.
  const action = await vscode.window.showQuickPick(['Open Role', 'Compare with…'], { title: role.title, ignoreFocusOut: true });
  if (action === 'Open Role') await panel.show([role.id]);
  else if (action) await compare(role);
}

async function addRole(repository: RoleRepository, panel: ComparisonPanelController, arg: unknown): Promise<void> {
  if (typeof arg === 'string' && !(await roleFrom(repository, arg))) {
    void notify('warning', 'Career Compare: cannot add that role: it is not in the catalog.');
    return;
  }
  const role =
    (await roleFrom(repository, arg)) ??
    (await pickRole(repository, {
      title: panel.roleIds.length > 0 ? 'Add Role to Comparison' : 'Open Role',
      placeholder: TITLE_HINT,
      exclude: new Set(panel.roleIds),
    }));
  if (role) await panel.addRole(role.id);
}

async function removeRole(panel: ComparisonPanelController, arg: unknown): Promise<void> {
  if (panel.roleIds.length < 2) {
    void notify('info', 'Career Compare: open a comparison of two or more roles to remove one.');
    return;
  }
  const column = await columnFrom(panel, arg);
  if (column !== undefined) await panel.removeColumn(column);
}

export function registerComparisonCommands(repository: RoleRepository, panel: ComparisonPanelController): vscode.Disposable[] {
  const compare = async (first?: RoleSummary) => {
    const pair = await pickTwoRoles(repository, first);
    if (pair) await panel.show(pair.map((r) => r.id));
  };
  const openRole = async (arg?: unknown) => {
    const role = (await roleFrom(repository, arg)) ?? (await pickRole(repository, { title: 'Open Role', placeholder: TITLE_HINT }));
    if (role) await panel.show([role.id]);
  };
  return [
    vscode.commands.registerCommand(COMMANDS.compareRoles, (ids?: unknown) => (isIdList(ids) ? panel.show(ids) : compare())),
    vscode.commands.registerCommand(COMMANDS.compareWith, async (arg?: unknown) => compare(await roleFrom(repository, arg))),
    vscode.commands.registerCommand(COMMANDS.openRole, openRole),
    vscode.commands.registerCommand(COMMANDS.searchRoles, () => searchRoles(repository, panel, compare)),
    vscode.commands.registerCommand(COMMANDS.swapSides, () => panel.swap()),
    vscode.commands.registerCommand(COMMANDS.addRole, (arg?: unknown) => addRole(repository, panel, arg)),
    vscode.commands.registerCommand(COMMANDS.removeRole, (arg?: unknown) => removeRole(panel, arg)),
  ];
}
