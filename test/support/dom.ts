// A DOM in Node (jsdom) for rendering the webview's code in unit and fuzz
// tests: the real renderer and the real toolkit components, without a browser.
import { JSDOM } from 'jsdom';

let installed: JSDOM | undefined;

/** Installs a window's globals once (document, customElements, HTMLElement…) and returns the window. */
export function installDom(): Window {
  if (installed) return installed.window as unknown as Window;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://webview.test/', pretendToBeVisual: true });
  // jsdom has no media queries; the toolkit asks for forced colours once at load.
  dom.window.matchMedia = ((media: string) => ({
    matches: false,
    media,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof dom.window.matchMedia;
  const g = globalThis as Record<string, unknown>;
  const w = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(w)) {
    if (key in g) continue;
    try {
      g[key] = w[key];
    } catch {
      // Some getters only work on the window itself.
    }
  }
  // Node has its own Event classes; the DOM's dispatchEvent only takes the window's.
  for (const key of ['Event', 'CustomEvent', 'EventTarget', 'MessageEvent']) g[key] = w[key];
  g.window = dom.window;
  g.document = dom.window.document;
  installed = dom;
  return dom.window as unknown as Window;
}
