import * as assert from 'node:assert/strict';
import { buildComparison, pickerOptions } from '../../src/compare/buildComparison';
import { parseFromWebview, parseToWebview, parseWebviewState } from '../../src/protocol/messages';
import { cooks, lookupOf, nurses, surgeons } from '../support/officialRoles';
import { loadBundledCatalog } from '../support/roles';
import { pageOf } from '../support/page';

describe('message protocol', () => {
  const catalog = loadBundledCatalog();
  const view = buildComparison([catalog.byId.get('technical-manager')!, catalog.byId.get('lead-technician')!]);

  it('accepts every webview message kind', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'replace', column: 1, roleId: 'a' },
      { type: 'remove', column: 3 },
      { type: 'add' },
      { type: 'add', roleId: 'licensed-practical-and-licensed-vocational-nurses' },
      { type: 'swap' },
      { type: 'search', column: 1 },
      { type: 'openRole', roleId: 'electricians' },
      { type: 'compareWith', roleId: 'electricians' },
      { type: 'rendered', roleIds: ['a'], paintMs: 12.5 },
      { type: 'problem', message: 'x' },
    ]) {
      const parsed = parseFromWebview(message);
      assert.ok(parsed.ok, JSON.stringify(parsed));
      assert.deepEqual(parsed.message, message);
    }
  });

  it('accepts a real comparison going to the webview, survives JSON, and an error notice', () => {
    const message = {
      type: 'show',
      page: pageOf(view, pickerOptions([catalog.byId.get('technical-manager')!, catalog.byId.get('lead-technician')!], catalog.roles)),
    };
    const parsed = parseToWebview(JSON.parse(JSON.stringify(message)));
    assert.ok(parsed.ok);
    assert.ok(parseToWebview({ type: 'error', message: 'nope' }).ok);
  });

  it('rejects unknown types, missing fields and extra fields with a readable reason', () => {
    const unknown = parseFromWebview({ type: 'delete-everything' });
    assert.equal(unknown.ok, false);
    assert.match((unknown as { error: string }).error, /type "delete-everything"/);
    // Intents only: the webview never sends a computed list of ids.
    assert.equal(parseFromWebview({ type: 'select', roleIds: ['a', 'b'] }).ok, false);
    assert.equal(parseFromWebview({ type: 'replace', column: 4, roleId: 'a' }).ok, false);
    assert.equal(parseFromWebview({ type: 'replace', column: 0, roleId: '' }).ok, false);
    assert.equal(parseFromWebview({ type: 'remove', column: -1 }).ok, false);
    assert.equal(parseFromWebview({ type: 'remove', column: 1.5 }).ok, false);
    assert.equal(parseFromWebview({ type: 'add', roleIds: ['a'] }).ok, false);
    assert.equal(parseFromWebview({ type: 'add', roleId: '' }).ok, false);
    assert.equal(parseFromWebview({ type: 'rendered', roleIds: ['a', 'b', 'c', 'd', 'e'], paintMs: 1 }).ok, false);
    assert.equal(parseFromWebview({ type: 'rendered', roleIds: ['a'], paintMs: -1 }).ok, false);
    assert.equal(parseFromWebview({ type: 'ready', extra: 1 }).ok, false);
    assert.equal(parseFromWebview(null).ok, false);
    assert.equal(parseFromWebview('ready').ok, false);
    assert.equal(parseToWebview({ type: 'show', page: { ...pageOf(view), view: { ...view, roles: [] } } }).ok, false);
    assert.equal(parseToWebview({ type: 'show', page: pageOf(view), choices: [] }).ok, false);
    // The page is drawn whole: the old patch after a show is refused, as is a page without its controls.
    assert.equal(parseToWebview({ type: 'favourites', roleIds: ['technical-manager'] }).ok, false);
    const noControls = Object.fromEntries(Object.entries(pageOf(view)).filter(([key]) => key !== 'columns'));
    assert.equal(parseToWebview({ type: 'show', page: noControls }).ok, false);
    assert.equal(parseToWebview({ type: 'show', page: { ...pageOf(view), starred: ['a', 'b', 'c', 'd', 'e'] } }).ok, false);
    assert.equal(parseFromWebview({ type: 'search', column: 4 }).ok, false);
    assert.equal(parseFromWebview({ type: 'openRole', roleId: '' }).ok, false);
    assert.equal(parseFromWebview({ type: 'openRole' }).ok, false);
    assert.equal(parseFromWebview({ type: 'compareWith', roleId: 7 }).ok, false);
  });

  it('carries the new section kinds (range chart, links) of an official comparison through JSON', () => {
    const official = buildComparison([nurses, surgeons, cooks], lookupOf([nurses, surgeons, cooks]));
    const parsed = parseToWebview(JSON.parse(JSON.stringify({ type: 'show', page: pageOf(official) })));
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const kinds = new Set(official.sections.map((s) => s.kind));
    assert.ok(kinds.has('range') && kinds.has('links'));
    const broken = JSON.parse(JSON.stringify(official));
    broken.sections.find((s: { kind: string }) => s.kind === 'range').rows[0].points[0].at = 140;
    assert.equal(parseToWebview({ type: 'show', page: pageOf(broken) }).ok, false, 'a position off the scale is refused');
  });

  it('validates the restored webview state', () => {
    assert.ok(parseWebviewState({ roleIds: ['technical-manager', 'lead-technician'] }).ok);
    assert.equal(parseWebviewState(undefined).ok, false);
    assert.equal(parseWebviewState({ roleIds: 'x' }).ok, false);
  });
});
