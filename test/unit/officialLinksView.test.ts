// The official page links as the webview draws them (in a DOM): one button
// per role and site, text only, and a click sends the role and site — never
// an address.
import * as assert from 'node:assert/strict';
import { buildComparison } from '../../src/compare/buildComparison';
import { installDom } from '../support/dom';
import { lookupOf, nurses, surgeons } from '../support/officialRoles';
import { pageOf } from '../support/page';
import { noActions } from '../support/renderActions';

installDom();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderPage } = require('../../webview/render/page') as typeof import('../../webview/render/page');

const view = buildComparison([nurses, surgeons], lookupOf([nurses, surgeons]));
const page = pageOf(view, [], { roles: [nurses, surgeons] });

function draw(asked: string[] = [], drawn = page): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  renderPage(root, drawn, { ...noActions, openOfficialPage: (roleId, site) => asked.push(`${roleId}:${site}`) });
  return root;
}

describe('official page links in the webview', () => {
  it('draws a button per role and site after the header, and a click asks the host by role and site', () => {
    const asked: string[] = [];
    const root = draw(asked);
    const nav = root.children[1];
    assert.equal(root.children[0].tagName, 'HEADER');
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
    const root = draw([], { ...page, officialPages: [] });
    assert.equal(root.querySelector('nav'), null);
    root.remove();
  });

  it('gives focus back to the link that had it when the page is drawn again', () => {
    const root = draw();
    root.querySelectorAll<HTMLElement>('.official-link')[3].focus();
    renderPage(root, page, noActions);
    assert.equal(document.activeElement, root.querySelectorAll('.official-link')[3]);
    root.remove();
  });
});
