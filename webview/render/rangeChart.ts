// Draws a range section: one row per role on the shared scale the core
// computed (positions in percent). Marks are placed through CSSOM; the
// figures are printed as text, and each row has a text alternative. A
// state's row may carry the national range (drawn under it, thinner and
// muted) and the user's own pay (a dashed mark, and its sentence as text).
import type { RangePoint, Section, YourPay } from '../../src/protocol/comparisonView';
import { appendAll, el, noData } from '../dom';
import { bestMark } from './bestMark';

type RangeSection = Extract<Section, { kind: 'range' }>;
type RangeRow = RangeSection['rows'][number];

/** A positioned span from `from`% to `to`% of the plot. */
function span(className: string, from: number, to: number): HTMLElement {
  const node = el('span', className);
  node.style.left = `${from}%`;
  node.style.width = `${Math.max(0, to - from)}%`;
  return node;
}

function plot(points: RangePoint[]): HTMLElement {
  const area = el('span', 'range-plot');
  const byKey = new Map(points.map((p) => [p.key, p]));
  const first = points[0];
  const last = points[points.length - 1];
  area.append(span('range-whisker', first.at, last.at));
  // A top-coded end runs on, dashed, to the scale's end: the true value is higher than its floor.
  if (last.open) area.append(span('range-open-end', last.at, 100));
  const p25 = byKey.get('p25');
  const p75 = byKey.get('p75');
  if (p25 && p75) area.append(span('range-box', p25.at, p75.at));
  const median = byKey.get('median');
  if (median) {
    const mark = el('span', 'range-median');
    mark.style.left = `${median.at}%`;
    area.append(mark);
  }
  if (last.open) area.append(el('span', 'range-open-label', last.text));
  return area;
}

/** The user's pay on the plot: a dashed line and its amount above it (the plot's text alternative is the row's). */
function yourPayMark(pay: YourPay): HTMLElement {
  const mark = el('span', 'range-your-pay');
  mark.style.left = `${pay.at}%`;
  mark.append(el('span', 'range-your-pay-label', `You ${pay.text}`));
  return mark;
}

function figures(points: RangePoint[], className = 'range-figures'): HTMLElement {
  const list = el('ul', className);
  appendAll(
    list,
    points.map((p) => {
      const li = el('li');
      li.append(el('span', 'range-figure-label', `${p.label} `), el('span', 'range-figure-value', p.text));
      if (p.best) li.append(' ', bestMark(p.best));
      return li;
    }),
  );
  return list;
}

function axis(section: RangeSection): HTMLElement {
  const row = el('div', 'range-row range-axis-row');
  row.setAttribute('aria-hidden', 'true');
  const scale = el('span', 'range-axis');
  appendAll(
    scale,
    section.ticks.map((t) => {
      const tick = el('span', 'range-tick', t.text);
      tick.style.left = `${t.at}%`;
      return tick;
    }),
  );
  row.append(el('span', 'range-heading', section.measure), scale);
  return row;
}

/** A labelled plot and its figures, or a labelled "no data"; `pay` marks the user's pay on it; `beside`: the national one, muted. */
function rangeLine(beside: boolean, heading: string, summary: string, points: RangePoint[], pay?: YourPay): HTMLElement[] {
  const line = el('div', beside ? 'range-row range-beside' : 'range-row');
  line.append(el('span', 'range-heading', heading));
  if (points.length === 0) {
    line.append(noData());
    return [line];
  }
  const area = plot(points);
  if (pay) {
    area.append(yourPayMark(pay));
    line.classList.add('has-your-pay');
  }
  area.setAttribute('role', 'img');
  area.setAttribute('aria-label', summary);
  line.append(area);
  return [line, figures(points, beside ? 'range-figures range-beside-figures' : 'range-figures')];
}

function rowNodes(row: RangeRow): HTMLElement[] {
  const nodes = rangeLine(false, row.heading, row.summary, row.points, row.yourPay);
  // Said in words under the row too: the mark alone reaches neither a screen reader nor someone who cannot see its place.
  if (row.yourPay) nodes.push(el('p', 'range-your-pay-says', row.yourPay.says));
  if (row.beside) {
    const { label, summary, points } = row.beside;
    for (const node of rangeLine(true, label, summary, points)) nodes.push(node);
  }
  return nodes;
}

export function renderRange(section: RangeSection): HTMLElement {
  const chart = el('div', 'range-chart');
  for (const row of section.rows) appendAll(chart, rowNodes(row));
  chart.append(axis(section));
  return chart;
}
