// Wiring only: builds the parts and registers them with VS Code. Nothing is
// loaded here; the role data loads when a view, command or panel first needs it.
import * as vscode from 'vscode';
import { ComparisonPanelController, COMPARISON_VIEW_TYPE } from './host/comparisonPanel';
import { registerColumnCommands } from './host/columnCommands';
import { registerCommands } from './host/commands';
import { registerExportCommands } from './host/exportCommands';
import { trackImportedOnet } from './host/onetImportedContext';
import { HoverController } from './host/hover';
import { disposeLog, log } from './host/log';
import { addMoveSections, registerMoveCommands } from './host/moveCommands';
import { MOVE_VIEW_TYPE, MovePanelController } from './host/movePanel';
import { platform } from './host/platform';
import { ProfileStore } from './host/profileStore';
import { RoleRepository } from './host/roleRepository';
import { FavouritesStore, FAVOURITES_KEY } from './host/favourites';
import { RecentsStore } from './host/recents';
import { currentBrowseSettings, registerRolesBrowser } from './host/rolesBrowser';
import { RolesTreeProvider } from './host/rolesTree';
import { hasNodeProcess, recordActivation } from './host/runtime';
import { registerUserRoles } from './host/userRoleCommands';
import type { UserRoleFiles } from './host/userRoles';
import { useFavouritesInPickers } from './host/favouriteButtons';
import { pushAll } from './util/arrays';

/** What activate returns: used by the integration tests and the benchmark. */
export interface CareerCompareApi {
  repository: RoleRepository;
  panel: ComparisonPanelController;
  tree: RolesTreeProvider;
  /** The "From A to B" skill gap panel. */
  moves: MovePanelController;
  /** The user's own role files ("Your Roles"). */
  userRoles: UserRoleFiles;
  /** Hover cards on job titles in documents. */
  hover: HoverController;
  /** Starred roles (the Roles view's Favourites). */
  favourites: FavouritesStore;
  /** The last comparisons shown (the Roles view's Recent Comparisons). */
  recents: RecentsStore;
  /** How long activate() itself took, in ms (the benchmark reports it). */
  activateMs: number;
  /** Which build runs ('node' or 'web'), and whether the host has a Node process (measured). */
  runtime: { build: 'node' | 'web'; nodeProcess: boolean };
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
  const profiles = new ProfileStore(vscode.Uri.joinPath(context.extensionUri, 'data'));
  const moves = new MovePanelController(context.extensionUri, repository, profiles);
  panel.decorate = (view, roles) => addMoveSections(view, roles, repository, profiles);
  const hover = new HoverController(repository);
  context.subscriptions.push(
    repository,
    panel,
    tree,
    hover,
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
  pushAll(context.subscriptions, registerColumnCommands(repository, panel));
  pushAll(context.subscriptions, registerExportCommands(panel));
  context.subscriptions.push(trackImportedOnet(repository));
  context.subscriptions.push(
    moves,
    vscode.window.registerWebviewPanelSerializer(MOVE_VIEW_TYPE, { deserializeWebviewPanel: (p, state) => moves.restore(p, state) }),
  );
  pushAll(context.subscriptions, registerMoveCommands(repository, moves));
  const userRoles = registerUserRoles(repository);
  pushAll(context.subscriptions, userRoles.disposables);
  pushAll(context.subscriptions, registerRolesBrowser({ repository, panel, tree, favourites, recents }));
  const activateMs = performance.now() - started;
  recordActivation(activateMs);
  return {
    repository,
    panel,
    tree,
    moves,
    hover,
    favourites,
    recents,
    userRoles: userRoles.userRoles,
    activateMs,
    runtime: { build: platform.build, nodeProcess: hasNodeProcess() },
  };
}

export function deactivate(): void {}
