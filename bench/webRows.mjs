// The web build's rows of the bench table: sizes, loading the bundle, and
// activation, data loads and Compare Roles in the web worker extension host
// (bench/webVscode.mjs), measured as the Node rows are.

/**
 * `sessions`: the web bench's results; `nodeFirstBridgeMs`: the Node build's first
 * comparison in its sessions; `summary`, `range`, `kb`, `verdict`, `atMost` as in report.mjs.
 */
export function webRows({ sessions, sizes, loadWebInNode, nodeFirstBridgeMs }, { summary, range, kb, verdict, atMost }) {
  const pick = (fn, list = sessions) => summary(list.map(fn));
  const atOnce = sessions.filter((s) => s.settleMs === 0);
  const settled = sessions.filter((s) => s.settleMs > 0);
  const body = pick((s) => s.activateBodyMs);
  const noNode = sessions.every((s) => s.runtime?.build === 'web' && s.runtime.nodeProcess === false && !s.nodeProcessSeenByTheSuite);
  const loadedAtActivation = sessions.some((s) => s.dataLoadedAtActivation);
  const first = pick((s) => s.compareBridgeMs?.[0]);
  const firstRatio = first.median / nodeFirstBridgeMs.median;
  return [
    ['Web build (web worker extension host): no Node process', String(noNode), 'true', verdict(noNode)],
    ['  bundle, one file, core included', kb(sizes.webBundle), '', ''],
    ['  Node build for comparison: extension.js + core.js', kb(sizes.extensionBundle + sizes.coreBundle), '', ''],
    ['  bundle load in Node, stand-in vscode (ms)', range(loadWebInNode, 1), '', ''],
    ['  our activate() (ms)', range(body, 2), ...atMost(body.median, 10, 'ms')],
    ['  ext.activate() total, at once, as on Node (ms)', range(pick((s) => s.activationTotalMs, atOnce)), '', ''],
    ['  ext.activate() total, workbench settled (ms)', range(pick((s) => s.activationTotalMs, settled)), '', ''],
    ['  data loaded at activation', String(loadedAtActivation), 'false', verdict(!loadedAtActivation)],
    ['  catalog load, first use, core init included (ms)', range(pick((s) => s.catalogLoadMs)), '', ''],
    ['    core init (zod, model), while reading (ms)', range(pick((s) => s.catalogCoreMs)), '', ''],
    ['    files read (workspace.fs) after (ms)', range(pick((s) => s.catalogReadMs)), '', ''],
    ['    then parsing and validation (ms)', range(pick((s) => s.catalogValidateMs)), '', ''],
    ['  search index load (ms)', range(pick((s) => s.searchIndexLoadMs)), '', ''],
    ['  first comparison of the session, cold: Compare Roles → "rendered" (ms)', range(first, 0), '', ''],
    ["    the Node build's first, same pair, same bench (ms)", range(nodeFirstBridgeMs, 0), '', ''],
    ['    ratio web / Node', `${Number.isFinite(firstRatio) ? firstRatio.toFixed(2) : '—'}×`, ...atMost(firstRatio, 1.5, '×')],
    ['  Compare Roles → "rendered" over the bridge, all (ms)', range(summary(sessions.flatMap((s) => s.compareBridgeMs)), 0), '', ''],
  ];
}
