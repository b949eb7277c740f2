// The two career path pages as the webview draws them, in a DOM, on real
// pages the host builds from the committed catalog and profiles: "Paths from
// Electricians to Construction Managers" (the picture, named, one box per
// role and one labelled arrow per step; the same routes as a list with every
// step's figures and buttons), a page with no route (what blocks it, the
// nearest roles), "Moves from Electricians" (filter toggles, the groups) and
// a hostile title. Every intent is posted as main.ts posts it and must pass
// the host's own check.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCatalog } from '../../src/model/catalog';
import { parseCatalogFile } from '../../src/model/generatedCatalog';
import { buildExploreView } from '../../src/paths/exploreView';
import { buildPathIndex } from '../../src/paths/pathIndex';
import { buildPathView } from '../../src/paths/pathView';
import type { ComparisonView, Section } from '../../src/protocol/comparisonView';
import { parseFromWebview, type FromWebview } from '../../src/protocol/messages';
import { installDom } from '../support/dom';
import { XSS_PAYLOADS } from '../support/hostile';
import { pageOf } from '../support/page';
import { committedProfiles } from '../support/profiles';
import { noActions } from '../support/renderActions';
import { loadBundledCatalog, ROOT } from '../support/roles';

installDom();
// After the DOM exists: the toolkit registers custom elements on load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const render = require('../../webview/render/page') as typeof import('../../webview/render/page');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { markScrolling, titleLines } =
  require('../../webview/render/paths/pathGraph') as typeof import('../../webview/render/paths/pathGraph');

const generated = parseCatalogFile('catalog.json', readFileSync(join(ROOT, 'data', 'generated', 'catalog.json'), 'utf8'));
const catalog = assembleCatalog(loadBundledCatalog(), generated, 'catalog.json');
const index = buildPathIndex(catalog, committedProfiles().profiles);

const electricians = { id: 'electricians', title: 'Electricians' };
const managers = { id: 'construction-managers', title: 'Construction Managers' };
const nurses = { id: 'registered-nurses', title: 'Registered Nurses' };
const SUPERVISORS = 'first-line-supervisors-of-construction-trades-and-extraction-workers';

type Routes = Extract<Section, { kind: 'routes' }>;
type Reach = Extract<Section, { kind: 'reach' }>;

/** Draws `view` with the intents posted as main.ts posts them, each checked by the host's parser. */
function paint(view: ComparisonView) {
  const posted: FromWebview[] = [];
  const post = (message: FromWebview) => {
    const parsed = parseFromWebview(message);
    assert.ok(parsed.ok, `the host would refuse ${JSON.stringify(message)}`);
    posted.push(message);
  };
  const actions = {
    ...noActions,
    openRole: (roleId: string) => post({ type: 'openRole', roleId }),
    planStep: (from: string, to: string) => post({ type: 'planStep', from, to }),
    addToComparison: (roleId: string) => post({ type: 'addToComparison', roleId }),
    setExploreFilter: (filter: Reach['filters'][number]['id'], on: boolean) => post({ type: 'setExploreFilter', filter, on }),
  };
  const root = document.createElement('main');
  document.body.append(root);
  roots.push(root);
  assert.deepEqual(render.showPage(root, pageOf(view, [], { fixedColumns: true }), actions), { ok: true });
  return { root, posted };
}

const click = (node: Element) => node.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonsNamed = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('vscode-button')].filter((b) => b.textContent === label);

function routesOf(view: ComparisonView): Routes {
  const section = view.sections.find((s) => s.kind === 'routes');
  assert.ok(section?.kind === 'routes');
  return section;
}

/** The figures line's text as the page writes it, from the host's printed figures ("—" and "no data" are two spans, spaced by CSS). */
function figures(role: Routes['routes'][number]['start']): string {
  const pay = role.pay === null ? 'pay —no data' : role.payChange ? `${role.pay}, ${role.payChange}` : role.pay;
  return [
    pay,
    role.growth === null ? 'growth —no data' : `growth ${role.growth}`,
    role.education ?? 'education —no data',
    role.jobZone ?? 'Job Zone —no data',
  ].join(' · ');
}

// Only this suite's pages: a root-level hook would run after every suite's tests.
const roots: HTMLElement[] = [];
function removeRoots(): void {
  for (const root of roots.splice(0)) root.remove();
}

describe('Paths from A to B in the webview', () => {
  afterEach(removeRoots);
  const view = buildPathView(index, electricians, managers);
  const section = routesOf(view);

  it('has routes to draw (the page this suite relies on)', () => {
    assert.ok(section.routes.length >= 2, 'several routes');
    assert.ok(section.graph);
    assert.equal(section.routes[0].steps[0].to.id, SUPERVISORS);
  });

  it('draws the picture as one image named by the host, one box per role, start and target marked', () => {
    const { root } = paint(view);
    const graph = section.graph!;
    const svgs = root.querySelectorAll('svg');
    assert.equal(svgs.length, 1);
    const svg = svgs[0];
    assert.equal(svg.getAttribute('role'), 'img');
    assert.equal(svg.getAttribute('aria-label'), graph.name);
    assert.match(svg.getAttribute('viewBox') ?? '', /^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    // Everything inside is drawing: hidden from assistive technology, the name says it all.
    for (const part of svg.querySelectorAll(':scope > g')) assert.equal(part.getAttribute('aria-hidden'), 'true');
    const nodes = [...svg.querySelectorAll('g.path-node')];
    assert.equal(nodes.length, graph.nodes.length);
    nodes.forEach((node, i) => {
      const n = graph.nodes[i];
      assert.equal(node.querySelector('title')!.textContent, n.pay === null ? n.title : `${n.title}, ${n.pay}`);
      assert.ok(node.classList.contains(`path-node-${n.place}`));
      // The title as drawn is the title, whole or cut short with "…".
      const drawn = [...node.querySelectorAll('.path-node-title tspan')].map((t) => t.textContent).join(' ');
      assert.ok(drawn === n.title || (drawn.endsWith('…') && n.title.startsWith(drawn.slice(0, 10))), `${drawn} for ${n.title}`);
    });
    assert.equal(svg.querySelectorAll('.path-node-start').length, 1);
    assert.equal(svg.querySelectorAll('.path-node-target').length, 1);
    assert.equal(
      nodes[graph.nodes.findIndex((n) => n.place === 'start')].querySelector('title')!.textContent!.startsWith('Electricians'),
      true,
    );
  });

  it('draws one arrow per step, each with an arrowhead and its pay change as label', () => {
    const { root } = paint(view);
    const graph = section.graph!;
    const svg = root.querySelector('svg')!;
    const marker = svg.querySelector('defs marker')!;
    assert.ok(marker.id);
    const arrows = [...svg.querySelectorAll('path.path-edge')];
    assert.equal(arrows.length, graph.edges.length);
    for (const arrow of arrows) assert.equal(arrow.getAttribute('marker-end'), `url(#${marker.id})`);
    assert.deepEqual(
      [...svg.querySelectorAll('.path-edge-label')].map((l) => l.textContent),
      graph.edges.map((e) => e.label),
    );
    assert.ok(
      graph.edges.some((e) => /^[+−]\$/.test(e.label)),
      'a pay change among the labels',
    );
  });

  it('lists the same routes: one item per route, headed by its label, the start, then each step with its figures', () => {
    const { root } = paint(view);
    const items = [...root.querySelectorAll('ol.path-routes > li')];
    assert.equal(items.length, section.routes.length);
    items.forEach((item, r) => {
      const route = section.routes[r];
      assert.equal(text(item.querySelector('h3')), route.label);
      assert.equal(item.getAttribute('aria-labelledby'), item.querySelector('h3')!.id);
      assert.equal(text(item.querySelector('.path-start .role-link')), route.start.title);
      assert.equal(text(item.querySelector('.path-start .path-figures')), figures(route.start));
      const steps = [...item.querySelectorAll('ol.path-steps > li')];
      assert.equal(steps.length, route.steps.length);
      steps.forEach((li, s) => {
        const step = route.steps[s];
        assert.equal(text(li.querySelector('.role-link')), step.to.title);
        assert.equal(text(li.querySelector('.path-figures')), figures(step.to));
        if (step.build.length > 0) assert.equal(text(li.querySelector('.path-build')), `Build: ${step.build.join(', ')}`);
        assert.equal(text(li.querySelector('.path-cost')), `Cost ${step.cost}`);
        assert.equal(buttonsNamed(li, 'Plan this step').length, 1);
        assert.equal(buttonsNamed(li, 'Add to comparison').length, 1);
      });
    });
    // A real figures line, as the brief of the page reads it: pay with its change, growth, education, Job Zone.
    const first = text(items[0].querySelector('ol.path-steps > li .path-figures'));
    assert.match(first, /^\$[\d,]+, [+−]\$[\d,]+ a year \([+−][\d.]+%\) · growth [+−−-]?[\d.]+% · .+ · Job Zone \d of 5$/);
  });

  it('posts planStep with the step’s two role ids, addToComparison and openRole with the role’s id', () => {
    const { root, posted } = paint(view);
    const firstStep = root.querySelector('ol.path-routes > li ol.path-steps > li')!;
    click(buttonsNamed(firstStep, 'Plan this step')[0]);
    click(buttonsNamed(firstStep, 'Add to comparison')[0]);
    click(firstStep.querySelector('.role-link')!);
    assert.deepEqual(posted, [
      { type: 'planStep', from: 'electricians', to: SUPERVISORS },
      { type: 'addToComparison', roleId: SUPERVISORS },
      { type: 'openRole', roleId: SUPERVISORS },
    ]);
    // Each Plan button names its own step, so a list of buttons tells them apart.
    const plan = buttonsNamed(firstStep, 'Plan this step')[0];
    assert.equal(plan.getAttribute('aria-label'), `Plan this step: Electricians to ${section.routes[0].steps[0].to.title}`);
  });

  it('says what blocks a page with no route, and lists the nearest roles with their buttons', () => {
    const blocked = buildPathView(index, nurses, managers);
    const s = routesOf(blocked);
    assert.equal(s.routes.length, 0);
    assert.ok(s.blocked && s.blocked.length > 0 && s.nearest && s.nearest.length > 0);
    const { root, posted } = paint(blocked);
    assert.equal(root.querySelector('svg'), null);
    assert.equal(root.querySelector('ol.path-routes'), null);
    assert.deepEqual([...root.querySelectorAll('.path-blocked p')].map(text), s.blocked);
    const near = [...root.querySelectorAll('ul.path-nearest > li')];
    assert.equal(near.length, s.nearest.length);
    near.forEach((li, i) => {
      assert.equal(text(li.querySelector('.role-link')), s.nearest![i].role.title);
      assert.equal(text(li.querySelector('.path-figures')), figures(s.nearest![i].role));
      assert.equal(text(li.querySelector('.path-detail')), s.nearest![i].detail);
    });
    click(buttonsNamed(near[0], 'Add to comparison')[0]);
    click(near[0].querySelector('.role-link')!);
    assert.deepEqual(posted, [
      { type: 'addToComparison', roleId: s.nearest[0].role.id },
      { type: 'openRole', roleId: s.nearest[0].role.id },
    ]);
  });

  it('writes a hostile title as text: no element or attribute comes from it', () => {
    const base = routesOf(view);
    for (const payload of XSS_PAYLOADS.slice(0, 8)) {
      const graph = { ...base.graph!, nodes: base.graph!.nodes.map((n, i) => (i === 1 ? { ...n, title: payload } : n)) };
      const routes = base.routes.map((r, i) =>
        i === 0 ? { ...r, steps: r.steps.map((st, j) => (j === 0 ? { ...st, to: { ...st.to, title: payload } } : st)) } : r,
      );
      const hostile: ComparisonView = { ...view, sections: [{ ...base, graph, routes }] };
      const { root } = paint(hostile);
      assert.equal(root.querySelectorAll('script, img, iframe, object, style, a, details, template, link').length, 0, payload);
      assert.equal(root.querySelectorAll('svg').length, 1, payload);
      assert.equal(text(root.querySelector('ol.path-steps > li .role-link')), payload.replace(/\s+/g, ' ').trim());
      assert.equal(root.querySelectorAll('svg g.path-node')[1].querySelector('title')!.textContent!.startsWith(payload), true);
      for (const node of root.querySelectorAll('*'))
        for (const attr of node.getAttributeNames()) assert.ok(!attr.startsWith('on'), `${attr} on ${node.tagName}`);
    }
  });

  it('reads a figure the host lacks as "no data", and draws a node without pay as saying so', () => {
    const base = routesOf(view);
    const step = base.routes[0].steps[0];
    const bare = { ...step.to, pay: null, growth: null, education: null, jobZone: null };
    delete (bare as { payChange?: string }).payChange;
    const routes = [{ ...base.routes[0], steps: [{ ...step, to: bare }, ...base.routes[0].steps.slice(1)] }];
    const graph = { ...base.graph!, nodes: base.graph!.nodes.map((n) => ({ ...n, pay: null })) };
    const { root } = paint({ ...view, sections: [{ ...base, routes, graph }] });
    const line = root.querySelector('ol.path-steps > li .path-figures')!;
    assert.equal(text(line), 'pay —no data · growth —no data · education —no data · Job Zone —no data');
    assert.deepEqual(
      [...line.querySelectorAll('.no-data')].map((n) => n.getAttribute('aria-label')),
      ['no data', 'no data', 'no data', 'no data'],
    );
    for (const pay of root.querySelectorAll('svg .path-node-pay')) assert.equal(pay.textContent, 'pay: no data');
  });

  it('keeps every box inside the picture, arrows within a column and backwards included', () => {
    const graph = {
      name: 'Picture of a test',
      columns: 2,
      rows: 1,
      nodes: [
        { id: 'a', title: 'A', pay: '$1k', column: 0, row: 0, place: 'start' as const },
        { id: 'b', title: 'B', pay: '$2k', column: 1, row: 0, place: 'between' as const },
        { id: 'c', title: 'C', pay: null, column: 1, row: 1, place: 'between' as const },
        { id: 'd', title: 'D', pay: null, column: 2, row: 0, place: 'target' as const },
      ],
      edges: [
        { from: 0, to: 1, label: '+$1,000' },
        { from: 1, to: 2, label: 'same pay' },
        { from: 3, to: 0, label: 'pay change unknown' },
        { from: 0, to: 9, label: 'nowhere' },
      ],
    };
    const { root } = paint({ ...view, sections: [{ ...routesOf(view), graph }] });
    const svg = root.querySelector('svg')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    for (const box of svg.querySelectorAll('rect.path-node-box')) {
      const [x, y, bw, bh] = ['x', 'y', 'width', 'height'].map((a) => Number(box.getAttribute(a)));
      assert.ok(x >= 0 && y >= 0 && x + bw <= w && y + bh <= h, `${x},${y} in ${w}×${h}`);
    }
    for (const d of [...svg.querySelectorAll('path.path-edge')].map((p) => p.getAttribute('d')!)) assert.doesNotMatch(d, /NaN|undefined/);
    for (const label of svg.querySelectorAll('.path-edge-label')) {
      const [x, y] = ['x', 'y'].map((a) => Number(label.getAttribute(a)));
      assert.ok(x >= 0 && x <= w && y >= 0 && y <= h, `${label.textContent} at ${x},${y} in ${w}×${h}`);
    }
    // The arrow to a node that is not there is left out; the others are drawn.
    assert.deepEqual(
      [...svg.querySelectorAll('.path-edge-label')].map((l) => l.textContent),
      ['+$1,000', 'same pay', 'pay change unknown'],
    );
  });

  it('fits a long title in two lines, cut with "…", and keeps a short one whole', () => {
    assert.deepEqual(titleLines('Electricians'), ['Electricians']);
    const long = titleLines('First-Line Supervisors of Construction Trades and Extraction Workers');
    assert.equal(long.length, 2);
    assert.ok(long[1].endsWith('…'));
    for (const line of long) assert.ok(line.length <= 24, line);
    const oneWord = titleLines('Pneumonoultramicroscopicsilicovolcanoconiosis');
    assert.equal(oneWord.length, 1);
    assert.ok(oneWord[0].endsWith('…') && oneWord[0].length <= 24);
  });
  it('shrinks the picture with the panel to 80% of its drawn width at least, then scrolls it', () => {
    const { root } = paint(view);
    const svg = root.querySelector('svg')!;
    const drawn = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    assert.equal(svg.style.maxWidth, `${drawn}px`);
    assert.equal(svg.style.minWidth, `${Math.round(drawn * 0.8)}px`);
    const wrap = svg.parentElement!;
    assert.ok(wrap.classList.contains('path-graph-wrap'));
    // No tab stop while nothing scrolls; a named one while it does (arrow keys scroll it), and none again after.
    assert.equal(wrap.getAttribute('tabindex'), null);
    markScrolling(wrap, true);
    assert.deepEqual(
      ['tabindex', 'role', 'aria-label'].map((a) => wrap.getAttribute(a)),
      ['0', 'group', 'The picture of the routes, wider than the panel: scroll sideways to see all of it'],
    );
    markScrolling(wrap, false);
    assert.deepEqual(
      ['tabindex', 'role', 'aria-label'].map((a) => wrap.getAttribute(a)),
      [null, null, null],
    );
  });
});

describe('Explore Moves From… in the webview', () => {
  afterEach(removeRoots);
  const view = buildExploreView(index, electricians, ['paysMore']);
  const section = view.sections[0] as Reach;

  it('draws each filter as a toggle with aria-pressed, and a click asks the host to flip it', () => {
    assert.equal(section.kind, 'reach');
    const { root, posted } = paint(view);
    const toggles = [...root.querySelectorAll<HTMLButtonElement>('.path-filters button.path-filter')];
    assert.equal(root.querySelector('.path-filters')!.getAttribute('role'), 'group');
    assert.deepEqual(
      toggles.map((t) => [t.textContent, t.getAttribute('aria-pressed')]),
      section.filters.map((f) => [f.label, String(f.on)]),
    );
    const paysMore = toggles[section.filters.findIndex((f) => f.id === 'paysMore')];
    assert.equal(paysMore.getAttribute('aria-pressed'), 'true');
    const other = section.filters.findIndex((f) => !f.on);
    click(paysMore);
    click(toggles[other]);
    assert.deepEqual(posted, [
      { type: 'setExploreFilter', filter: 'paysMore', on: false },
      { type: 'setExploreFilter', filter: section.filters[other].id, on: true },
    ]);
    // The host draws the page again; until then nothing changes here.
    assert.equal(paysMore.getAttribute('aria-pressed'), 'true');
  });

  it('lists each group under its heading: role, "through" for two steps, figures, cost, build, and "and N more"', () => {
    const { root } = paint(view);
    const headings = [...root.querySelectorAll('.path-reach h3')].map(text);
    assert.deepEqual(
      headings,
      section.groups.map((g) => g.heading),
    );
    const lists = [...root.querySelectorAll('ul.path-entries')];
    const shown = section.groups.filter((g) => g.entries.length > 0);
    assert.equal(lists.length, shown.length);
    lists.forEach((list, g) => {
      const items = [...list.querySelectorAll(':scope > li')];
      assert.equal(items.length, shown[g].entries.length);
      items.forEach((li, i) => {
        const entry = shown[g].entries[i];
        assert.equal(text(li.querySelector('.role-link')), entry.role.title);
        assert.equal(text(li.querySelector('.path-via')), entry.via ? `through ${entry.via.title}` : '');
        assert.equal(text(li.querySelector('.path-figures')), figures(entry.role));
        assert.equal(text(li.querySelector('.path-cost')), `Cost ${entry.cost}`);
        if (entry.build.length > 0) assert.equal(text(li.querySelector('.path-build')), `Build: ${entry.build.join(', ')}`);
      });
    });
    assert.ok(
      section.groups.some((g) => g.entries.some((e) => e.via)),
      'a two-step move on this page',
    );
    const more = section.groups.filter((g) => g.more > 0).map((g) => `and ${g.more} more — turn on a filter to narrow the list`);
    assert.deepEqual([...root.querySelectorAll('.path-more')].map(text), more);
  });

  it('posts planStep from the start to the role, addToComparison and openRole', () => {
    const { root, posted } = paint(view);
    const entry = section.groups[0].entries[0];
    const li = root.querySelector('ul.path-entries > li')!;
    click(buttonsNamed(li, 'Plan this move')[0]);
    click(buttonsNamed(li, 'Add to comparison')[0]);
    click(li.querySelector('.role-link')!);
    assert.deepEqual(posted, [
      { type: 'planStep', from: 'electricians', to: entry.role.id },
      { type: 'addToComparison', roleId: entry.role.id },
      { type: 'openRole', roleId: entry.role.id },
    ]);
  });

  it('says the section’s empty text when no group has a role', () => {
    const empty: Reach = { ...section, groups: section.groups.map((g) => ({ ...g, entries: [], more: 0 })) };
    const { root } = paint({ ...view, sections: [empty] });
    assert.equal(root.querySelectorAll('ul.path-entries, .path-reach h3').length, 0);
    assert.equal(text(root.querySelector('.path-empty')), section.empty);
    // The filters stay, so the user can turn one off again.
    assert.equal(root.querySelectorAll('button.path-filter').length, section.filters.length);
  });
});
