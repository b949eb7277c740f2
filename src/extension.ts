// Wiring only: builds the parts and registers them with VS Code. Nothing is
// loaded here; the role data loads when a view, command or panel first needs it.
import * as vscode from 'vscode';
import { FAVOURITES_KEY, FavouritesStore } from './host/data/favourites';
import { ProfileStore } from './host/data/profileStore';
import { RecentsStore } from './host/data/recents';
import { PayWhereStore } from './host/data/payWhere';
import { RoleRepository } from './host/data/roleRepository';
import { registerPayCommands } from './host/pay/payCommands';
import { registerExportCommands } from './host/export/exportCommands';
import { HoverController } from './host/hover/hover';
import { registerHoverToggle } from './host/hover/hoverToggle';
import { registerMetroCommands } from './host/official-data/metroCommands';
import { registerOnetCommands } from './host/official-data/onetCommands';
import { registerComparisonCommands } from './host/panels/comparisonCommands';
import { ComparisonPanelController } from './host/panels/comparisonPanel';
import { registerMoveCommands } from './host/panels/moveCommands';
import { MovePanelController } from './host/panels/movePanel';
import { registerPathCommands } from './host/panels/pathCommands';
import { PathPanelController } from './host/panels/pathPanel';
import { useFavouritesInPickers } from './host/pickers/favouriteButtons';
import { BrowseStateStore } from './host/roles-view/browseState';
import { registerRolesBrowser } from './host/roles-view/rolesBrowser';
import { RolesTreeProvider } from './host/roles-view/rolesTree';
import { VIEWS } from './host/shared/ids';
import { registerLog, runLogged } from './host/shared/log';
import { platform } from './host/shared/platform';
import { hasNodeProcess, recordActivation } from './host/shared/runtime';
import { legacyBrowseValues } from './host/shared/settings';
import { registerUserRoles } from './host/your-roles/userRoleCommands';
import type { UserRoleFiles } from './host/your-roles/userRoles';
import { pushAll } from './util/arrays';

/** What activate returns: used by the integration tests and the benchmark. */
export interface CareerCompareApi {
  repository: RoleRepository;
  panel: ComparisonPanelController;
  tree: RolesTreeProvider;
  /** The "From A to B" skill gap panel. */
  moves: MovePanelController;
  /** The career paths panel: "Paths from A to B" and "Moves from A". */
  paths: PathPanelController;
  /** The user's own role files ("Your Roles"). */
  userRoles: UserRoleFiles;
  /** Hover cards on job titles in documents. */
  hover: HoverController;
  /** The Roles view's sort, grouping, filter and open groups. */
  browseState: BrowseStateStore;
  /** Starred roles (the Roles view's Favourites). */
  favourites: FavouritesStore;
  /** The last comparisons shown (the Roles view's Recent Comparisons). */
  recents: RecentsStore;
  /** The chosen state, the user's pay and the state figures. */
  pay: PayWhereStore;
  /** How long activate() itself took, in ms (the benchmark reports it). */
  activateMs: number;
  /** Which build runs ('node' or 'web'), and whether the host has a Node process (measured). */
  runtime: { build: 'node' | 'web'; nodeProcess: boolean };
}

export function activate(context: vscode.ExtensionContext): CareerCompareApi {
  const started = performance.now();
  const dataRoot = vscode.Uri.joinPath(context.extensionUri, 'data');
  const subscriptions = context.subscriptions;

  // What the host loads and keeps.
  const repository = new RoleRepository(dataRoot, context.globalStorageUri);
  const profiles = new ProfileStore(dataRoot);
  const favourites = new FavouritesStore(context.globalState);
  const recents = new RecentsStore(context.globalState);
  // Your pay is never synced: it stays on this machine.
  const pay = new PayWhereStore(dataRoot, context.globalState);
  context.globalState.setKeysForSync([FAVOURITES_KEY]);
  pushAll(subscriptions, [repository, favourites, recents, pay, useFavouritesInPickers(favourites)]);

  // The panels and their commands.
  const panel = new ComparisonPanelController(context.extensionUri, repository, profiles, favourites, pay);
  const moves = new MovePanelController(context.extensionUri, repository, profiles);
  const paths = new PathPanelController(context.extensionUri, repository, profiles, panel, context.workspaceState);
  pushAll(subscriptions, [panel, moves, paths]);
  pushAll(subscriptions, registerComparisonCommands(repository, panel));
  pushAll(subscriptions, registerMoveCommands(repository, moves));
  pushAll(subscriptions, registerPathCommands(repository, paths));
  pushAll(subscriptions, registerExportCommands(panel, paths));
  pushAll(subscriptions, registerPayCommands(pay));

  // The Roles view; every comparison and path page shown becomes a recent one.
  const state = new BrowseStateStore(context.globalState, context.workspaceState, legacyBrowseValues);
  const tree = new RolesTreeProvider(repository, { state, favourites, recents, pay });
  const treeView = vscode.window.createTreeView(VIEWS.roles, { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(treeView);
  pushAll(subscriptions, [state, tree, treeView]);
  pushAll(subscriptions, registerRolesBrowser({ repository, tree, favourites, recents, state }));
  subscriptions.push(panel.onDidShow((roleIds) => runLogged(recents.record(roleIds), 'record a recent comparison')));
  subscriptions.push(
    paths.onDidShow((roleIds) => runLogged(recents.record(roleIds, roleIds.length === 2 ? 'paths' : 'moves'), 'record a recent path page')),
  );

  // Your own role files, hover cards, imported official data (O*NET's prose, BLS's metro figures).
  const userRoles = registerUserRoles(repository, context.extensionUri);
  pushAll(subscriptions, userRoles.disposables);
  const hover = new HoverController(repository, context.globalState, pay);
  subscriptions.push(hover);
  pushAll(subscriptions, registerHoverToggle());
  pushAll(subscriptions, registerOnetCommands(repository));
  pushAll(subscriptions, registerMetroCommands(repository));
  // Last: the log channel outlives everything that may still log while it is disposed.
  pushAll(subscriptions, registerLog());

  const activateMs = performance.now() - started;
  recordActivation(activateMs);
  return {
    repository,
    panel,
    tree,
    moves,
    paths,
    hover,
    browseState: state,
    favourites,
    recents,
    pay,
    userRoles: userRoles.userRoles,
    activateMs,
    runtime: { build: platform.build, nodeProcess: hasNodeProcess() },
  };
}

export function deactivate(): void {}
