// Codicons: the workbench's icon font (@vscode/codicons, bundled into the
// webview's stylesheet and served from the extension's dist folder).
import { el } from './dom';

/** A codicon, hidden from screen readers: the control's label or the text beside it says the same. */
export function codicon(name: string): HTMLElement {
  const icon = el('span', `codicon codicon-${name}`);
  icon.setAttribute('aria-hidden', 'true');
  return icon;
}
