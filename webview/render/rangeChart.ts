// Draws a range section: one row per role on the shared scale the core
// computed (positions in percent). Marks are placed through CSSOM; the
// figures are printed as text, and each row has a text alternative.
import type { RangePoint, Section } from '../../src/protocol/comparisonView';
import { appendAll, el, noData } from '../dom';
import { bestMark } from './bestMark';

type RangeSection = Extract<Section, { kind: 'range' }>;

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

function figures(points: RangePoint[]): HTMLElement {
  const list = el('ul', 'range-figures');
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

export function renderRange(section: RangeSection): HTMLElement {
  const chart = el('div', 'range-chart');
  for (const row of section.rows) {
    const line = el('div', 'range-row');
    line.append(el('span', 'range-heading', row.heading));
    if (row.points.length === 0) {
      line.append(noData());
      chart.append(line);
      continue;
    }
    const area = plot(row.points);
    area.setAttribute('role', 'img');
    area.setAttribute('aria-label', row.summary);
    line.append(area);
    chart.append(line, figures(row.points));
  }
  chart.append(axis(section));
  return chart;
}
