// The comparison webview's HTML shell. Pure (no vscode import) so its
// Content-Security-Policy is unit-tested: nothing runs but our nonce'd
// bundle, styles come only from our own asset root, nothing else loads.
import { INITIAL_VIEW_ID, initialViewJson } from '../../protocol/initialView';
import type { ToWebview } from '../../protocol/messages';

export interface WebviewHtmlInput {
  /** `webview.cspSource`: the origin our asset URIs are served from. */
  cspSource: string;
  /** Fresh for every load of the HTML. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  /** The first view, drawn without waiting for the host (see src/protocol/initialView.ts). */
  initial?: ToWebview;
}

export function contentSecurityPolicy({ cspSource, nonce }: Pick<WebviewHtmlInput, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    // The nonce lets the toolkit's one probe <style> element (FAST's :focus-visible
    // check, which reads the nonce from <meta property="csp-nonce">) through.
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    // An injected <base> or <form> could send links or posts elsewhere; neither is ever needed.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function webviewHtml(input: WebviewHtmlInput): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(input))}">
<meta property="csp-nonce" content="${escapeAttr(input.nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(input.styleUri)}">
<title>${escapeAttr(input.title)}</title>
</head>
<body>
<main id="app"><p class="loading">Loading comparison…</p></main>${
    input.initial ? `\n<script type="application/json" id="${INITIAL_VIEW_ID}">${initialViewJson(input.initial)}</script>` : ''
  }
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<script type="module" nonce="${escapeAttr(input.nonce)}" src="${escapeAttr(input.scriptUri)}"></script>
</body>
</html>`;
}

/** 32 random alphanumerics from a CSPRNG. */
export function makeNonce(random: (length: number) => Uint8Array = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n))): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(random(32), (b) => alphabet[b % alphabet.length]).join('');
}
