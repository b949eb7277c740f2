// Role pickers: a quick pick that searches titles and ~55,000 alternate
// titles (typo-, case- and word-order-tolerant) through the prebuilt search
// index. A picker opens at once; while the catalog and the index load (the
// first time in a window) it shows as busy, and what was typed meanwhile is
// answered as soon as they are in.
import * as vscode from 'vscode';
import { formatWage } from '../../format/format';
import type { RoleSummary } from '../../model/summary';
import { favouriteButtons, onFavouriteButton } from './favouriteButtons';
import { log } from '../shared/log';
import type { RoleRepository } from '../data/roleRepository';

interface RoleItem extends vscode.QuickPickItem {
  role: RoleSummary;
}

const MAX_HITS = 50;

function summary(role: RoleSummary): string {
  return [role.category, role.pay?.yearly !== undefined ? formatWage(role.pay.yearly) : undefined].filter(Boolean).join(' · ');
}

export interface PickOptions {
  title: string;
  placeholder: string;
  /** Role ids not to offer (the role already chosen). */
  exclude?: ReadonlySet<string>;
}

function itemOf(role: RoleSummary): RoleItem {
  return { label: role.title, description: summary(role), role, buttons: favouriteButtons(role.id) };
}

export async function pickRole(repository: RoleRepository, options: PickOptions): Promise<RoleSummary | undefined> {
  const pick = vscode.window.createQuickPick<RoleItem>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = false;
  // Focus that comes back late to the comparison webview (after the command palette closed, on a busy
  // machine) would otherwise close the picker before the user sees it; Escape still closes it.
  pick.ignoreFocusOut = true;
  let all: RoleItem[] | undefined;
  const update = async (value: string) => {
    if (value.trim() === '') {
      if (all) pick.items = all;
      return;
    }
    // Waits for the index while it loads. Each hit with its summary from the index's own catalog.
    const found = await repository.searchRoles(value, MAX_HITS + (options.exclude?.size ?? 0));
    if (pick.value !== value) return; // a later keystroke's answer takes over
    const hits = found.filter(({ hit }) => !options.exclude?.has(hit.roleId)).slice(0, MAX_HITS);
    // alwaysShow: our index has already matched (alternate titles, typos); VS Code's own label filter must not hide them.
    pick.items = hits.map(({ hit, role }) => ({
      ...itemOf(role),
      description: hit.viaAlternate ? `also “${hit.matched}”` : summary(role),
      detail: hit.viaAlternate ? summary(role) : undefined,
      alwaysShow: true,
    }));
  };
  const search = (value: string) =>
    update(value).catch((err: unknown) => log().error(`Search for ${JSON.stringify(value)} failed: ${String(err)}`));
  return new Promise((resolve) => {
    let chosen: RoleSummary | undefined;
    pick.onDidChangeValue(search);
    pick.onDidTriggerItemButton((e) => onFavouriteButton(pick, e.item));
    pick.onDidAccept(() => {
      // Enter pressed as results arrive can leave no selection: take the highlighted row; with none yet, stay open.
      chosen = (pick.selectedItems[0] ?? pick.activeItems[0])?.role;
      if (chosen) pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.busy = true;
    pick.show();
    Promise.all([repository.catalog(), repository.searchReady()])
      .then(([catalog]) => {
        all = catalog.roles.filter((r) => !options.exclude?.has(r.id)).map(itemOf);
        pick.busy = false;
        return search(pick.value);
      })
      .catch((err: unknown) => {
        log().error(`Loading the roles for "${options.title}" failed: ${String(err)}`);
        void vscode.window.showErrorMessage('Career Compare: the roles could not be loaded (see the Career Compare log).');
        pick.hide();
      });
  });
}

/** First role, then a second that leaves out the first. */
export async function pickTwoRoles(repository: RoleRepository, first?: RoleSummary): Promise<[RoleSummary, RoleSummary] | undefined> {
  const left =
    first ??
    (await pickRole(repository, { title: 'Compare Roles (1/2)', placeholder: 'Type a job title — alternate titles and typos are fine' }));
  if (!left) return undefined;
  if ((await repository.catalog()).roles.length < 2) {
    void vscode.window.showInformationMessage('Career Compare: there is no other role to compare with.');
    return undefined;
  }
  const right = await pickRole(repository, {
    title: first ? `Compare ${left.title} with…` : 'Compare Roles (2/2)',
    placeholder: 'Choose the role to compare with',
    exclude: new Set([left.id]),
  });
  return right ? [left, right] : undefined;
}
