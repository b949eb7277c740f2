// Webview entry: the bridge's webview end. Draws the first page its HTML
// carries (validated like any message) without waiting for the host, says
// "ready", validates every message from the host, draws each page whole,
// sends the user's intents and reports when a page is painted. The UI
// toolkit's components are loaded after the first paint.
import './zodJitless';
import { parseToWebview, type FromWebview, type WebviewState } from '../src/protocol/messages';
import { INITIAL_VIEW_ID } from '../src/protocol/initialView';
import { messageTooLarge } from '../src/protocol/size';
import { oneLine } from '../src/util/safeText';
import { markContextMenu } from './contextMenu';
import { PagePlace } from './pagePlace';
import { renderError, showPage, type RenderActions } from './render/page';
import { takeMapMs } from './render/sections';
import { loadToolkit } from './toolkit';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: WebviewState): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const started = performance.now();
const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
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
  chooseState: () => post({ type: 'chooseState' }),
  openRole: (roleId) => post({ type: 'openRole', roleId }),
  compareWith: (roleId) => post({ type: 'compareWith', roleId }),
  downloadDescriptions: () => post({ type: 'downloadDescriptions' }),
  planMove: (from, to) => post({ type: 'planMove', from, to }),
  planStep: (from, to) => post({ type: 'planStep', from, to }),
  addToComparison: (roleId) => post({ type: 'addToComparison', roleId }),
  setExploreFilter: (filter, on) => post({ type: 'setExploreFilter', filter, on }),
  openOfficialPage: (roleId, site) => post({ type: 'openOfficialPage', roleId, site }),
};

/** Draws one message from the host; true when it painted a page. `arrived`: when it came (for the paint time). */
function receive(data: unknown, arrived = performance.now()): boolean {
  // Size first: a huge message is refused before validation spends time on it.
  const tooLarge = messageTooLarge(data);
  if (tooLarge) {
    post({ type: 'problem', message: `dropped a message from the host: ${tooLarge}` });
    return false;
  }
  const parsed = parseToWebview(data);
  if (!parsed.ok) {
    post({ type: 'problem', message: parsed.error });
    return false;
  }
  const message = parsed.message;
  if (message.type === 'error') {
    renderError(root, message.message);
    return false;
  }
  const painted = showPage(root, message.page, actions);
  if (!painted.ok) {
    post({ type: 'problem', message: painted.error });
    return false;
  }
  const roleIds = message.page.view.roles.map((r) => r.id);
  place.painted(roleIds);
  // Two frames: the first runs before layout, the second after the paint.
  const mapMs = takeMapMs();
  const report = (paintMs: number) => (mapMs === undefined ? { paintMs } : { paintMs, mapMs });
  requestAnimationFrame(() => requestAnimationFrame(() => post({ type: 'rendered', roleIds, ...report(performance.now() - arrived) })));
  return true;
}

/**
 * The page a new panel's HTML carries, drawn at once. Only on the webview's
 * first load: after that (a hidden tab shown again reloads the same HTML)
 * the saved state says the page may have changed since, so the host's is awaited.
 */
function drawInitial(): boolean {
  const text = document.getElementById(INITIAL_VIEW_ID)?.textContent;
  if (!text || vscode.getState() != null) return false;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    post({ type: 'problem', message: 'the first view in the HTML is not valid JSON' });
    return false;
  }
  return receive(data, started);
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

post({ type: 'ready', painted: drawInitial() });
// After the first paint: the components upgrade in place.
requestAnimationFrame(() => setTimeout(() => loadToolkit((problem) => post({ type: 'problem', message: problem }))));
