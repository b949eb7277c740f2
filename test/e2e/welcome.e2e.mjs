// First run: the Getting Started walkthrough (its steps complete as the user
// does each thing, its pictures follow the theme) and the Roles view's welcome
// content when no role can load.
import * as assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium, projectRoot, startCodeServer } from '../harness/codeServer.mjs';
import { openWorkbench, quickPick, runCommand, screenshot, workbenchSession } from './workbench.mjs';

const STEP_IDS = ['openRoles', 'compare', 'search', 'onet', 'hovers'];

/** Switches the colour theme and waits for the workbench to take it (no comparison panel needed). */
async function setWorkbenchTheme(page, theme, workbenchClass) {
  try {
    await runCommand(page, 'Preferences: Color Theme');
  } catch {
    // The walkthrough takes focus once its media has loaded, which can close a palette just opened: once more.
    await page.keyboard.press('Escape');
    await runCommand(page, 'Preferences: Color Theme');
  }
  await page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${theme}$`) }) })
    .first()
    .click();
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 30_000 });
}

/** Waits for the quick input (or simple file dialog) titled `title`, then cancels it with Escape. */
async function closeQuickInputTitled(page, title) {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: title }).waitFor();
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden' });
}

async function openWalkthrough(page) {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  await quickPick(page, 'Get Started with Career Compare');
  await page.locator('button.getting-started-step').first().waitFor();
}

const step = (page, id) => page.locator(`button.getting-started-step[data-step-id$="#${id}"]`);
const checked = async (page) => Promise.all(STEP_IDS.map(async (id) => (await step(page, id).getAttribute('aria-checked')) === 'true'));

describe('the Getting Started walkthrough', function () {
  const session = workbenchSession({ 'workbench.colorTheme': 'Default Dark Modern' });
  let page;
  before(() => ({ page } = session));

  it('has five steps, none done on a fresh start, each with a picture in every theme', async () => {
    await openWalkthrough(page);
    assert.equal(await page.locator('button.getting-started-step').count(), STEP_IDS.length);
    assert.deepEqual(await checked(page), [false, false, false, false, false]);
    for (const [theme, cls, name] of [
      ['Light Modern', 'vs', 'light'],
      ['Dark High Contrast', 'hc-black', 'high-contrast'],
      ['Light High Contrast', 'hc-light', 'high-contrast-light'],
      ['Dark Modern', 'vs-dark', 'dark'],
    ]) {
      await setWorkbenchTheme(page, theme, cls);
      // The open step's SVG is drawn in a webview of its own, where the theme's colour variables apply.
      const media = page.frameLocator('.getting-started-media iframe.webview.ready').frameLocator('#active-frame');
      await media.locator('svg title', { hasText: 'The Roles view' }).waitFor({ state: 'attached', timeout: 30_000 });
      const [fill, background] = await media
        .locator('svg rect')
        .first()
        .evaluate((rect) => [getComputedStyle(rect).fill, getComputedStyle(document.body).backgroundColor]);
      console.log(`      ${name}: picture background ${fill}, page background ${background}`);
      await screenshot(page, `walkthrough-${name}`);
    }
  });

  it('ticks each step when the user does the thing, whichever way', async () => {
    await runCommand(page, 'Career Compare: Search Roles…');
    await closeQuickInputTitled(page, 'Search Roles');
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Technical Manager');
    await quickPick(page, 'Lead Technician');
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    await page.locator('.monaco-list-row[role="treeitem"]').first().waitFor();
    // The folder dialog opens: the command ran, which is what the step waits for.
    await runCommand(page, 'Career Compare: Import O*NET Database…');
    await closeQuickInputTitled(page, 'Choose the folder');
    // On, then off again: the cards stay as a fresh install has them.
    await runCommand(page, 'Career Compare: Toggle Job Title Hovers');
    await runCommand(page, 'Career Compare: Toggle Job Title Hovers');
    await openWalkthrough(page);
    assert.deepEqual(await checked(page), [true, true, true, true, true]);
    await screenshot(page, 'walkthrough-all-done');
  });
});

describe('the Roles view when no role can load', function () {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await startCodeServer({ vsix: join(projectRoot, 'career-compare.vsix') });
    // Take the installed extension's role files away, as a broken install or a bad edit would.
    const extensions = join(dirname(server.userDataDir), 'extensions');
    const installed = readdirSync(extensions).find((name) => name.startsWith('career-compare.career-compare-'));
    for (const folder of ['roles', 'generated']) rmSync(join(extensions, installed, 'data', folder), { recursive: true, force: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    await openWorkbench(page, server.workbenchUrl());
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says so, and its Show Log button opens the log that names what failed', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Career Compare"]').click();
    const welcome = page.locator('.part.sidebar .welcome-view-content');
    await welcome.getByText('Career Compare could not load its roles').waitFor();
    await screenshot(page, 'roles-view-unavailable');
    await welcome.getByRole('button', { name: 'Show Log' }).click();
    const log = page.locator('.part.panel .monaco-editor .view-lines');
    await log.getByText('Cannot read the role folder').first().waitFor();
    assert.match((await log.innerText()).replace(/\u00a0/g, ' '), /No role could be loaded/);
  });
});
