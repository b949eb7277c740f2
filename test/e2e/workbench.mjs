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

/** Runs a command from the command palette (F1) by its full title. */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.keyboard.press('F1');
  try {
    await input.waitFor({ timeout: 3000 });
  } catch {
    // Focus was inside a webview, which does not always pass F1 on: focus the workbench and retry.
    await page.locator('.part.sidebar .title-label').click();
    await page.keyboard.press('F1');
    await input.waitFor();
  }
  await input.fill(`>${title}`);
  await pickRow(page, title).click();
}

/** Picks an entry in the open quick pick by typing its label and choosing the exact match. */
export async function quickPick(page, label) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  await input.waitFor();
  await input.fill(label);
  await settled(widget.locator('#quickInput_list'));
  await pickRow(page, label).click();
  // The pick is taken once this quick pick closes or gives way to the next one (whose input starts empty).
  for (let i = 0; i < 100; i++) {
    if (!(await widget.isVisible()) || (await input.inputValue()) !== label) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the quick pick did not take "${label}"`);
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
  return page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
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
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Registers mocha hooks for one workbench session: code-server with the packaged
 * extension installed, Chromium on it, a screenshot of every failed test.
 * Returns a live view of { server, page, consoleErrors }.
 */
export function workbenchSession(settings = {}) {
  const session = { server: undefined, browser: undefined, page: undefined, consoleErrors: [] };
  before(async () => {
    session.server = await startCodeServer({ vsix: join(projectRoot, 'career-compare.vsix'), settings });
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
