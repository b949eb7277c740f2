// Role pickers: a quick pick that searches titles and ~55,000 alternate
// titles (typo-, case- and word-order-tolerant) through the search index.
import * as vscode from 'vscode';
import { formatWage } from '../format/format';
import type { Catalog } from '../model/loadRoles';
import type { Role } from '../model/schema';
import type { RoleSearchIndex } from '../search/roleSearch';
import { core } from './core';

interface RoleItem extends vscode.QuickPickItem {
  role: Role;
}

const MAX_HITS = 50;
const indexes = new WeakMap<Catalog, RoleSearchIndex>();

/** The catalog's search index, built on first use (a few hundred ms for the official dataset). */
export function searchIndexFor(catalog: Catalog): RoleSearchIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = core().buildSearchIndex(catalog.roles.map((r) => ({ roleId: r.id, title: r.title, alternateTitles: r.alternateTitles ?? [] })));
    indexes.set(catalog, index);
  }
  return index;
}

function summary(role: Role): string {
  return [role.category, role.pay?.yearly !== undefined ? formatWage(role.pay.yearly) : undefined].filter(Boolean).join(' · ');
}

export interface PickOptions {
  title: string;
  placeholder: string;
  /** Role ids not to offer (the role already chosen). */
  exclude?: ReadonlySet<string>;
}

export function pickRole(catalog: Catalog, options: PickOptions): Promise<Role | undefined> {
  const offered = catalog.roles.filter((r) => !options.exclude?.has(r.id));
  const all: RoleItem[] = offered.map((role) => ({ label: role.title, description: summary(role), role }));
  const pick = vscode.window.createQuickPick<RoleItem>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = false;
  pick.items = all;
  const update = (value: string) => {
    if (value.trim() === '') {
      pick.items = all;
      return;
    }
    const hits = core().searchRoles(searchIndexFor(catalog), value, MAX_HITS + (options.exclude?.size ?? 0))
      .filter((h) => !options.exclude?.has(h.roleId))
      .slice(0, MAX_HITS);
    // alwaysShow: our index has already matched (alternate titles, typos); VS Code's own label filter must not hide them.
    pick.items = hits.map((hit) => {
      const role = catalog.byId.get(hit.roleId)!;
      return {
        label: role.title,
        description: hit.viaAlternate ? `also “${hit.matched}”` : summary(role),
        detail: hit.viaAlternate ? summary(role) : undefined,
        alwaysShow: true,
        role,
      };
    });
  };
  return new Promise((resolve) => {
    let chosen: Role | undefined;
    pick.onDidChangeValue(update);
    pick.onDidAccept(() => {
      // Enter pressed as results arrive can leave no selection: take the highlighted row.
      chosen = (pick.selectedItems[0] ?? pick.activeItems[0])?.role;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}

/** First role, then a second that leaves out the first. */
export async function pickTwoRoles(catalog: Catalog, first?: Role): Promise<[Role, Role] | undefined> {
  const left = first ?? (await pickRole(catalog, { title: 'Compare Roles (1/2)', placeholder: 'Type a job title — alternate titles and typos are fine' }));
  if (!left) return undefined;
  if (catalog.roles.length < 2) {
    void vscode.window.showInformationMessage('Career Compare: there is no other role to compare with.');
    return undefined;
  }
  const right = await pickRole(catalog, {
    title: first ? `Compare ${left.title} with…` : 'Compare Roles (2/2)',
    placeholder: 'Choose the role to compare with',
    exclude: new Set([left.id]),
  });
  return right ? [left, right] : undefined;
}
