// Command handlers. Each accepts what the tree passes (a node) or, for
// programmatic callers and tests, role ids; with nothing it asks.
import * as vscode from 'vscode';
import type { RoleSummary } from '../model/summary';
import type { ComparisonPanelController } from './comparisonPanel';
import { downloadOnet } from './onetDownload';
import { importOnet, removeImportedOnet } from './onetImport';
import { pickRole, pickTwoRoles } from './pickRoles';
import { platform } from './platform';
import type { RoleRepository } from './roleRepository';
import type { RoleNode } from './rolesTree';

export const COMMANDS = {
  compareRoles: 'careerCompare.compareRoles',
  compareWith: 'careerCompare.compareWith',
  openRole: 'careerCompare.openRole',
  searchRoles: 'careerCompare.searchRoles',
  refresh: 'careerCompare.refresh',
  swapSides: 'careerCompare.swapSides',
  showLog: 'careerCompare.showLog',
  importOnet: 'careerCompare.importOnet',
  removeOnet: 'careerCompare.removeOnet',
  downloadOnet: 'careerCompare.downloadOnet',
  addRole: 'careerCompare.addRole',
  removeRole: 'careerCompare.removeRole',
  copyComparison: 'careerCompare.copyComparison',
  saveComparisonAs: 'careerCompare.saveComparisonAs',
  insertComparison: 'careerCompare.insertComparison',
  planMove: 'careerCompare.planMove',
  newRoleFile: 'careerCompare.newRoleFile',
  sortRoles: 'careerCompare.sortRoles',
  filterRoles: 'careerCompare.filterRoles',
  clearRoleFilter: 'careerCompare.clearRoleFilter',
  starRole: 'careerCompare.starRole',
  unstarRole: 'careerCompare.unstarRole',
  toggleFavourite: 'careerCompare.toggleFavourite',
  clearRecents: 'careerCompare.clearRecentComparisons',
} as const;

const isIdList = (arg: unknown): arg is string[] => Array.isArray(arg) && arg.every((x) => typeof x === 'string');

/** The role a command was given: a role id (programmatic callers, tests) or a tree node. */
export async function roleFrom(repository: RoleRepository, arg: unknown): Promise<RoleSummary | undefined> {
  if (typeof arg === 'string') return (await repository.catalog()).byId.get(arg);
  const node = arg as RoleNode | undefined;
  return node?.kind === 'role' ? node.role : undefined;
}

export function registerCommands(repository: RoleRepository, panel: ComparisonPanelController, showLog: () => void): vscode.Disposable[] {
  const compare = async (first?: RoleSummary) => {
    const pair = await pickTwoRoles(repository, first);
    if (pair) await panel.show(pair.map((r) => r.id));
  };

  return [
    vscode.commands.registerCommand(COMMANDS.compareRoles, async (ids?: unknown) => {
      if (isIdList(ids)) return panel.show(ids);
      return compare();
    }),
    vscode.commands.registerCommand(COMMANDS.compareWith, async (arg?: unknown) => compare(await roleFrom(repository, arg))),
    vscode.commands.registerCommand(COMMANDS.openRole, async (arg?: unknown) => {
      const role =
        (await roleFrom(repository, arg)) ??
        (await pickRole(repository, { title: 'Open Role', placeholder: 'Type a job title — alternate titles and typos are fine' }));
      if (role) await panel.show([role.id]);
    }),
    vscode.commands.registerCommand(COMMANDS.searchRoles, async () => {
      const role = await pickRole(repository, {
        title: 'Search Roles',
        placeholder: 'Type a job title: titles and ~55,000 alternate titles, typos and any word order are fine',
      });
      if (!role) return;
      // A second step: focus returning late to the editor or panel the first step came from must not close it.
      const action = await vscode.window.showQuickPick(['Open Role', 'Compare with…'], { title: role.title, ignoreFocusOut: true });
      if (action === 'Open Role') await panel.show([role.id]);
      else if (action) await compare(role);
    }),
    vscode.commands.registerCommand(COMMANDS.refresh, () => repository.refresh()),
    vscode.commands.registerCommand(COMMANDS.swapSides, () => panel.swap()),
    vscode.commands.registerCommand(COMMANDS.showLog, showLog),
    vscode.commands.registerCommand(COMMANDS.importOnet, (folder?: unknown) =>
      importOnet(repository, folder instanceof vscode.Uri ? folder : undefined),
    ),
    vscode.commands.registerCommand(COMMANDS.removeOnet, () => removeImportedOnet(repository)),
    vscode.commands.registerCommand(COMMANDS.downloadOnet, () => downloadOnet(repository, platform.downloader)),
  ];
}
