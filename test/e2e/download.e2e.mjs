// End to end: "Download O*NET descriptions" clicked in the comparison panel of
// the real workbench, the setting pointed at a local server that serves a
// release zip built at test time from ../shared/public-data/onet-29.3.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { comparisonFrame, quickPick, runCommand, screenshot, workbenchSession } from './workbench.mjs';

const require = createRequire(import.meta.url);
const { ONET_FOLDER, releaseZip, serveRoutes } = require('../../out/test/support/onetZip.js');

/** The description O*NET publishes for a base occupation, straight from the release file. */
function publishedDescription(code) {
  const line = readFileSync(join(ONET_FOLDER, 'Occupation Data.txt'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${code}\t`));
  return line.split('\t')[2].trim();
}

// The server must be up before the session starts: its address goes into the user settings.
const zip = releaseZip();
const server = await serveRoutes({ '/db_29_3_text.zip': { body: zip } });

describe('Download O*NET descriptions from the comparison panel', function () {
  const session = workbenchSession({
    'workbench.colorTheme': 'Default Dark Modern',
    'careerCompare.onet.downloadUrl': `${server.origin}/db_29_3_text.zip`,
  });
  let page;
  before(() => ({ page } = session));
  after(() => server.close());

  it('fills "What they do" and the responsibilities of two official roles after one click', async () => {
    await runCommand(page, 'Career Compare: Compare Roles…');
    await quickPick(page, 'Registered Nurses');
    await quickPick(page, 'Electricians');
    const frame = comparisonFrame(page);
    await frame.locator('h1', { hasText: 'Registered Nurses vs Electricians' }).waitFor();
    const about = frame.locator('#section-description');
    assert.equal(await about.locator('h2').innerText(), 'What they do');
    assert.equal(await about.locator('.no-data').count(), 2);
    const button = about.locator('.section-action');
    await button.scrollIntoViewIfNeeded();
    await screenshot(page, 'download-descriptions-before');

    // First a server that stalls after 64 KB: Cancel on the progress notification stops it, nothing changes.
    server.routes.set('/db_29_3_text.zip', { body: zip, stallAfter: 64 * 1024 });
    await button.click();
    const progress = page.locator('.notifications-toasts .notification-toast', { hasText: 'downloading O*NET descriptions' });
    await progress.locator('.notification-list-item-message', { hasText: /MB of \d+\.\d MB/ }).waitFor();
    await screenshot(page, 'download-descriptions-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    assert.equal(await about.locator('.no-data').count(), 2);
    assert.equal(await page.locator('.notifications-toasts', { hasText: 'download failed' }).count(), 0);

    server.routes.set('/db_29_3_text.zip', { body: zip });
    await button.click();
    await about.locator('p.description').nth(1).waitFor({ timeout: 60_000 });
    const texts = await about.locator('p.description').allInnerTexts();
    assert.deepEqual(texts, [publishedDescription('29-1141.00'), publishedDescription('47-2111.00')]);
    assert.equal(await about.locator('.section-action').count(), 0, 'the button goes once the descriptions are there');
    assert.equal(await about.locator('.hint').count(), 0);
    assert.match(await about.locator('.sources').innerText(), /O\*NET 29\.3 Database \(imported\)/);
    const tasks = frame.locator('#section-responsibilities ul.responsibilities');
    assert.equal(await tasks.count(), 2);
    assert.deepEqual(server.requests, ['/db_29_3_text.zip', '/db_29_3_text.zip']);
    await page.locator('.notifications-toasts', { hasText: /imported descriptions and tasks for \d+ occupations/ }).waitFor();
    await about.scrollIntoViewIfNeeded();
    await screenshot(page, 'download-descriptions-after');
  });
});
