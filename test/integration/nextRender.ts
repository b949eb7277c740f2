// Waiting for the webview's own word that it painted: the integration suites
// assert on what was drawn, never after a fixed pause.
import type { CareerCompareApi } from '../../src/extension';

/** Resolves with the paint time of the next paint the webview reports for these role ids. */
export function nextRender(a: CareerCompareApi, roleIds: string[], timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the webview did not report painting ${roleIds.join(', ')} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = a.panel.onDidRender((e) => {
      if (e.roleIds.join() !== roleIds.join()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e.paintMs);
    });
  });
}
