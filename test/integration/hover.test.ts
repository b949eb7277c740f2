// Hover cards in the real extension host: VS Code's own hover command on a
// Markdown document finds the card for "registered nurse", none off a title,
// none (and no work done) while the setting is off, the matcher ready before
// the first hover while a Markdown editor shows, and only in the configured languages.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import { SETTINGS, SETTINGS_SECTION } from '../../src/settings';
import { api } from './api';

const TEXT = ['# My plan', '', 'I work as a registered nurse and want to compare.', 'Nothing to see on this line.', ''].join('\n');

/** Markdown as read: MarkdownString.appendText writes spaces as &nbsp; and escapes punctuation. */
const plain = (markdown: string) => markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

/** Every hover's text at a position, as VS Code gathers them from all providers. */
async function hoverTexts(doc: vscode.TextDocument, line: number, character: number): Promise<{ text: string; range?: vscode.Range }[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    doc.uri,
    new vscode.Position(line, character),
  );
  return hovers.map((h) => ({
    text: plain(h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')),
    range: h.range,
  }));
}

const cards = <T extends { text: string }>(hovers: T[]) => hovers.filter((h) => h.text.includes('Yearly pay'));

/** Settings reach the extension host a moment after `update` resolves: wait for what they change. */
async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Hover cards on job titles', function () {
  let a: CareerCompareApi;
  let doc: vscode.TextDocument;
  const config = () => vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const nurseLine = 2;
  const nurseAt = TEXT.split('\n')[nurseLine].indexOf('registered nurse');

  before(async () => {
    a = await api();
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: TEXT });
    await vscode.window.showTextDocument(doc);
  });

  it('is off until the user turns it on: no provider, no card (issue 20)', async () => {
    await config().update(SETTINGS.hoverEnabled.name, undefined, vscode.ConfigurationTarget.Global);
    await until('the provider to go', () => !a.hover.registered);
    assert.deepEqual(cards(await hoverTexts(doc, nurseLine, nurseAt + 3)), []);
    await config().update(SETTINGS.hoverEnabled.name, true, vscode.ConfigurationTarget.Global);
    await until('the provider to come', () => a.hover.registered);
  });

  after(async () => {
    await config().update(SETTINGS.hoverEnabled.name, undefined, vscode.ConfigurationTarget.Global);
    await config().update(SETTINGS.hoverLanguages.name, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the card for "registered nurse" over the whole phrase', async () => {
    assert.equal(a.hover.registered, true);
    const found = cards(await hoverTexts(doc, nurseLine, nurseAt + 3));
    assert.equal(found.length, 1, 'one card');
    const [card] = found;
    assert.match(card.text, /\*\*Registered Nurses\*\*/);
    assert.match(card.text, /Yearly pay \(average\): \$[\d,]+/);
    assert.match(card.text, /Growth 2024–34: -?[\d.]+%/);
    assert.match(card.text, /Jobs: [\d,]+/);
    assert.match(card.text, /Most common degree: |Typical entry-level education: /);
    assert.match(card.text, /Sources: .*BLS Occupational Employment and Wage Statistics, 2024/);
    assert.ok(card.text.includes(`command:careerCompare.openRole?${encodeURIComponent('["registered-nurses"]')}`), card.text);
    assert.ok(card.text.includes(`command:careerCompare.compareWith?${encodeURIComponent('["registered-nurses"]')}`), card.text);
    assert.deepEqual([card.range?.start.character, card.range?.end.character], [nurseAt, nurseAt + 'registered nurse'.length]);
    assert.ok(a.hover.timings.phrases! > 40_000, `${a.hover.timings.phrases} phrases`);
    assert.ok(a.repository.timings.phrasesMs !== undefined, 'the prebuilt matcher was read, not built from the search index');
  });

  it('finds the bundled hand-written roles too, joined with the prebuilt official titles', async () => {
    const mine = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Our lead technician and a registered nurse' });
    const [card] = cards(await hoverTexts(mine, 0, 6));
    assert.match(card?.text ?? '', /\*\*Lead Technician\*\*/);
    assert.match(cards(await hoverTexts(mine, 0, 30))[0]?.text ?? '', /\*\*Registered Nurses\*\*/);
  });

  it('trusts only our own commands and the Settings editor in the card', async () => {
    const hover = await a.hover.provideHover(doc, new vscode.Position(nurseLine, nurseAt), new vscode.CancellationTokenSource().token);
    const md = hover!.contents[0] as vscode.MarkdownString;
    assert.deepEqual(md.isTrusted, {
      enabledCommands: [
        'careerCompare.openRole',
        'careerCompare.compareWith',
        'careerCompare.toggleHovers',
        'workbench.action.openSettings',
      ],
    });
    assert.equal(md.supportHtml, false);
  });

  it('says on the first card only how to turn the cards off', async () => {
    await a.hover.showHintAgain();
    const at = new vscode.Position(nurseLine, nurseAt);
    const token = new vscode.CancellationTokenSource().token;
    // appendText keeps spaces as &nbsp;: read it as the card shows it.
    const text = async () =>
      ((await a.hover.provideHover(doc, at, token))!.contents[0] as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
    const first = await text();
    assert.match(first, /Career Compare shows these cards on job titles in Markdown\./);
    assert.ok(first.includes('](command:careerCompare.toggleHovers?'), first);
    assert.ok(first.includes(`](command:workbench.action.openSettings?${encodeURIComponent('["careerCompare.hover"]')}`), first);
    const next = await text();
    assert.doesNotMatch(next, /Turn Off/);
  });

  it('can be on for one language and off for another, and Toggle Job Title Hovers flips the one in force', async () => {
    const text = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'a registered nurse' });
    const plain = () => vscode.workspace.getConfiguration(SETTINGS_SECTION, { languageId: 'plaintext' });
    const markdown = async () => cards(await hoverTexts(doc, nurseLine, nurseAt + 3)).length;
    const plainCards = async () => cards(await hoverTexts(text, 0, 4)).length;
    try {
      await plain().update(SETTINGS.hoverEnabled.name, false, vscode.ConfigurationTarget.Global, true);
      await until('plain text to lose its cards', async () => (await plainCards()) === 0);
      assert.equal(await markdown(), 1, 'Markdown keeps them');
      // The toggle, with a plain-text editor active, flips plain text's own value and nothing else.
      await vscode.window.showTextDocument(text);
      await vscode.commands.executeCommand('careerCompare.toggleHovers');
      assert.equal(plain().inspect(SETTINGS.hoverEnabled.name)?.globalLanguageValue, true);
      assert.equal(config().inspect(SETTINGS.hoverEnabled.name)?.globalValue, true);
      await until('plain text to get cards back', async () => (await plainCards()) === 1);
      // With Markdown active (no Markdown value of its own), the plain value is the one in force: off for all but plain text.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('careerCompare.toggleHovers');
      assert.equal(config().inspect(SETTINGS.hoverEnabled.name)?.globalValue, false);
      await until('Markdown to lose its cards', async () => (await markdown()) === 0);
      assert.equal(await plainCards(), 1, "plain text's own value still says on");
    } finally {
      await plain().update(SETTINGS.hoverEnabled.name, undefined, vscode.ConfigurationTarget.Global, true);
      await config().update(SETTINGS.hoverEnabled.name, true, vscode.ConfigurationTarget.Global);
      await vscode.window.showTextDocument(doc);
    }
    await until('Markdown to get cards again', async () => (await markdown()) === 1);
  });

  it('shows nothing off a title', async () => {
    assert.deepEqual(cards(await hoverTexts(doc, 3, 2)), []);
    assert.deepEqual(cards(await hoverTexts(doc, 0, 3)), []);
    assert.deepEqual(cards(await hoverTexts(doc, nurseLine, 2)), []); // "work"
  });

  it('with hovers off, registers nothing, builds nothing and shows nothing; on again, shows the card', async () => {
    await config().update(SETTINGS.hoverEnabled.name, false, vscode.ConfigurationTarget.Global);
    await until('the provider to go', () => !a.hover.registered);
    assert.equal(a.hover.matcherBuilt, false, 'the matcher is dropped');
    assert.deepEqual(cards(await hoverTexts(doc, nurseLine, nurseAt + 3)), []);
    assert.equal(a.hover.matcherBuilt, false, 'a hover while off builds nothing');
    await config().update(SETTINGS.hoverEnabled.name, true, vscode.ConfigurationTarget.Global);
    await until('the card to come back', async () => cards(await hoverTexts(doc, nurseLine, nurseAt + 3)).length === 1);
    assert.equal(a.hover.registered, true);
  });

  it('prepares the cards while a Markdown editor shows, before any hover (issue 19)', async () => {
    await config().update(SETTINGS.hoverEnabled.name, false, vscode.ConfigurationTarget.Global);
    await until('the matcher to be dropped', () => !a.hover.registered && !a.hover.matcherBuilt);
    const builds = a.hover.timings.builds;
    await config().update(SETTINGS.hoverEnabled.name, true, vscode.ConfigurationTarget.Global);
    // No hover is asked for: the shown Markdown editor is reason enough to build it.
    await until('the matcher to be built with the editor showing', () => a.hover.matcherBuilt);
    assert.equal(a.hover.timings.builds, builds + 1, 'built once more, not kept from before');
    assert.equal(cards(await hoverTexts(doc, nurseLine, nurseAt + 3)).length, 1);
  });

  it('answers only in the configured languages', async () => {
    const text = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'a registered nurse' });
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '"a registered nurse"' });
    assert.equal(cards(await hoverTexts(text, 0, 4)).length, 1, 'plain text by default');
    assert.deepEqual(cards(await hoverTexts(json, 0, 5)), [], 'not JSON by default');
    await config().update(SETTINGS.hoverLanguages.name, ['json'], vscode.ConfigurationTarget.Global);
    await until('JSON to get cards', async () => cards(await hoverTexts(json, 0, 5)).length === 1);
    assert.deepEqual(cards(await hoverTexts(doc, nurseLine, nurseAt + 3)), [], 'Markdown no longer listed');
    await config().update(SETTINGS.hoverLanguages.name, undefined, vscode.ConfigurationTarget.Global);
    await until('Markdown to get cards again', async () => cards(await hoverTexts(doc, nurseLine, nurseAt + 3)).length === 1);
  });
});
