// Defines the toolkit components the page uses (see toolkit.ts), once the
// first page is painted.
import { provideVSCodeDesignSystem, vsCodeBadge, vsCodeButton, vsCodeDropdown, vsCodeOption } from '@vscode/webview-ui-toolkit';
import { DOM } from '@microsoft/fast-element';

let registered = false;

/**
 * FAST (under the toolkit) compiles templates through innerHTML, and the
 * badge's template binds `style="${…}"`: parsing that placeholder is an
 * inline style attribute, which our CSP blocks and logs. The binding only
 * serves the badge's `fill`/`color` attributes, which we never set, so the
 * template policy drops style attributes that hold nothing but a placeholder.
 */
const STYLE_PLACEHOLDER = /\sstyle="fast-[a-z0-9]+\{\d+\}fast-[a-z0-9]+"/g;

/** Registers only the components we use: the toolkit is most of the bundle's weight. */
export function registerToolkit(): void {
  if (registered) return;
  DOM.setHTMLPolicy({ createHTML: (html: string) => html.replace(STYLE_PLACEHOLDER, '') });
  provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodeBadge());
  registered = true;
}
