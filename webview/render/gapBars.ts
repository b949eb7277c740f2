// Draws a skill gap section: for each skill, two bars on one scale — the
// role moved from, then the role moved to — with the gap written beside
// them. Each pair is one image to a screen reader, read from its spoken
// text (both values, the scale and the gap); "from" and "to" are written
// on the bars, so nothing depends on colour alone.
import type { Section } from '../../src/protocol/comparisonView';
import { appendAll, el } from '../dom';

type GapSection = Extract<Section, { kind: 'gap' }>;
type GapRow = GapSection['rows'][number];

function line(who: 'from' | 'to', value: { value: number; text: string }, max: number): HTMLElement {
  const wrap = el('span', `gap-line gap-line-${who}`);
  const track = el('span', 'bar-track');
  const fill = el('span', `bar-fill gap-fill-${who}`);
  // CSSOM, not an inline style attribute: allowed under our style-src.
  fill.style.width = `${Math.min(100, (value.value / max) * 100)}%`;
  track.append(fill);
  wrap.append(el('span', 'gap-who', who), track, el('span', 'gap-value', value.text));
  return wrap;
}

function renderRow(row: GapRow, max: number): HTMLElement {
  const item = el('div', 'gap-row');
  item.setAttribute('role', 'img');
  item.setAttribute('aria-label', row.spoken);
  const bars = el('span', 'gap-bars');
  bars.append(line('from', row.from, max), line('to', row.to, max));
  const text = el('span', 'gap-text');
  text.append(el('span', 'gap-amount', row.gap));
  if (row.level) text.append(el('span', 'gap-level', row.level));
  appendAll(item, [el('span', 'gap-label', row.label), bars, text]);
  for (const child of item.children) child.setAttribute('aria-hidden', 'true');
  return item;
}

export function renderGap(section: GapSection): HTMLElement {
  const wrap = el('div', 'gap');
  if (section.rows.length === 0) {
    wrap.append(el('p', 'gap-empty', section.empty));
    return wrap;
  }
  const legend = el('p', 'measure gap-legend', `${section.measure}: “from” is ${section.from}, “to” is ${section.to}.`);
  const rows = el('div', 'gap-rows');
  appendAll(
    rows,
    section.rows.map((r) => renderRow(r, section.max)),
  );
  wrap.append(legend, rows);
  return wrap;
}
