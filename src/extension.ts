// Wiring only: builds the parts and registers them with VS Code. Nothing is
// loaded here; the role data loads when a view, command or panel first needs it.
import * as vscode from 'vscode';
import { ComparisonPanelController, COMPARISON_VIEW_TYPE } from './host/comparisonPanel';
import { registerCommands } from './host/commands';
import { HoverController } from './host/hover';
import { disposeLog, log } from './host/log';
import { RoleRepository } from './host/roleRepository';
import { RolesTreeProvider } from './host/rolesTree';
import { pushAll } from './util/arrays';

/** What activate returns: used by the integration tests and the benchmark. */
export interface CareerCompareApi {
  repository: RoleRepository;
  panel: ComparisonPanelController;
  tree: RolesTreeProvider;
  /** Hover cards on job titles in documents. */
  hover: HoverController;
  /** How long activate() itself took, in ms (the benchmark reports it). */
  activateMs: number;
}

export function activate(context: vscode.ExtensionContext): CareerCompareApi {
  const started = performance.now();
  const repository = new RoleRepository(vscode.Uri.joinPath(context.extensionUri, 'data'), context.globalStorageUri);
  const panel = new ComparisonPanelController(context.extensionUri, repository);
  const tree = new RolesTreeProvider(repository);
  const hover = new HoverController(repository);
  context.subscriptions.push(
    repository,
    panel,
    tree,
    hover,
    vscode.window.createTreeView('careerCompare.roles', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.window.registerWebviewPanelSerializer(COMPARISON_VIEW_TYPE, {
      deserializeWebviewPanel: (webviewPanel, state) => panel.restore(webviewPanel, state),
    }),
    { dispose: disposeLog },
  );
  pushAll(
    context.subscriptions,
    registerCommands(repository, panel, () => log().show()),
  );
  return { repository, panel, tree, hover, activateMs: performance.now() - started };
}

export function deactivate(): void {}
