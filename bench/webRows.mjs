// The web build's rows of the bench table: sizes, loading the bundle, and
// activation, data loads and Compare Roles in the web worker extension host
// (bench/webVscode.mjs), measured as the Node rows are.

/** `sessions`: the web bench's results; `summary`, `range`, `kb`, `verdict` as in run.mjs. */
export function webRows({ sessions, sizes, loadWebInNode }, { summary, range, kb, verdict }) {
  const pick = (fn, list = sessions) => summary(list.map(fn));
  const atOnce = sessions.filter((s) => s.settleMs === 0);
  const settled = sessions.filter((s) => s.settleMs > 0);
  const body = pick((s) => s.activateBodyMs);
  const noNode = sessions.every((s) => s.runtime?.build === 'web' && s.runtime.nodeProcess === false && !s.nodeProcessSeenByTheSuite);
  const loadedAtActivation = sessions.some((s) => s.dataLoadedAtActivation);
  return [
    ['Web build (web worker extension host): no Node process', String(noNode), 'true', verdict(noNode)],
    ['  bundle, one file, core included', kb(sizes.webBundle), '', ''],
    ['  Node build for comparison: extension.js + core.js', kb(sizes.extensionBundle + sizes.coreBundle), '', ''],
    ['  bundle load in Node, stand-in vscode (ms)', range(loadWebInNode, 1), '', ''],
    ['  our activate() (ms)', range(body, 2), '≤ 10 ms', verdict(body.median <= 10)],
    ['  ext.activate() total, at once, as on Node (ms)', range(pick((s) => s.activationTotalMs, atOnce)), '', ''],
    ['  ext.activate() total, workbench settled (ms)', range(pick((s) => s.activationTotalMs, settled)), '', ''],
    ['  data loaded at activation', String(loadedAtActivation), 'false', verdict(!loadedAtActivation)],
    ['  catalog load, first use, core init included (ms)', range(pick((s) => s.catalogLoadMs)), '', ''],
    ['    core init (zod, model), while reading (ms)', range(pick((s) => s.catalogCoreMs)), '', ''],
    ['    files read (workspace.fs) after (ms)', range(pick((s) => s.catalogReadMs)), '', ''],
    ['    then parsing and validation (ms)', range(pick((s) => s.catalogValidateMs)), '', ''],
    ['  search index load (ms)', range(pick((s) => s.searchIndexLoadMs)), '', ''],
    ['  Compare Roles → "rendered" over the bridge (ms)', range(summary(sessions.flatMap((s) => s.compareBridgeMs)), 0), '', ''],
  ];
}
