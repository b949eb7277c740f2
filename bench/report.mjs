// The bench's report, from bench-results/results.json alone: the table
// printed with each budget beside its figure (within, or over by how much;
// never enforced), and docs/PERFORMANCE.md's tables written between its
// bench markers, with the date, the machine and the run count. `npm run
// bench` calls it after measuring; `npm run bench:report` redoes it from the
// last results. No figure in those tables is typed by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webRows } from './webRows.mjs';

const projectRoot = join(fileURLToPath(import.meta.url), '..', '..');
const DOC = join(projectRoot, 'docs', 'PERFORMANCE.md');
export const BEGIN = '<!-- bench:begin — written by `npm run bench` from bench-results/results.json; edit bench/report.mjs, not this -->';
export const END = '<!-- bench:end -->';

const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);
const median = (xs) => {
  const s = xs.filter(isNumber).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Median, min, max and counts of the numbers in `xs` (a missed sample is null). */
export const summary = (xs) => {
  const s = xs.filter(isNumber);
  return {
    median: median(s),
    min: s.reduce((a, b) => Math.min(a, b), Infinity),
    max: s.reduce((a, b) => Math.max(a, b), -Infinity),
    runs: s.length,
    missed: xs.length - s.length,
  };
};
const f = (n, d = 1) => (isNumber(n) ? n.toFixed(d) : '—');
const range = (s, d = 1) =>
  s.runs === 0
    ? `— (no run${s.missed ? `, ${s.missed} missed` : ''})`
    : `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)}, n=${s.runs}${s.missed ? `, ${s.missed} missed` : ''})`;
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const verdict = (ok) => (ok ? 'within' : 'OVER');
const ratio = (a, b) => (isNumber(a) && isNumber(b) && b > 0 ? a / b : undefined);
/** A budget "≤ limit": its text and the verdict, saying by how much a figure is over. */
function atMost(value, limit, unit) {
  const text = unit === '×' ? `≤ ${limit}×` : `≤ ${limit} ${unit}`;
  if (!isNumber(value)) return [text, 'no figure'];
  if (value <= limit) return [text, 'within'];
  const by = unit === '×' ? `${(value / limit).toFixed(2)}× the budget` : `+${f(value - limit, unit === 'ms' ? 0 : 1)} ${unit}`;
  return [text, `OVER (${by})`];
}

/** The VS Code sessions' figures, gathered. */
function vscodeFigures(sessions) {
  const all = (pick) => sessions.flatMap(pick);
  const host = (pick) => summary(sessions.map((s) => pick(s.host)));
  const coldHover = sessions.filter((s) => s.hover && s.hover.cold);
  const search = (trial, cold) =>
    sessions.flatMap((s) => (s.search ?? []).filter((r) => r.trial === trial && (cold === undefined || r.cold === cold)));
  const v = {
    sessions: sessions.length,
    activateBodyMs: host((h) => h.activateBodyMs),
    activationTotalMs: host((h) => h.activationTotalMs),
    dataLoadedAtActivation: sessions.some((s) => s.host.dataLoadedAtActivation),
    oursPaintedMs: summary(all((s) => s.painted.ours)),
    bareWebviewPaintedMs: summary(all((s) => s.painted.bare)),
    markdownPreviewPaintedMs: summary(all((s) => s.painted.markdown)),
    ours4PaintedMs: summary(all((s) => s.painted.ours4)),
    markdown4PaintedMs: summary(all((s) => s.painted.markdown4)),
    ours4BridgeMs: summary(all((s) => s.host.ours4BridgeMs)),
    stateSwitchMs: summary(all((s) => s.host.statePay?.switchMs ?? [])),
    stateMapMs: summary(all((s) => s.host.statePay?.mapMs ?? [])),
    statePaintMs: summary(all((s) => s.host.statePay?.paintMs ?? [])),
    stateFileColdMs: host((h) => h.statePay?.firstFileMs),
    pathPageMs: summary(all((s) => s.host.paths?.pathMs ?? [])),
    pathPaintMs: summary(all((s) => s.host.paths?.pathPaintMs ?? [])),
    explorePageMs: summary(all((s) => s.host.paths?.exploreMs ?? [])),
    explorePaintMs: summary(all((s) => s.host.paths?.explorePaintMs ?? [])),
    oursBridgeMs: summary(all((s) => s.host.oursBridgeMs)),
    oursFirstBridgeMs: summary(sessions.map((s) => s.host.oursBridgeMs?.[0])),
    oursWebviewPaintMs: summary(all((s) => s.host.oursWebviewPaintMs)),
    treeExpandMs: summary(all((s) => s.expand)),
    treeBrowseMs: summary(all((s) => s.host.treeBrowseMs ?? [])),
    treeBrowseRoles: sessions[0]?.host.treeBrowseRoles,
    catalogLoadMs: host((h) => h.catalogLoadMs),
    catalogCoreMs: host((h) => h.catalogCoreMs),
    catalogValidateMs: host((h) => h.catalogValidateMs),
    catalogReadMs: host((h) => h.catalogReadMs),
    searchIndexLoadMs: host((h) => h.searchIndexLoadMs),
    phrasesLoadMs: host((h) => h.phrasesLoadMs),
    searchColdAnswerMs: summary(search(0, true).map((r) => r.answerMs)),
    searchColdOpenMs: summary(search(0, true).map((r) => r.openMs)),
    searchColdHostMs: summary(sessions.filter((s) => !s.host.searchUi?.dataLoadedBefore).map((s) => s.host.searchUi?.searchMs?.[0])),
    searchWarmAnswerMs: summary(search(1).map((r) => r.answerMs)),
    searchWarmOpenMs: summary(search(1).map((r) => r.openMs)),
    searchErrors: sessions.flatMap((s) => (s.search ?? []).filter((r) => r.error).map((r) => r.error)),
    hoverColdMs: summary(coldHover.map((s) => s.hover.firstMs)),
    hoverOtherMs: summary(sessions.map((s) => s.hover?.otherMs)),
    hoverAgainMs: summary(sessions.map((s) => s.hover?.againMs)),
    hoverErrors: sessions.filter((s) => s.hover?.error).map((s) => s.hover.error),
    hoverOwnWorkMs: summary(
      coldHover.map((s) => s.host.hoverUi?.firstHover && s.host.hoverUi.firstHover.totalMs - s.host.hoverUi.firstHover.waitedMs),
    ),
    hoverWaitedMs: summary(coldHover.map((s) => s.host.hoverUi?.firstHover?.waitedMs)),
    hoverDocFirstMs: host((h) => h.hover?.firstHoverMs),
    hoverPrepareMs: host((h) => h.hover?.matcherBuildMs),
    hoverP95Ms: host((h) => h.hover?.providerMs.p95),
    hoverP50Ms: host((h) => h.hover?.providerMs.p50),
    hoverRoundTripP95Ms: host((h) => h.hover?.roundTripMs.p95),
    hoverLines: sessions[0]?.host.hover?.lines,
    heap: sessions.map((s) => s.host.heap).find(Boolean),
    userRolesLoadMs: summary(all((s) => s.host.userRoles?.loadMs ?? [])),
    userRoleProblemsMs: summary(all((s) => s.host.userRoles?.problemsMs ?? [])),
    userRoleTreeMs: summary(all((s) => s.host.userRoles?.treeMs ?? [])),
    userRoleChangeMs: summary(
      all((s) =>
        (s.host.userRoles?.problemsMs ?? []).map((p, i) =>
          p === null || s.host.userRoles.treeMs[i] === null ? null : Math.max(p, s.host.userRoles.treeMs[i]),
        ),
      ),
    ),
    largestCategory: sessions[0]?.host.largestCategory,
  };
  v.ratioToMarkdown = ratio(v.oursPaintedMs.median, v.markdownPreviewPaintedMs.median);
  v.ratioToBare = ratio(v.oursPaintedMs.median, v.bareWebviewPaintedMs.median);
  v.ratio4ToBare = ratio(v.ours4PaintedMs.median, v.bareWebviewPaintedMs.median);
  v.ratio4ToMarkdown = ratio(v.ours4PaintedMs.median, v.markdown4PaintedMs.median);
  v.hoverRatio = ratio(v.hoverColdMs.median, v.hoverOtherMs.median);
  v.searchRatio = ratio(v.searchColdAnswerMs.median, v.searchWarmAnswerMs.median);
  return v;
}

/** The rows on first contact (issue 19): hover and search, cold against warm. */
function firstContactRows(v) {
  return [
    ['First hover card, cold: pointer at rest → card shown, end to end (ms)', range(v.hoverColdMs, 0), '', ''],
    ['  warm: another title of the same data file (ms)', range(v.hoverOtherMs, 0), '', ''],
    ['  warm: the first title again (ms)', range(v.hoverAgainMs, 0), '', ''],
    ['  ratio cold / warm', `${f(v.hoverRatio, 2)}×`, ...atMost(v.hoverRatio, 1.5, '×')],
    [
      "  in the host: the first hover's own work, data ready (ms)",
      range(v.hoverOwnWorkMs, 1),
      ...atMost(v.hoverOwnWorkMs.median, 50, 'ms'),
    ],
    ['    and its wait for the data still loading (ms)', range(v.hoverWaitedMs, 0), '', ''],
    ['  prebuilt phrase matcher load, in VS Code (ms)', range(v.phrasesLoadMs), '', ''],
    ['First Search Roles, cold: command → answer drawn (ms)', range(v.searchColdAnswerMs, 0), '', ''],
    ['  picker shown (ms)', range(v.searchColdOpenMs, 0), '', ''],
    ['  in the host, the search with its wait for the index (ms)', range(v.searchColdHostMs), '', ''],
    ['  warm: command → answer drawn (ms)', range(v.searchWarmAnswerMs, 0), '', ''],
    ['  ratio cold / warm', `${f(v.searchRatio, 2)}×`, ...atMost(v.searchRatio, 1.5, '×')],
  ];
}

/** The rows on painting a comparison against the platform's own baselines. */
function paintRows(v) {
  return [
    ['Compare Roles → table painted (ms)', range(v.oursPaintedMs, 0), '', ''],
    ['  bare webview, one table (ms)', range(v.bareWebviewPaintedMs, 0), '', ''],
    ['  Markdown preview, same table (ms)', range(v.markdownPreviewPaintedMs, 0), '', ''],
    ['  ratio to bare webview', `${f(v.ratioToBare, 2)}×`, ...atMost(v.ratioToBare, 1.1, '×')],
    ['  ratio to Markdown preview', `${f(v.ratioToMarkdown, 2)}×`, ...atMost(v.ratioToMarkdown, 0.7, '×')],
    ['  host → "rendered" over the bridge (ms)', range(v.oursBridgeMs, 0), '', ''],
    ['  in the webview, script start or message → paint (ms)', range(v.oursWebviewPaintMs, 1), '', ''],
    ['Four roles: Compare Roles → four-column table painted (ms)', range(v.ours4PaintedMs, 0), '', ''],
    ['  Markdown preview, same four-column tables (ms)', range(v.markdown4PaintedMs, 0), '', ''],
    ['  ratio to bare webview (one table)', `${f(v.ratio4ToBare, 2)}×`, ...atMost(v.ratio4ToBare, 1.2, '×')],
    ['  ratio to Markdown preview', `${f(v.ratio4ToMarkdown, 2)}×`, '', ''],
    ['  host → "rendered" over the bridge (ms)', range(v.ours4BridgeMs, 0), '', ''],
    // Career paths: each page opened fresh, against the two-role comparison's own host → "rendered" (its budget).
    [
      'Find a Career Path… → "Paths from A to B" painted, host → "rendered" (ms; budget: the comparison’s)',
      range(v.pathPageMs, 0),
      ...atMost(v.pathPageMs?.median, Math.round(v.oursBridgeMs?.median), 'ms'),
    ],
    ['  in the webview, message → paint (ms)', range(v.pathPaintMs, 1), '', ''],
    [
      'Explore Moves From… → "Moves from A" painted, host → "rendered" (ms; budget: the comparison’s)',
      range(v.explorePageMs, 0),
      ...atMost(v.explorePageMs?.median, Math.round(v.oursBridgeMs?.median), 'ms'),
    ],
    ['  in the webview, message → paint (ms)', range(v.explorePaintMs, 1), '', ''],
    [
      `Extension host heap growth after ${v.heap?.comparisons ?? 100} comparisons opened and closed (MB)`,
      f(v.heap?.growthMB, 1),
      ...atMost(v.heap?.growthMB, 10, 'MB'),
    ],
    [
      '  heap before / after, after a full GC (MB)',
      `${f(v.heap?.beforeMB, 1)} / ${f(v.heap?.afterMB, 1)} (${v.heap?.painted ?? '—'} painted)`,
      '',
      '',
    ],
  ];
}

/** Every row of the main table. */
function mainRows(r, v) {
  const { node, similar, paths, zips, roleFiles, sizes } = r;
  return [
    [
      `Catalog load + validation, ${node.cold.roles} roles, cold Node (ms)`,
      range(node.cold.catalogMs),
      ...atMost(node.cold.catalogMs.median, 100, 'ms'),
    ],
    ['  in VS Code, first use, core.js load included (ms)', range(v.catalogLoadMs), ...atMost(v.catalogLoadMs.median, 50, 'ms')],
    ['    loading core.js (zod, model), while reading (ms)', range(v.catalogCoreMs), '', ''],
    ['    files read (workspace.fs) after (ms)', range(v.catalogReadMs), '', ''],
    ['    then parsing and validation (ms)', range(v.catalogValidateMs), '', ''],
    [`  before the split: all roles as one ${kb(node.wholeFile.bytes)} file, cold Node (ms)`, range(node.wholeFile.ms), '', ''],
    [`Prebuilt search index load, ${node.cold.titles} titles, cold Node (ms)`, range(node.cold.indexMs), '', ''],
    ['  in VS Code (ms)', range(v.searchIndexLoadMs), '', ''],
    ['  first query, cold Node (ms)', range(node.cold.firstQueryMs, 2), '', ''],
    ...firstContactRows(v),
    [
      `Largest detail file (${node.cold.detailRoles} roles, ${kb(node.cold.detailBytes)}) load + validation, cold Node (ms)`,
      range(node.cold.detailMs),
      '',
      '',
    ],
    [`Search index build at run time, ${node.search.titles} titles (ms)`, range(node.search.buildMs), '', ''],
    [
      'Search query p50 / p95 (ms)',
      `${f(node.search.queryMs.p50, 3)} / ${f(node.search.queryMs.p95, 3)}`,
      ...atMost(node.search.queryMs.p95, 1, 'ms'),
    ],
    ['Linear scan p50 / p95 (ms)', `${f(node.search.linearMs.p50, 2)} / ${f(node.search.linearMs.p95, 2)}`, '', ''],
    [
      'Search speed-up over scan (p50 / p95)',
      `${f(node.search.speedup.p50)}× / ${f(node.search.speedup.p95)}×`,
      '≥ 20×',
      verdict(node.search.speedup.p95 >= 20),
    ],
    [
      `Similar roles + better-paid moves, one role vs ${similar.roles} profiled roles, p50 / p95 (ms)`,
      `${f(similar.queryMs.p50, 2)} / ${f(similar.queryMs.p95, 2)}`,
      ...atMost(similar.queryMs.p95, 5, 'ms'),
    ],
    ['  profiles load (read, check, index), once (ms)', range(similar.loadMs), '', ''],
    ...(paths
      ? [
          [
            `Career paths: routes of up to 3 steps, one pair vs ${paths.roles} profiled roles, p50 / p95 (ms)`,
            `${f(paths.routeMs.p50, 2)} / ${f(paths.routeMs.p95, 2)}`,
            ...atMost(paths.routeMs.p95, 50, 'ms'),
          ],
          [`  pairs with a route, of ${paths.pairs} asked`, String(paths.pairsWithRoute), '', ''],
          [
            'Career paths: Explore, moves within one and two steps, p50 / p95 (ms)',
            `${f(paths.exploreMs.p50, 2)} / ${f(paths.exploreMs.p95, 2)}`,
            ...atMost(paths.exploreMs.p95, 30, 'ms'),
          ],
          ['  path index built over the catalog and profiles, once (ms)', range(paths.indexMs), '', ''],
        ]
      : []),
    [
      `Hover on a ${v.hoverLines}-line Markdown document, p95 of 1000 (ms)`,
      range(v.hoverP95Ms, 2),
      ...atMost(v.hoverP95Ms.median, 5, 'ms'),
    ],
    ['  p50 (ms)', range(v.hoverP50Ms, 2), '', ''],
    ["  the document's first hover, matchers ready (ms)", range(v.hoverDocFirstMs, 0), '', ''],
    ['  matchers prepared: prebuilt read, hand-written roles built (ms)', range(v.hoverPrepareMs, 0), '', ''],
    ["  through VS Code's hover command, p95 of 100 (ms)", range(v.hoverRoundTripP95Ms, 1), '', ''],
    ['Comparison + headline (µs each)', range(node.comparison.usPerComparison), '', ''],
    ['Full public-data import (s)', range(node.fullImport.seconds, 2), ...atMost(node.fullImport.seconds.median, 10, 's')],
    ['Full import peak RSS (MB)', range(node.fullImport.peakRssMB, 0), ...atMost(node.fullImport.peakRssMB.median, 500, 'MB')],
    ...Object.entries(zips).map(([shape, z]) => [
      `Hostile zip, ${shape} (${z.mb.toFixed(1)} MB): ${z.outcome.startsWith('refused') ? 'refused' : 'read'} in (ms)`,
      f(z.ms, 0),
      ...atMost(z.ms, 10_000, 'ms'),
    ]),
    ...Object.entries(roleFiles).flatMap(([shape, rf]) => [
      [`Hostile role file, ${shape} (${rf.mb.toFixed(1)} MB): judged in (ms)`, f(rf.ms, 0), ...atMost(rf.ms, 2000, 'ms')],
      [`  peak memory of the process (MB)`, f(rf.peakMb, 0), ...atMost(rf.peakMb, 200, 'MB')],
    ]),
    ['Activation: our activate() (ms)', range(v.activateBodyMs, 2), ...atMost(v.activateBodyMs.median, 10, 'ms')],
    ['Activation: extension.js load in Node (ms)', range(summary(r.loadInNode), 1), '', ''],
    ['Activation: ext.activate() total in VS Code (ms)', range(v.activationTotalMs), '', ''],
    ['Data loaded at activation', String(v.dataLoadedAtActivation), 'false', verdict(!v.dataLoadedAtActivation)],
    ...paintRows(v),
    [`Expand "${v.largestCategory?.name}" (${v.largestCategory?.roles} roles) (ms)`, range(v.treeExpandMs, 0), '', ''],
    ['Set Your State… → four-role comparison repainted (ms)', range(v.stateSwitchMs, 0), ...atMost(v.stateSwitchMs.median, 200, 'ms')],
    ['  in the webview, message → page painted (ms)', range(v.statePaintMs, 0), '', ''],
    ['  map of pay by state drawn in the webview, four roles (ms)', range(v.stateMapMs, 1), ...atMost(v.stateMapMs.median, 30, 'ms')],
    [
      "  a category's state figures read and checked, cold (ms)",
      range(v.stateFileColdMs, 1),
      ...atMost(v.stateFileColdMs.median, 20, 'ms'),
    ],
    ['Your Roles: 100 role files loaded, in VS Code (ms)', range(v.userRolesLoadMs), ...atMost(v.userRolesLoadMs.median, 100, 'ms')],
    ['  one file changed → Problems panel and tree (ms)', range(v.userRoleChangeMs, 0), ...atMost(v.userRoleChangeMs.max, 300, 'ms')],
    [`  the same ${node.userRoles.files} files parsed, validated and joined, warm Node (ms)`, range(node.userRoles.ms), '', ''],
    ['    → Problems panel (ms)', range(v.userRoleProblemsMs, 0), '', ''],
    ['    → tree (ms)', range(v.userRoleTreeMs, 0), '', ''],
    [
      `Roles view sort / filter → tree updated, ${v.treeBrowseRoles} roles (ms)`,
      range(v.treeBrowseMs, 1),
      ...atMost(v.treeBrowseMs.max, 50, 'ms'),
    ],
    [
      `  the sort and filter rules alone, warm Node, p50 / p95 (ms)`,
      `${f(node.treeBrowse?.ms.p50, 2)} / ${f(node.treeBrowse?.ms.p95, 2)}`,
      '',
      '',
    ],
    ['Extension bundle', kb(sizes.extensionBundle), ...atMost(sizes.extensionBundle / 1024, 200, 'KB')],
    ['Webview bundle (+ CSS)', kb(sizes.webviewBundle), ...atMost(sizes.webviewBundle / 1024, 300, 'KB')],
    ['Data files', kb(sizes.data), '', ''],
    // 2.4 MB before the state figures were packaged (issue 21), which may add 1.5 MB.
    ['.vsix', kb(sizes.vsix), ...atMost(sizes.vsix / 2 ** 20, 3.9, 'MB')],
  ];
}

function markdownTable(rows) {
  const w = [0, 1, 2, 3].map((i) => rows.reduce((w, r) => Math.max(w, r[i].length), i === 3 ? 7 : 0));
  const titles = ['figure', 'median (min–max, runs)', 'budget', 'verdict'];
  const line = (r) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [line(titles), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Prints the tables and writes them into docs/PERFORMANCE.md between its markers. */
export function report(results, { write = true } = {}) {
  const v = vscodeFigures(results.sessions);
  const main = mainRows(results, v);
  const helpers = { summary, range, kb, verdict, atMost };
  const web = webRows(
    {
      sessions: results.webSessions,
      sizes: results.sizes,
      loadWebInNode: summary(results.loadWebInNode),
      nodeFirstBridgeMs: v.oursFirstBridgeMs,
    },
    helpers,
  );
  const m = results.machine;
  const at = `${m.date.slice(0, 10)} (${m.date.slice(11, 16)} UTC)`;
  const when = `${at} · ${m.cpu} · ${m.cores} cores · ${m.memoryGB} GB · Node ${m.node} · ${m.vscode}`;
  const runs =
    `Node figures: the runs each row gives (n); VS Code: ${v.sessions} fresh sessions (each first-contact step cold in ` +
    `half of them, alternating); VS Code for the Web: ${results.webSessions.length} fresh sessions.`;
  // Each row named with the rows it sits under ("First hover card … › ratio cold / warm").
  const named = (rows) => {
    const path = [];
    return rows.map((r) => {
      const depth = r[0].match(/^ */)[0].length / 2;
      path.length = depth;
      path[depth] = r[0].trim().replace(/ \((ms|s|MB)\)$/, '');
      return [path.filter(Boolean).join(' › '), ...r.slice(1)];
    });
  };
  const over = [...named(main), ...named(web)].filter((r) => r[3].startsWith('OVER'));
  const problems = [...v.hoverErrors.map((e) => `hover step: ${e}`), ...v.searchErrors.map((e) => `search step: ${e}`)];
  const section = [
    BEGIN,
    '## The latest run',
    '',
    `Measured ${when}.`,
    runs,
    '',
    markdownTable(main),
    '',
    '### The web build',
    '',
    markdownTable(web),
    '',
    '### Budgets not met in this run',
    '',
    ...(over.length === 0
      ? ['None.']
      : over.map((r) => `- ${r[0].trim()}: ${r[1]} against ${r[2]}, ${r[3].replace(/^OVER \((.*)\)$/, '$1')}.`)),
    ...(problems.length === 0 ? [] : ['', '### Steps that did not finish', '', ...problems.map((p) => `- ${p}`)]),
    END,
  ].join('\n');
  console.log(`\n${section.split('\n').slice(1, -1).join('\n')}`);
  if (!write) return section;
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from === -1 || to === -1 || to < from) throw new Error(`docs/PERFORMANCE.md has no bench markers (${BEGIN} … ${END})`);
  writeFileSync(DOC, doc.slice(0, from) + section + doc.slice(to + END.length));
  console.log('Wrote the tables in docs/PERFORMANCE.md');
  return section;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  report(JSON.parse(readFileSync(join(projectRoot, 'bench-results', 'results.json'), 'utf8')));
}
