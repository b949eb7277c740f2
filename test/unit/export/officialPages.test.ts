import * as assert from 'node:assert/strict';
import { blsPageUrl, isOfficialPageUrl, officialPagesOf, officialPageUrl, onetPageUrl } from '../../../src/links/officialPages';
import { parseFromWebview, parseToWebview } from '../../../src/protocol/messages';
import { buildComparison } from '../../../src/compare/buildComparison';
import { lookupOf, nurses, surgeons } from '../../support/officialRoles';
import { pageOf } from '../../support/page';

describe('official page links', () => {
  it('builds O*NET OnLine and BLS OEWS addresses from the SOC code', () => {
    assert.equal(onetPageUrl('29-1141.00'), 'https://www.onetonline.org/link/summary/29-1141.00');
    assert.equal(onetPageUrl('29-1141'), 'https://www.onetonline.org/link/summary/29-1141.00');
    assert.equal(onetPageUrl('15-1252.01'), 'https://www.onetonline.org/link/summary/15-1252.01');
    assert.equal(blsPageUrl('29-1141.00'), 'https://www.bls.gov/oes/current/oes291141.htm');
    assert.equal(blsPageUrl('15-1252.01'), 'https://www.bls.gov/oes/current/oes151252.htm');
    assert.equal(officialPageUrl('bls', '47-2111'), 'https://www.bls.gov/oes/current/oes472111.htm');
  });

  it('builds nothing from a code that is not a SOC code', () => {
    for (const code of ['', '29-114', '29-1141.0', '../29-1141', '29-1141.00/../../x', 'javascript:alert(1)', '29-1141.00?x']) {
      assert.equal(onetPageUrl(code), undefined, code);
      assert.equal(blsPageUrl(code), undefined, code);
    }
    assert.deepEqual(officialPagesOf({ id: 'mine' }), []);
    assert.deepEqual(officialPagesOf({ id: 'bad', socCode: 'x' }), []);
  });

  it('allows only https pages on the two publishers’ hosts', () => {
    for (const url of ['https://www.onetonline.org/link/summary/29-1141.00', 'https://www.bls.gov/oes/current/oes291141.htm']) {
      assert.ok(isOfficialPageUrl(url), url);
    }
    for (const url of [
      'http://www.bls.gov/oes/current/oes291141.htm',
      'https://bls.gov/oes/',
      'https://www.bls.gov.evil.example/oes/',
      'https://evil.example/?https://www.bls.gov/',
      'https://www.bls.gov@evil.example/',
      'https://user:pw@www.bls.gov/',
      'https://www.bls.gov:8443/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'command:workbench.action.terminal.new',
      'vscode://settings',
      'not a url',
      '',
    ]) {
      assert.ok(!isOfficialPageUrl(url), url);
    }
  });

  it('puts the links of roles with a SOC code on the page, which the bridge accepts', () => {
    const page = pageOf(buildComparison([nurses, surgeons], lookupOf([nurses, surgeons])), [], { roles: [nurses, surgeons] });
    assert.deepEqual(
      page.officialPages.map((p) => `${p.roleId}:${p.site}`),
      [`${nurses.id}:onet`, `${nurses.id}:bls`, `${surgeons.id}:onet`, `${surgeons.id}:bls`],
    );
    assert.ok(parseToWebview({ type: 'show', page }).ok);
    const own = { id: 'my-role', title: 'Mine', category: 'x' };
    assert.deepEqual(pageOf(buildComparison([nurses], lookupOf([nurses])), [], { roles: [own] }).officialPages, []);
  });

  it('the webview asks by role and site, never with a URL', () => {
    assert.ok(parseFromWebview({ type: 'openOfficialPage', roleId: 'registered-nurses', site: 'bls' }).ok);
    assert.ok(!parseFromWebview({ type: 'openOfficialPage', roleId: 'registered-nurses', site: 'https://evil.example' }).ok);
    assert.ok(!parseFromWebview({ type: 'openOfficialPage', roleId: 'x', site: 'onet', url: 'https://evil.example' }).ok);
  });
});
