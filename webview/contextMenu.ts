// The page's right-click menu: VS Code reads `data-vscode-context` from the
// clicked element and its ancestors, and shows the `webview/context` menu
// items whose `when` matches (package.json: Copy, Save As, Insert at Cursor).

/** The context the menu's `when` clauses test: `webviewSection == 'comparison'`. */
export const COMPARISON_CONTEXT = { webviewSection: 'comparison', preventDefaultContextMenuItems: false } as const;

export function markContextMenu(root: HTMLElement): void {
  root.dataset.vscodeContext = JSON.stringify(COMPARISON_CONTEXT);
}
