// axe-core (Deque's maintained accessibility engine) inside the comparison
// webview's own document. The webview's CSP allows no script but our nonce'd
// bundle, so the engine's source is evaluated through the DevTools protocol
// (Playwright's frame.evaluate of a string), which page CSP does not govern:
// nothing about the page is loosened for the test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The comparison webview's inner document as a Playwright Frame (evaluate needs a Frame, not a FrameLocator). */
export async function webviewFrame(page) {
  const host = await page.locator('iframe.webview.ready').elementHandle();
  const outer = await host.contentFrame();
  const inner = await (await outer.locator('#active-frame').elementHandle()).contentFrame();
  if (!inner) throw new Error('the comparison webview has no document');
  return inner;
}

/**
 * Runs axe's WCAG A/AA rules on the comparison webview and returns
 * { counts: { critical, serious, moderate, minor }, passes, violations: [{ id, impact, help, nodes: [html…] }] }.
 */
export async function runAxe(page) {
  const frame = await webviewFrame(page);
  if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(`(() => { ${AXE_SOURCE}\n})()`);
  const result = await frame.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of result.violations) counts[v.impact] += v.nodes.length;
  return {
    counts,
    passes: result.passes.length,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.html.slice(0, 160)),
    })),
  };
}

/** One line for the test output: "dark / official comparison: 0 critical, 0 serious, 0 moderate, 0 minor (27 rules passed)". */
export function describeAxe(label, { counts, passes, violations }) {
  const severities = `${counts.critical} critical, ${counts.serious} serious, ${counts.moderate} moderate, ${counts.minor} minor`;
  const line = `${label}: ${severities} (${passes} rules passed)`;
  const detail = violations.map((v) => `\n      ${v.impact} ${v.id}: ${v.help} — ${v.nodes.length} × ${v.nodes[0]}`).join('');
  return line + detail;
}
