// Playwright helpers for driving the real VS Code workbench as a user does.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, projectRoot, startCodeServer } from '../harness/codeServer.mjs';

export const SCREENSHOTS = join(projectRoot, 'test-results', 'screenshots');

/** Loads the workbench (or waits for a reloaded one when no url is given). */
export async function openWorkbench(page, url) {
  if (url) await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // Our activity bar icon appears once the extension host has registered the extension's contributions.
  await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').waitFor({ timeout: 60_000 });
}

/**
 * Polls `check` until it returns a truthy value; fails with `what` after
 * `timeoutMs`, and with what `describe()` says the page shows at that moment.
 */
export async function waitUntil(check, what, timeoutMs = 60_000, describe = async () => '') {
  const end = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const seen = await describe().catch((err) => `cannot say: ${err.message}`);
  const last = lastError ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last}${seen ? `; the page showed ${seen}` : ''}`);
}

const quickInput = (page) => page.locator('.quick-input-widget');
const quickInputBox = (page) => quickInput(page).locator('.quick-input-box input');

/** Whether the quick input is open and takes typing now (visible, editable, focused). */
async function quickInputReady(page) {
  const input = quickInputBox(page);
  if (!(await quickInput(page).isVisible()) || !(await input.isVisible()) || !(await input.isEditable())) return false;
  return input.evaluate((el) => el === document.activeElement);
}

/** What the quick input shows now, for a failure message: open or not, its title, its text, where the focus is. */
async function quickInputState(page) {
  const open = await quickInput(page).isVisible();
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : 'nothing';
  });
  if (!open) return `no quick input (focus on ${focus})`;
  const title = await quickInput(page)
    .locator('.quick-input-title')
    .innerText()
    .catch(() => '');
  const value = await quickInputBox(page)
    .inputValue()
    .catch(() => '?');
  const rows = await quickInput(page).locator('.monaco-list-row').count();
  return `a quick input titled ${JSON.stringify(title)} holding ${JSON.stringify(value)} with ${rows} rows (focus on ${focus})`;
}

/**
 * Focuses an open quick input that is not focused, by clicking its box as a
 * user would. A quick pick an extension opens right after the command palette
 * closes can lose the focus to a webview that VS Code gives it back to a
 * moment later (measured in code-server 4.139.1 with Chromium 156): the pick
 * stays open (it ignores focus-out) but takes no typing until clicked.
 */
async function focusQuickInput(page) {
  const input = quickInputBox(page);
  if (!(await quickInput(page).isVisible()) || !(await input.isVisible()) || !(await input.isEditable())) return;
  if (await input.evaluate((el) => el === document.activeElement)) return;
  await input.click({ timeout: 5000 }).catch(() => undefined);
}

/**
 * Types into the open quick input and waits until it holds exactly `text`:
 * on a busy machine the widget can be swapped for the next step between a
 * check and the typing, so it types again until the text stays.
 */
async function typeInQuickInput(page, text) {
  const input = quickInputBox(page);
  await waitUntil(
    async () => {
      await focusQuickInput(page);
      if (!(await quickInputReady(page))) return false;
      await input.fill(text, { timeout: 5000 });
      return (await input.inputValue()) === text;
    },
    `the quick input to take "${text}"`,
    undefined,
    () => quickInputState(page),
  );
}

/** Runs a command from the command palette (F1) by its full title. */
export async function runCommand(page, title) {
  // F1 until the palette is open and focused: focus may sit in a webview, which does not always pass F1 on.
  let attempt = 0;
  await waitUntil(
    async () => {
      if ((await quickInputReady(page)) && (await quickInputBox(page).inputValue()).startsWith('>')) return true;
      if (await quickInput(page).isVisible()) await page.keyboard.press('Escape');
      else if (attempt > 0) {
        // Move focus back to the workbench with a harmless click: the sidebar's title, or the active tab.
        const title = page.locator('.part.sidebar .title-label');
        const target = (await title.isVisible()) ? title : page.locator('.tabs-container .tab.active');
        await target
          .first()
          .click({ timeout: 5000 })
          .catch(() => undefined);
      }
      attempt++;
      await page.keyboard.press('F1');
      await quickInputBox(page)
        .waitFor({ state: 'visible', timeout: 3000 })
        .catch(() => undefined);
      return (await quickInputReady(page)) && (await quickInputBox(page).inputValue()).startsWith('>');
    },
    'the command palette to open',
    undefined,
    () => quickInputState(page),
  );
  await typeInQuickInput(page, `>${title}`);
  await settled(quickInput(page).locator('#quickInput_list'));
  await choose(page, title, `>${title}`);
}

/**
 * Takes the row labelled `label` until the quick input stops holding `typed`
 * (it closed, the next step opened, or the window is reloading and took it
 * away). On a busy machine the list can redraw under the pointer and a click
 * land on nothing, or stay unanswered while the workbench is still starting
 * (a CI run clicked a walkthrough's one row for 30 s in vain); the input then
 * still holds what was typed, so the row is taken again, as a user would:
 * clicked, and in turn chosen with the arrow keys and Enter.
 */
async function choose(page, label, typed) {
  let lastTry = 0;
  let tries = 0;
  let lastMiss = 'none';
  await waitUntil(
    async () => {
      if (!(await quickInput(page).isVisible())) return true;
      // Briefly: a command that reloads the window takes the input away while it is read, and
      // Playwright's default wait (30 s) would use up this whole wait on one read.
      const value = await quickInputBox(page)
        .inputValue({ timeout: 1000 })
        .catch(() => undefined);
      if (value === undefined)
        return !(await quickInput(page)
          .isVisible()
          .catch(() => false));
      if (value !== typed) return true;
      if (Date.now() - lastTry > 1000) {
        lastTry = Date.now();
        lastMiss = (await takeRow(page, label, tries++ % 2 === 1)) ?? lastMiss;
      }
      return false;
    },
    `the quick input to take "${label}"`,
    30_000,
    async () => `${await quickInputState(page)}; ${tries} tries, the last miss: ${lastMiss}`,
  );
}

/**
 * Clicks the row, or makes it the active one with the arrow keys and presses
 * Enter in the input, as a keyboard user would; says why it could not.
 */
async function takeRow(page, label, byKey) {
  const row = pickRow(page, label);
  try {
    if (!byKey) {
      await row.click({ timeout: 5000 });
      return undefined;
    }
    const input = quickInputBox(page);
    const rows = await quickInput(page).locator('.monaco-list-row').count();
    const active = () => row.evaluate((el) => el.classList.contains('focused'), undefined, { timeout: 1000 });
    for (let i = 0; i < rows && !(await active()); i++) await input.press('ArrowDown', { timeout: 1000 });
    if (!(await active())) return `the row did not become the active one in ${rows} rows`;
    await input.press('Enter', { timeout: 1000 });
    return undefined;
  } catch (err) {
    return `${byKey ? 'Enter' : 'click'}: ${err.message.split('\n')[0]}`;
  }
}

/**
 * Takes an entry of the context menu just opened, by its label, with the
 * arrow keys and Enter: a click on a menu entry is not always taken while
 * the menu is still fading in. The label alone is matched, not the key an
 * entry may show beside it. Resolves once the menu has closed.
 */
export async function chooseMenuEntry(page, label) {
  const menu = page.locator('.context-view .monaco-menu');
  await menu.waitFor();
  const focused = menu.locator('.action-item.focused');
  await waitUntil(async () => {
    if ((await focused.count()) > 0 && (await focused.locator('.action-label').innerText()).trim() === label) return true;
    await page.keyboard.press('ArrowDown');
    return false;
  }, `the menu entry ${label}`);
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden' });
}

/**
 * Picks an entry in the open quick pick by typing its label and choosing the
 * exact match. Waits for a fresh step first: visible, editable, focused and
 * empty (each step of a multi-step pick starts empty), so it never types into
 * the step that is closing.
 */
export async function quickPick(page, label) {
  const widget = quickInput(page);
  const input = quickInputBox(page);
  await waitUntil(
    async () => {
      // Only an empty step is the next one: the step closing still holds the last label.
      if ((await input.inputValue()) === '') await focusQuickInput(page);
      return (await quickInputReady(page)) && (await input.inputValue()) === '';
    },
    'the next quick pick step',
    undefined,
    () => quickInputState(page),
  );
  await typeInQuickInput(page, label);
  await settled(widget.locator('#quickInput_list'));
  // The pick is taken once this quick pick closes or gives way to the next one (whose input starts empty).
  await choose(page, label, label);
}

/** Types into a freshly opened quick pick (not the step before it) without choosing a row. */
export async function typeInFreshQuickPick(page, text) {
  await waitUntil(
    async () => {
      if ((await quickInputBox(page).inputValue()) === '') await focusQuickInput(page);
      return (await quickInputReady(page)) && (await quickInputBox(page).inputValue()) === '';
    },
    'a fresh quick pick',
    undefined,
    () => quickInputState(page),
  );
  await typeInQuickInput(page, text);
}

/** Waits until a list stops changing: the extension answers a quick pick's typing asynchronously. */
async function settled(list) {
  let last = '';
  for (let i = 0; i < 50; i++) {
    const now = await list.innerText();
    if (now === last && now !== '') return;
    last = now;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The open quick pick's row whose label is exactly `label`. */
function pickRow(page, label) {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) })
    .first();
}

/** The comparison webview's own document (the inner frame of VS Code's webview host). */
export function comparisonFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/**
 * Waits until the comparison webview holds the keyboard focus. VS Code moves
 * focus into a revealed panel asynchronously; a command palette opened before
 * that lands is closed by it, so type into the workbench only after it.
 */
export async function webviewFocused(page, timeoutMs = 15_000) {
  await page.waitForFunction(() => document.activeElement?.matches('iframe.webview') === true, undefined, { timeout: timeoutMs });
}

/** Switches the colour theme with "Preferences: Color Theme", as a user does, and waits for the webview to follow. */
export async function setTheme(page, theme, webviewBodyClass) {
  await runCommand(page, 'Preferences: Color Theme');
  // Typing in the theme picker searches the marketplace (unreachable here); click the installed theme instead.
  await pickRow(page, theme).click();
  await comparisonFrame(page).locator(`body.${webviewBodyClass}`).waitFor({ timeout: 30_000 });
  await coloursSettled(page);
}

/**
 * Waits until the webview's colours stop changing: the UI toolkit applies a
 * new theme's tokens to its components a moment after the body's class
 * changes, so a check or a screenshot taken in between sees both themes.
 */
async function coloursSettled(page) {
  const body = comparisonFrame(page).locator('body');
  let last = '';
  let stable = 0;
  await waitUntil(async () => {
    const now = await body.evaluate(() => {
      const colours = [];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          colours.push(style.color, style.backgroundColor, style.borderColor);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return colours.join('|');
    });
    stable = now === last ? stable + 1 : 0;
    last = now;
    // The same colours over three checks in a row (about 300 ms), not just two that happened to match.
    return stable >= 3;
  }, 'the webview colours to settle');
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Registers mocha hooks for one workbench session: code-server with the packaged
 * extension installed (or the package `vsix()` names, made in a hook), Chromium
 * on it, a screenshot of every failed test.
 * Returns a live view of { server, page, consoleErrors }.
 */
export function workbenchSession(settings = {}, { vsix = () => join(projectRoot, 'career-compare.vsix'), folder } = {}) {
  const session = { server: undefined, browser: undefined, page: undefined, consoleErrors: [] };
  before(async () => {
    session.server = await startCodeServer({ vsix: vsix(), settings, folder });
    session.browser = await launchChromium();
    session.page = await session.browser.newPage({ viewport: { width: 1500, height: 1500 } });
    session.page.on('console', (m) => {
      if (m.type() === 'error') session.consoleErrors.push(`${m.text()} (${m.location().url})`);
    });
    await openWorkbench(session.page, session.server.workbenchUrl());
  });
  afterEach(async function () {
    // What the user would have seen when a test failed.
    const test = this.currentTest;
    if (test?.state === 'failed' && session.page) await screenshot(session.page, `failed-${test.title.replace(/\W+/g, '-')}`);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
