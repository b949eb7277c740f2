// The official page links as the webview draws them (in a DOM): one button
// per role and site, text only, and a click sends the role and site — never
// an address.
import * as assert from 'node:assert/strict';
import { buildComparison } from '../../src/compare/buildComparison';
import { withOfficialPages } from '../../src/links/officialPages';
import { installDom } from '../support/dom';
import { lookupOf, nurses, surgeons } from '../support/officialRoles';

installDom();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { focusedOfficialLink, insertOfficialPages } = require('../../webview/officialLinks') as typeof import('../../webview/officialLinks');

const view = withOfficialPages(buildComparison([nurses, surgeons], lookupOf([nurses, surgeons])), [nurses, surgeons]);

function page(): HTMLElement {
  const root = document.createElement('div');
  root.append(document.createElement('header'), document.createElement('section'));
  document.body.append(root);
  return root;
}

describe('official page links in the webview', () => {
  it('draws a button per role and site after the header, and a click asks the host by role and site', () => {
    const root = page();
    const asked: string[] = [];
    insertOfficialPages(root, view, (roleId, site) => asked.push(`${roleId}:${site}`));
    const nav = root.children[1];
    assert.equal(nav.tagName, 'NAV');
    const links = [...nav.querySelectorAll<HTMLButtonElement>('button.official-link')];
    assert.deepEqual(
      links.map((l) => l.textContent?.trim()),
      ['O*NET OnLine', 'BLS wages and employment (OEWS)', 'O*NET OnLine', 'BLS wages and employment (OEWS)'],
    );
    assert.equal(nav.querySelectorAll('a, [href]').length, 0, 'no address in the page');
    links[1].click();
    links[2].click();
    assert.deepEqual(asked, [`${nurses.id}:bls`, `${surgeons.id}:onet`]);
    root.remove();
  });

  it('draws nothing for roles without official pages', () => {
    const root = page();
    insertOfficialPages(root, { ...view, officialPages: undefined }, () => {});
    assert.equal(root.querySelector('nav'), null);
    root.remove();
  });

  it('gives focus back to the link that had it before a repaint', () => {
    const root = page();
    insertOfficialPages(root, view, () => {});
    const links = root.querySelectorAll<HTMLElement>('.official-link');
    links[3].focus();
    const key = focusedOfficialLink();
    assert.ok(key);
    root.remove();
    const again = page();
    insertOfficialPages(again, view, () => {}, key);
    assert.equal(document.activeElement, again.querySelectorAll('.official-link')[3]);
    again.remove();
  });
});
