import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, makeNonce, webviewHtml } from '../../src/host/panels/webviewHtml';

describe('webview HTML and CSP', () => {
  const input = {
    cspSource: "'self' https://*.vscode-cdn.net",
    nonce: 'abc123',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview-styles.css',
    title: 'A vs "B" <c>',
  };

  it('allows nothing by default, scripts only by nonce, styles only from the asset source', () => {
    const csp = contentSecurityPolicy(input);
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
    assert.match(csp, /style-src 'self' https:\/\/\*\.vscode-cdn\.net 'nonce-abc123'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  it('lets no injected <base> or <form> redirect links or posts (issue 17)', () => {
    const csp = contentSecurityPolicy(input);
    assert.match(csp, /(^|; )base-uri 'none'(;|$)/);
    assert.match(csp, /(^|; )form-action 'none'(;|$)/);
  });

  it('loads the script with the nonce, has no inline handlers and escapes the title', () => {
    const html = webviewHtml(input);
    assert.match(html, /<script type="module" nonce="abc123" src="https:\/\/file\+\.vscode-resource[^"]+webview\.js"><\/script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.match(html, /<title>A vs &quot;B&quot; &lt;c&gt;<\/title>/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<meta property="csp-nonce" content="abc123">/);
  });

  it('has a polite status region for announcements, outside the content that re-renders', () => {
    const html = webviewHtml(input);
    assert.match(html, /<div id="announcer" class="visually-hidden" role="status" aria-live="polite"><\/div>/);
    // The content itself is not live: re-rendering it must not read the whole page aloud.
    assert.doesNotMatch(html, /<main[^>]*aria-live/);
  });

  it('carries the first view as a JSON data block that no text in it can end (issue 19)', () => {
    const message = { type: 'error' as const, message: 'a </script><script>alert(1)</script> <!-- and </SCRIPT > \u2028' };
    const html = webviewHtml({ ...input, initial: message });
    const blocks = [...html.matchAll(/<script type="application\/json" id="initial-view">([^<]*)<\/script>/g)];
    assert.equal(blocks.length, 1, html);
    assert.deepEqual(JSON.parse(blocks[0][1]), message);
    // Only our bundle runs; the data block is one more <script> element, never executed.
    assert.equal((html.match(/<script/gi) ?? []).length, 2);
    assert.doesNotMatch(webviewHtml(input), /initial-view/);
  });

  it('makes a fresh 32-character nonce each time', () => {
    const a = makeNonce();
    const b = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(a, b);
  });
});
