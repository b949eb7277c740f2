// The star button on the role pickers' items: one click stars or unstars the
// role without closing the picker. The favourites store is set at activation.
import * as vscode from 'vscode';
import type { FavouritesStore } from '../data/favourites';
import { log } from '../shared/log';

let store: FavouritesStore | undefined;

/** Gives the pickers the favourites store; disposing takes it back. */
export function useFavouritesInPickers(favourites: FavouritesStore): vscode.Disposable {
  store = favourites;
  return { dispose: () => (store = store === favourites ? undefined : store) };
}

const button = (starred: boolean): vscode.QuickInputButton => ({
  iconPath: new vscode.ThemeIcon(starred ? 'star-full' : 'star-empty'),
  tooltip: starred ? 'Remove from Favourites' : 'Add to Favourites',
});

/** The buttons a role's item carries: its star, filled when it is a favourite (none before activation). */
export function favouriteButtons(roleId: string): vscode.QuickInputButton[] {
  return store ? [button(store.has(roleId))] : [];
}

/** Toggles the role of a clicked star and redraws that item's button in place. */
export function onFavouriteButton<T extends vscode.QuickPickItem & { role: { id: string } }>(pick: vscode.QuickPick<T>, item: T): void {
  const favourites = store;
  if (!favourites) return;
  favourites
    .toggle(item.role.id)
    .then((starred) => {
      item.buttons = [button(starred)];
      // Reassigning the items redraws the buttons; the active row stays where it was.
      const active = pick.activeItems;
      pick.items = [...pick.items];
      pick.activeItems = active;
    })
    .catch((err: unknown) => log().error(`Could not star ${item.role.id} from the picker: ${String(err)}`));
}
