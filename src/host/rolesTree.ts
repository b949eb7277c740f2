// The "Roles" tree in the Career Compare sidebar: categories → roles.
import * as vscode from 'vscode';
import { formatCount, formatPercent, formatSource, formatWage } from '../format/format';
import type { RoleSummary } from '../model/summary';
import { log } from './log';
import type { RoleRepository } from './roleRepository';

/** Set while the catalog cannot load (or loads no role): the view's welcome content then offers the log. */
export const ROLES_UNAVAILABLE_CONTEXT = 'careerCompare.rolesUnavailable';

export type RoleNode = { kind: 'category'; name: string; roles: RoleSummary[] } | { kind: 'role'; role: RoleSummary };

export class RolesTreeProvider implements vscode.TreeDataProvider<RoleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RoleNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly repository: RoleRepository) {
    this.subscription = repository.onDidChange(() => this.changed.fire(undefined));
  }

  async getChildren(node?: RoleNode): Promise<RoleNode[]> {
    if (node?.kind === 'role') return [];
    if (node?.kind === 'category') return node.roles.map((role) => ({ kind: 'role', role }));
    const roles = await this.loadRoles();
    const groups = new Map<string, RoleSummary[]>();
    for (const role of roles) {
      const list = groups.get(role.category) ?? [];
      list.push(role);
      groups.set(role.category, list);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ kind: 'category', name, roles: list }));
  }

  /** The catalog's roles, or none when it cannot load; either way the context key says which. */
  private async loadRoles(): Promise<RoleSummary[]> {
    let roles: RoleSummary[] = [];
    try {
      roles = (await this.repository.catalog()).roles;
    } catch (err) {
      log().error(`Cannot load the roles for the Roles view: ${String(err)}`);
    }
    if (roles.length === 0) log().error('No role could be loaded: the Roles view shows how to see why.');
    vscode.commands
      .executeCommand('setContext', ROLES_UNAVAILABLE_CONTEXT, roles.length === 0)
      .then(undefined, (err: unknown) => log().error(`Cannot set ${ROLES_UNAVAILABLE_CONTEXT}: ${String(err)}`));
    return roles;
  }

  getTreeItem(node: RoleNode): vscode.TreeItem {
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `category:${node.name}`;
      item.contextValue = 'category';
      item.description = `${node.roles.length}`;
      item.tooltip = `${node.name}: ${node.roles.length} ${node.roles.length === 1 ? 'role' : 'roles'}`;
      return item;
    }
    const { role } = node;
    const item = new vscode.TreeItem(role.title, vscode.TreeItemCollapsibleState.None);
    item.id = `role:${role.id}`;
    item.contextValue = 'role';
    item.iconPath = new vscode.ThemeIcon('person');
    item.description = role.pay?.yearly !== undefined ? formatWage(role.pay.yearly) : undefined;
    item.tooltip = roleTooltip(role);
    item.command = { command: 'careerCompare.openRole', title: 'Open Role', arguments: [node] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Salary and growth at a glance, each with its source. Data text is escaped by MarkdownString.appendText. */
export function roleTooltip(role: RoleSummary): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(role.title).appendMarkdown('**\n\n');
  const salary = role.pay?.yearly !== undefined ? `${formatWage(role.pay.yearly)} a year` : 'no data';
  md.appendText(`Salary: ${salary}`);
  if (role.pay) md.appendText(` (${formatSource(role.pay.source)})`);
  md.appendMarkdown('  \n');
  const growth = role.growth ? formatPercent(role.growth.rate) : 'no data';
  md.appendText(`Growth: ${growth}`);
  if (role.growth) md.appendText(` (${formatSource(role.growth.source)})`);
  if (role.jobs) {
    md.appendMarkdown('  \n');
    md.appendText(`Jobs: ${formatCount(role.jobs.count)} (${formatSource(role.jobs.source)})`);
  }
  return md;
}
