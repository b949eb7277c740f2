// Webview entry: the bridge's webview end. Says "ready", validates every
// message from the host, draws each page whole, sends the user's intents and
// reports when a page is painted.
import './zodJitless';
import { parseToWebview, type FromWebview, type WebviewState } from '../src/protocol/messages';
import { messageTooLarge } from '../src/protocol/size';
import { oneLine } from '../src/util/safeText';
import { markContextMenu } from './contextMenu';
import { PagePlace } from './pagePlace';
import { renderError, showPage, type RenderActions } from './render/page';
import { registerToolkit } from './toolkit';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: WebviewState): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
registerToolkit();
markContextMenu(document.body);

// A problem report is cut to one log line's length: the host would drop a longer one.
const post = (message: FromWebview) =>
  vscode.postMessage(message.type === 'problem' ? { type: 'problem', message: oneLine(message.message) } : message);
const place = new PagePlace(vscode, root, (problem) => post({ type: 'problem', message: problem }));

/** Every control's intent, as the message that carries it to the host. */
const actions: RenderActions = {
  replace: (column, roleId) => post({ type: 'replace', column, roleId }),
  remove: (column) => post({ type: 'remove', column }),
  add: (roleId) => post(roleId === undefined ? { type: 'add' } : { type: 'add', roleId }),
  swap: () => post({ type: 'swap' }),
  search: (column) => post({ type: 'search', column }),
  toggleFavourite: (roleId) => post({ type: 'toggleFavourite', roleId }),
  openRole: (roleId) => post({ type: 'openRole', roleId }),
  compareWith: (roleId) => post({ type: 'compareWith', roleId }),
  downloadDescriptions: () => post({ type: 'downloadDescriptions' }),
  planMove: (from, to) => post({ type: 'planMove', from, to }),
  openOfficialPage: (roleId, site) => post({ type: 'openOfficialPage', roleId, site }),
};

function receive(data: unknown): void {
  const arrived = performance.now();
  // Size first: a huge message is refused before validation spends time on it.
  const tooLarge = messageTooLarge(data);
  if (tooLarge) {
    post({ type: 'problem', message: `dropped a message from the host: ${tooLarge}` });
    return;
  }
  const parsed = parseToWebview(data);
  if (!parsed.ok) {
    post({ type: 'problem', message: parsed.error });
    return;
  }
  const message = parsed.message;
  if (message.type === 'error') {
    renderError(root, message.message);
    return;
  }
  const painted = showPage(root, message.page, actions);
  if (!painted.ok) {
    post({ type: 'problem', message: painted.error });
    return;
  }
  const roleIds = message.page.view.roles.map((r) => r.id);
  place.painted(roleIds);
  // Two frames: the first runs before layout, the second after the paint.
  requestAnimationFrame(() => requestAnimationFrame(() => post({ type: 'rendered', roleIds, paintMs: performance.now() - arrived })));
}

window.addEventListener('message', (event: MessageEvent) => {
  try {
    receive(event.data);
  } catch (err) {
    post({ type: 'problem', message: `webview error while handling a message: ${err instanceof Error ? err.message : 'unknown'}` });
  }
});

window.addEventListener('error', (event) => post({ type: 'problem', message: `webview error: ${event.message}` }));
document.addEventListener('securitypolicyviolation', (event) =>
  post({ type: 'problem', message: `CSP blocked ${event.violatedDirective}: ${event.blockedURI || event.sample || 'inline'}` }),
);

post({ type: 'ready' });
