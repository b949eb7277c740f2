// The only modules that know about @vscode/webview-ui-toolkit: this one
// makes its elements, toolkitRegister.ts defines them. Upstream deprecated
// the toolkit in January 2025; moving to a maintained library means
// rewriting these two files and nothing else.
//
// The definitions run after the first paint: the page is plain HTML but for
// these elements, which upgrade in place (styles.css keeps them hidden until
// then, so no raw option list flashes). Loading them as a separate chunk
// instead broke the focus ring of the first toolbar button in the keyboard
// tests, so the code stays in the bundle and only its registration waits.
import { registerToolkit } from './toolkitRegister';

/** Registers the toolkit's components once; never throws: `report` hears why it failed. */
export function loadToolkit(report: (problem: string) => void): void {
  try {
    registerToolkit();
  } catch (err) {
    report(`the UI toolkit could not be registered: ${err instanceof Error ? err.message : 'unknown'}`);
  }
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
