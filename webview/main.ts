// Webview entry: the bridge's webview end. Says "ready", validates every
// message from the host, renders, and reports when the comparison is painted.
import './zodJitless';
import { parseToWebview, type FromWebview, type WebviewState } from '../src/protocol/messages';
import { renderComparison, renderError } from './render';
import { registerToolkit } from './toolkit';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
registerToolkit();

const post = (message: FromWebview) => vscode.postMessage(message);

window.addEventListener('message', (event: MessageEvent) => {
  const arrived = performance.now();
  const parsed = parseToWebview(event.data);
  if (!parsed.ok) {
    post({ type: 'problem', message: parsed.error });
    return;
  }
  const message = parsed.message;
  if (message.type === 'error') {
    renderError(root, message.message);
    return;
  }
  const roleIds = message.view.roles.map((r) => r.id);
  renderComparison(root, message.view, message.pickers, {
    select: (ids) => post({ type: 'select', roleIds: ids }),
    swap: () => post({ type: 'swap' }),
    search: (column) => post({ type: 'search', column }),
    openRole: (roleId) => post({ type: 'openRole', roleId }),
    compareWith: (roleId) => post({ type: 'compareWith', roleId }),
  });
  vscode.setState({ roleIds });
  // Two frames: the first runs before layout, the second after the paint.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => post({ type: 'rendered', roleIds, paintMs: performance.now() - arrived })),
  );
});

window.addEventListener('error', (event) => post({ type: 'problem', message: `webview error: ${event.message}` }));
document.addEventListener('securitypolicyviolation', (event) =>
  post({ type: 'problem', message: `CSP blocked ${event.violatedDirective}: ${event.blockedURI || event.sample || 'inline'}` }),
);

post({ type: 'ready' });
