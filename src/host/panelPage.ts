// What the comparison panel and the skill-gap panel share: one webview bundle
// and HTML shell served from one asset root, size-checked posting, and
// handlers whose failures are logged. Each panel keeps its own state and
// decides what its messages mean.
import * as vscode from 'vscode';
import type { ToWebview } from '../protocol/messages';
import { messageTooLarge } from '../protocol/size';
import { log } from './log';
import { makeNonce, webviewHtml } from './webviewHtml';

/** The only folder a panel's webview may load files from. */
export function assetRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist');
}

/** Scripts on; files only from the asset root. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [assetRoot(extensionUri)] };
}

/** Gives a panel its icon and a fresh page (a new nonce) that loads our bundle and styles. */
export function loadPage(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): void {
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'compare.svg');
  const webview = panel.webview;
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(assetRoot(extensionUri), name)).toString();
  webview.html = webviewHtml({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: asset('webview.js'),
    styleUri: asset('webview-styles.css'),
    title: panel.title,
  });
}

/** Runs a handler's work, logging a failure with what was being done instead of dropping it. */
export function runLogged(task: PromiseLike<unknown>, what: string): void {
  Promise.resolve(task).catch((err: unknown) => log().error(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`));
}

/**
 * Posts within the bridge's size limit: an oversized message becomes an error
 * the user sees. `page` names the panel in logs and that error ("comparison").
 */
export function postChecked(panel: vscode.WebviewPanel, message: ToWebview, page: string): void {
  const tooLarge = messageTooLarge(message);
  if (tooLarge) {
    log().error(`Did not post "${message.type}" to the ${page}: ${tooLarge}.`);
    message = { type: 'error', message: `This ${page} is too large to show: ${tooLarge}.` };
  }
  panel.webview.postMessage(message).then(
    (delivered) => delivered || log().debug(`Message "${message.type}" not delivered to the ${page} (webview not live).`),
    (err: unknown) => log().warn(`Posting "${message.type}" to the ${page} failed: ${String(err)}`),
  );
}
