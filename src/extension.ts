// Wiring only: builds the parts and registers them with VS Code. Nothing is
// loaded here; the role data loads when a view, command or panel first needs it.
import * as vscode from 'vscode';
import { ComparisonPanelController, COMPARISON_VIEW_TYPE } from './host/comparisonPanel';
import { registerCommands } from './host/commands';
import { disposeLog, log } from './host/log';
import { RoleRepository } from './host/roleRepository';
import { FavouritesStore, FAVOURITES_KEY } from './host/favourites';
import { RecentsStore } from './host/recents';
import { currentBrowseSettings, registerRolesBrowser } from './host/rolesBrowser';
import { RolesTreeProvider } from './host/rolesTree';
import { useFavouritesInPickers } from './host/favouriteButtons';
import { pushAll } from './util/arrays';

/** What activate returns: used by the integration tests and the benchmark. */
export interface CareerCompareApi {
  repository: RoleRepository;
  panel: ComparisonPanelController;
  tree: RolesTreeProvider;
  favourites: FavouritesStore;
  recents: RecentsStore;
  /** How long activate() itself took, in ms (the benchmark reports it). */
  activateMs: number;
}

export function activate(context: vscode.ExtensionContext): CareerCompareApi {
  const started = performance.now();
  const repository = new RoleRepository(vscode.Uri.joinPath(context.extensionUri, 'data'), context.globalStorageUri);
  const panel = new ComparisonPanelController(context.extensionUri, repository);
  const favourites = new FavouritesStore(context.globalState);
  const recents = new RecentsStore(context.globalState);
  context.globalState.setKeysForSync([FAVOURITES_KEY]);
  const tree = new RolesTreeProvider(repository, { settings: currentBrowseSettings, favourites, recents });
  const treeView = vscode.window.createTreeView('careerCompare.roles', { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(treeView);
  context.subscriptions.push(
    repository,
    panel,
    tree,
    favourites,
    recents,
    treeView,
    useFavouritesInPickers(favourites),
    vscode.window.registerWebviewPanelSerializer(COMPARISON_VIEW_TYPE, {
      deserializeWebviewPanel: (webviewPanel, state) => panel.restore(webviewPanel, state),
    }),
    { dispose: disposeLog },
  );
  pushAll(
    context.subscriptions,
    registerCommands(repository, panel, () => log().show()),
  );
  pushAll(context.subscriptions, registerRolesBrowser({ repository, panel, tree, favourites, recents }));
  return { repository, panel, tree, favourites, recents, activateMs: performance.now() - started };
}

export function deactivate(): void {}
