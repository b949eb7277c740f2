// Drives the VS Code half of the benchmark: code-server with the packaged
// build in development mode, the bench suite in its extension host, and
// Playwright timing each scenario from the host's start mark to the table
// painted in the page (the same method for our panel and both baselines).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, projectRoot, startCodeServer } from '../test/harness/codeServer.mjs';

/** What "painted" means for each scenario, checked inside each frame of the page. */
const PAINTED = {
  ours: () => !!document.querySelector('#section-overview table tbody tr'),
  bare: (marker) => !!document.querySelector(`table#${marker} tr`),
  markdown: (marker) => document.body?.innerText.includes(`bench marker: ${marker}`) && !!document.querySelector('table tr'),
  // Four roles: the overview drawn with all four columns.
  ours4: () => document.querySelectorAll('#section-overview table thead th').length === 4,
  markdown4: (marker) =>
    document.body?.innerText.includes(`bench marker: ${marker}`) && document.querySelectorAll('table thead th').length >= 5,
};

async function detect(page, kind, marker, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      try {
        if (await frame.evaluate(PAINTED[kind], marker)) return Date.now();
      } catch {
        // frame navigating or gone
      }
    }
  }
  return undefined;
}

/**
 * A picker opened by "Search Roles…" (cold or warm, as the mark says): from the command (the
 * host's mark) to the picker shown, then from typing the query at once to the answer's row
 * drawn; `answerMs` is the whole, what a person waits. Presses Escape after.
 */
async function searchOnce(page, mark) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  const shown = Date.now();
  await input.fill(mark.marker);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Registered Nurses' }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  const answered = Date.now();
  await page.keyboard.press('Escape');
  await input.waitFor({ state: 'hidden', timeout: 30_000 });
  return {
    trial: mark.trial,
    cold: !mark.dataLoadedBefore,
    openMs: shown - mark.at,
    typedToRowMs: answered - shown,
    answerMs: answered - mark.at,
  };
}

/** Rests the pointer on the start of the editor line that begins with `text` until its card (naming `title`) shows; ms. */
async function hoverUntilCard(page, text, title) {
  const line = page.locator('.monaco-editor .view-line').filter({ hasText: text }).first();
  await line.waitFor({ state: 'visible', timeout: 30_000 });
  const box = await line.boundingBox();
  const card = page.locator('.monaco-hover').filter({ hasText: title }).filter({ visible: true }).first();
  const t0 = Date.now();
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await card.waitFor({ state: 'visible', timeout: 30_000 });
  const ms = Date.now() - t0;
  // Away, until no card shows, so the next hover starts from nothing.
  await page.mouse.move(box.x + box.width / 2, box.y + 400);
  await page
    .locator('.monaco-hover')
    .filter({ visible: true })
    .first()
    .waitFor({ state: 'hidden', timeout: 30_000 })
    .catch(() => undefined);
  return ms;
}

/**
 * The note the host just opened: the first hover over a title (cold when the note was the
 * window's first use of the data), then another title from the same data file and the first
 * one again (warm); pointer at rest to card shown, VS Code's hover delay included in each.
 */
async function hoverOnce(page, mark) {
  const firstMs = await hoverUntilCard(page, 'registered nurse', 'Registered Nurses');
  const otherMs = await hoverUntilCard(page, 'nurse practitioners', 'Nurse Practitioners');
  const againMs = await hoverUntilCard(page, 'registered nurse', 'Registered Nurses');
  return { cold: !mark.dataLoadedBefore, firstMs, otherMs, againMs };
}

/**
 * Click to first child drawn, `trials` times, for one category of the Roles view. Each trial
 * starts from its own state (every category collapsed), whatever earlier steps or an earlier
 * session left open. A click the tree's own redraw moved onto another row (a group above it
 * coming or going) opens that row instead: it is not timed, and the trial is run again.
 */
async function expandTimes(page, category, trials) {
  const row = page.locator('.monaco-list-row[role="treeitem"][aria-level="1"]', { hasText: category.name });
  // Its own children (a list of that size); any child row at all shows a click that landed.
  const ours = page.locator(`.monaco-list-row[role="treeitem"][aria-level="2"][aria-setsize="${category.roles}"]`).first();
  const anyChild = page.locator('.monaco-list-row[role="treeitem"][aria-level="2"]').first();
  const collapseAll = page.locator('.part.sidebar .action-label[aria-label^="Collapse All"]').filter({ visible: true }).first();
  const times = [];
  for (let attempts = 0; times.length < trials; attempts++) {
    if (attempts >= trials * 3) throw new Error(`the category "${category.name}" opened only ${times.length} times in ${attempts} clicks`);
    await collapseAll.click();
    await anyChild.waitFor({ state: 'detached' });
    const t0 = Date.now();
    await row.click();
    await anyChild.waitFor();
    const elapsed = Date.now() - t0;
    if ((await ours.count()) === 0) continue; // another row opened
    times.push(elapsed);
  }
  return times;
}

async function session(index) {
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  const out = join(tmpdir(), `career-compare-bench-${process.pid}-${index}.json`);
  rmSync(out, { force: true });
  const server = await startCodeServer({
    testDriver: true,
    env: { CAREER_COMPARE_BENCH_OUT: out, CAREER_COMPARE_BENCH_SESSION: String(index) },
    // Hover cards are off until a user turns them on; the bench times them as a user who has.
    settings: { 'careerCompare.hover.enabled': true },
  });
  const browser = await launchChromium();
  const painted = { ours: [], bare: [], markdown: [], ours4: [], markdown4: [] };
  const search = [];
  let hover;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const detections = [];
    let treeTurn;
    const treeReady = new Promise((resolve) => (treeTurn = resolve));
    const finished = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = (Array.isArray(args) ? args : [args]).join(' ');
      const at = text.indexOf('BENCH {');
      if (at < 0) return;
      const m = JSON.parse(
        text
          .slice(at + 6)
          .trim()
          .replace(/%c.*$/, ''),
      );
      if (m.kind === 'tree') treeTurn();
      if (m.kind === 'search')
        detections.push(
          searchOnce(page, m).then(
            (r) => search.push(r),
            (err) => search.push({ trial: m.trial, error: String(err) }),
          ),
        );
      if (m.kind === 'hover')
        detections.push(
          hoverOnce(page, m)
            .then(
              (r) => (hover = r),
              async (err) => {
                hover = { error: String(err) };
                await page.screenshot({ path: join(projectRoot, 'bench-results', `hover-failed-${index}.png`) });
              },
            )
            .finally(() => writeFileSync(`${out}.hover`, '')),
        );
      if (!PAINTED[m.kind]) return;
      detections.push(detect(page, m.kind, m.marker).then((t) => painted[m.kind].push(t === undefined ? null : t - m.at)));
    });
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(projectRoot)],
      ['extensionTestsPath', server.remoteUri(join(projectRoot, 'out', 'bench', 'vscode', 'index.js'))],
      ['skipWelcome', 'true'],
    ];
    await page.goto(server.workbenchUrl(payload));
    // unref: a pending time-out must not keep the process (and the shared lock) alive after the last session.
    const timeout = (ms) => new Promise((r) => setTimeout(() => r('timeout'), ms).unref());
    if ((await Promise.race([treeReady, finished, timeout(5 * 60_000)])) !== undefined) throw new Error('the bench suite stopped early');
    await Promise.all(detections);
    const host = JSON.parse(readFileSync(out, 'utf8'));

    // The largest category of the Roles tree, expanded by a click, until its first role is drawn.
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    let expand;
    try {
      expand = await expandTimes(page, host.largestCategory, 5);
    } catch (err) {
      // What the page showed when the step stopped: the first thing to look at.
      await page.screenshot({ path: join(projectRoot, 'bench-results', `tree-expand-failed-${index}.png`) });
      throw err;
    }
    writeFileSync(`${out}.done`, '');
    const code = await Promise.race([finished, timeout(60_000)]);
    if (code !== 0) throw new Error(`the bench suite ended with ${code}`);
    return { host, painted, expand, search, hover };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(out, { force: true });
    rmSync(`${out}.done`, { force: true });
    rmSync(`${out}.hover`, { force: true });
  }
}

export async function runVsCodeBench(sessions = 3) {
  const results = [];
  for (let i = 0; i < sessions; i++) results.push(await session(i));
  return results;
}
