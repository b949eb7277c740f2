// Role pickers: a quick pick that searches titles and ~55,000 alternate
// titles (typo-, case- and word-order-tolerant) through the prebuilt search
// index. A picker opens once the catalog and the index are loaded, so every
// keystroke is answered at once.
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

export async function pickRole(repository: RoleRepository, options: PickOptions): Promise<RoleSummary | undefined> {
  const [catalog] = await Promise.all([repository.catalog(), repository.searchReady()]);
  const offered = catalog.roles.filter((r) => !options.exclude?.has(r.id));
  const all: RoleItem[] = offered.map((role) => ({
    label: role.title,
    description: summary(role),
    role,
    buttons: favouriteButtons(role.id),
  }));
  const pick = vscode.window.createQuickPick<RoleItem>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = false;
  // Focus that comes back late to the comparison webview (after the command palette closed, on a busy
  // machine) would otherwise close the picker before the user sees it; Escape still closes it.
  pick.ignoreFocusOut = true;
  pick.items = all;
  const update = async (value: string) => {
    if (value.trim() === '') {
      pick.items = all;
      return;
    }
    // Each hit with its summary from the index's own catalog: the one this picker opened with may be older.
    const found = await repository.searchRoles(value, MAX_HITS + (options.exclude?.size ?? 0));
    if (pick.value !== value) return; // a later keystroke's answer takes over
    const hits = found.filter(({ hit }) => !options.exclude?.has(hit.roleId)).slice(0, MAX_HITS);
    // alwaysShow: our index has already matched (alternate titles, typos); VS Code's own label filter must not hide them.
    pick.items = hits.map(({ hit, role }) => {
      return {
        label: role.title,
        description: hit.viaAlternate ? `also “${hit.matched}”` : summary(role),
        detail: hit.viaAlternate ? summary(role) : undefined,
        alwaysShow: true,
        role,
        buttons: favouriteButtons(role.id),
      };
    });
  };
  return new Promise((resolve) => {
    let chosen: RoleSummary | undefined;
    pick.onDidChangeValue((value) =>
      update(value).catch((err: unknown) => log().error(`Search for ${JSON.stringify(value)} failed: ${String(err)}`)),
    );
    pick.onDidTriggerItemButton((e) => onFavouriteButton(pick, e.item));
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
