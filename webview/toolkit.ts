// The only module that knows about @vscode/webview-ui-toolkit. Upstream
// deprecated the toolkit in January 2025; moving to a maintained library
// means rewriting this file and nothing else.
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

export function createButton(label: string, onClick: () => void, options: { secondary?: boolean; title?: string } = {}): HTMLElement {
  const button = document.createElement('vscode-button');
  button.textContent = label;
  if (options.secondary) button.setAttribute('appearance', 'secondary');
  if (options.title) {
    button.setAttribute('title', options.title);
    button.setAttribute('aria-label', options.title);
  }
  button.addEventListener('click', onClick);
  return button;
}

export function setButtonLabel(button: HTMLElement, label: string): void {
  button.textContent = label;
}

export interface PickerOption {
  value: string;
  label: string;
}

/** A dropdown of choices; `onChange` gets the chosen value. */
export function createPicker(label: string, options: PickerOption[], selected: string, onChange: (value: string) => void): HTMLElement {
  const dropdown = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  dropdown.setAttribute('aria-label', label);
  for (const option of options) {
    const el = document.createElement('vscode-option') as HTMLElement & { value: string };
    el.setAttribute('value', option.value);
    el.textContent = option.label;
    if (option.value === selected) el.setAttribute('selected', '');
    dropdown.appendChild(el);
  }
  dropdown.addEventListener('change', () => onChange(dropdown.value));
  return dropdown;
}

export function setPickerValue(picker: HTMLElement, value: string): void {
  (picker as HTMLElement & { value: string }).value = value;
}

/**
 * A plain <hr> between sections: the toolkit's divider carries role="presentation"
 * with aria-orientation, which ARIA forbids (axe: aria-allowed-attr, critical).
 */
export function createDivider(): HTMLElement {
  const divider = document.createElement('hr');
  divider.className = 'divider';
  return divider;
}

export function createBadge(text: string, label: string): HTMLElement {
  const badge = document.createElement('vscode-badge');
  badge.textContent = text;
  badge.setAttribute('aria-label', label);
  return badge;
}
