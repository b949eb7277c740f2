// A whole page (src/protocol/page.ts) for a view, as the host builds it: for
// tests that draw a page or send it across the bridge.
import { buildPage, type PageInput } from '../../src/compare/page';
import type { ComparisonView } from '../../src/protocol/comparisonView';
import type { Page, Picker } from '../../src/protocol/page';

/** The page of `view`: its pickers, and the page options a test needs (official roles, favourites, fixed columns). */
export function pageOf(view: ComparisonView, pickers: Picker[] = [], options: Partial<Omit<PageInput, 'view' | 'pickers'>> = {}): Page {
  return buildPage({ view, pickers, roles: view.roles, ...options });
}
