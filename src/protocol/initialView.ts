// The first view a new panel's HTML carries: the \`show\` message the host
// would post after "ready", as JSON in a <script type="application/json">
// (a data block: never run, so the CSP needs nothing for it). The webview
// validates it like any message; it saves the round trip of asking for it.
import type { ToWebview } from './messages';

/** The id of the data block in the panel's HTML. */
export const INITIAL_VIEW_ID = 'initial-view';

/** The message as JSON that cannot end or bend the <script> holding it: every "<" is escaped. */
export function initialViewJson(message: ToWebview): string {
  return JSON.stringify(message)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
