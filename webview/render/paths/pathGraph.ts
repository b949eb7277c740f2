// Draws the routes as an SVG picture: one box per role on the grid the host
// gives (columns left to right, rows centred in each column), one arrow per
// step labelled with its pay change. The picture is one image to assistive
// technology, named by the host's words; the list after it gives each step.
// Colours come from paths.css (theme variables), never from attributes here.
import type { PathGraph } from '../../../src/protocol/pathSections';

const SVG = 'http://www.w3.org/2000/svg';

/** Grid sizes in viewBox units: a gap wide enough for an arrow's label. */
const BOX_W = 200;
const BOX_H = 64;
const GAP_X = 120;
const GAP_Y = 22;
const PAD = 8;
/** Characters per title line: about what fits in BOX_W at the picture's font size. */
const LINE_CHARS = 24;
const TITLE_LINES = 2;
/** The least the picture shrinks to (14 px text drawn at 11 px), so its text stays readable. */
const MIN_SCALE = 0.8;

type Node = PathGraph['nodes'][number];

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A title in at most two lines, broken at spaces; a longer one ends in "…"
 * (SVG text does not wrap, and the box has a fixed size; the full title is
 * in the node's <title>).
 */
export function titleLines(title: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= LINE_CHARS || line === '') {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  const kept = lines.slice(0, TITLE_LINES);
  const cut = lines.length > TITLE_LINES || kept.some((l) => l.length > LINE_CHARS);
  if (cut) {
    const last = kept.length - 1;
    kept[last] = `${kept[last].slice(0, LINE_CHARS - 1).trimEnd()}…`;
    for (let i = 0; i < last; i++) if (kept[i].length > LINE_CHARS) kept[i] = `${kept[i].slice(0, LINE_CHARS - 1)}…`;
  }
  return kept;
}

interface Box {
  x: number;
  y: number;
}

/** Each node's top-left corner: its column's nodes centred within `rows`. */
function layout(graph: PathGraph): Box[] {
  // Counted per column met, not per `columns`: a node past the grid still gets a place, not NaN.
  const inColumn = new Map<number, number>();
  for (const n of graph.nodes) inColumn.set(n.column, Math.max(inColumn.get(n.column) ?? 0, n.row + 1));
  return graph.nodes.map((n) => ({
    x: PAD + n.column * (BOX_W + GAP_X),
    y: PAD + (Math.max(0, graph.rows - (inColumn.get(n.column) ?? 1)) / 2 + n.row) * (BOX_H + GAP_Y),
  }));
}

function nodeGroup(node: Node, box: Box): SVGGElement {
  const g = svg('g', { class: `path-node path-node-${node.place}` });
  // The full title for a pointer's tooltip (the text itself may be cut short).
  g.append(svg('title', {}, node.pay === null ? node.title : `${node.title}, ${node.pay}`));
  g.append(svg('rect', { x: box.x, y: box.y, width: BOX_W, height: BOX_H, rx: 4, class: 'path-node-box' }));
  const text = svg('text', { x: box.x + BOX_W / 2, y: box.y + 18, 'text-anchor': 'middle', class: 'path-node-title' });
  titleLines(node.title).forEach((line, i) => text.append(svg('tspan', { x: box.x + BOX_W / 2, dy: i === 0 ? 0 : 16 }, line)));
  g.append(text);
  const pay = node.pay ?? 'pay: no data';
  g.append(svg('text', { x: box.x + BOX_W / 2, y: box.y + BOX_H - 9, 'text-anchor': 'middle', class: 'path-node-pay' }, pay));
  return g;
}

/** The arrow's path and where its label sits: forwards edge to edge, otherwise a curve that keeps clear of the boxes between. */
function arrowPath(a: Box, b: Box, from: Node, to: Node): { d: string; lx: number; ly: number; anchor?: 'start' } {
  const ay = a.y + BOX_H / 2;
  const by = b.y + BOX_H / 2;
  if (to.column > from.column) {
    const x1 = a.x + BOX_W;
    const x2 = b.x;
    return { d: `M ${x1} ${ay} L ${x2} ${by}`, lx: (x1 + x2) / 2, ly: (ay + by) / 2 };
  }
  if (to.column === from.column) {
    // Down (or up) the same column: out of the right side and back in, bowed into the gap, further
    // the more rows it spans, so two such arrows into one role stay apart; the label beside the bow.
    const x = a.x + BOX_W;
    const reach = Math.min(0.75, 0.2 + 0.2 * Math.abs(from.row - to.row)) * GAP_X;
    const apex = x + reach * 0.75;
    return { d: `M ${x} ${ay} C ${x + reach} ${ay} ${x + reach} ${by} ${x} ${by}`, lx: apex + 3, ly: (ay + by) / 2 + 10, anchor: 'start' };
  }
  // Backwards: from the left side to the right side of an earlier column, bowed below the straight line.
  const x1 = a.x;
  const x2 = b.x + BOX_W;
  const dip = Math.max(ay, by) + BOX_H / 2 + GAP_Y / 2;
  return { d: `M ${x1} ${ay} C ${x1 - GAP_X / 2} ${dip} ${x2 + GAP_X / 2} ${dip} ${x2} ${by}`, lx: (x1 + x2) / 2, ly: dip - 4 };
}

/** The picture; `idBase` keeps the arrowhead's id unique on the page. */
export function renderPathGraph(graph: PathGraph, idBase: string): SVGSVGElement {
  // The grid as given, grown to hold any node placed past it, so nothing is drawn outside the viewBox.
  let columns = graph.columns;
  let rows = graph.rows;
  for (const n of graph.nodes) {
    columns = Math.max(columns, n.column + 1);
    rows = Math.max(rows, n.row + 1);
  }
  let width = PAD * 2 + columns * BOX_W + (columns - 1) * GAP_X;
  let height = PAD * 2 + rows * BOX_H + (rows - 1) * GAP_Y;
  const picture = svg('svg', { role: 'img', 'aria-label': graph.name, class: 'path-graph' });
  const marker = `${idBase}-arrowhead`;
  const defs = svg('defs');
  const head = svg('marker', {
    id: marker,
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  head.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'path-arrowhead' }));
  defs.append(head);
  // The parts are drawing, not content: the svg's name says what it shows.
  const arrows = svg('g', { class: 'path-edges', 'aria-hidden': 'true' });
  const labels = svg('g', { class: 'path-edge-labels', 'aria-hidden': 'true' });
  const nodes = svg('g', { class: 'path-nodes', 'aria-hidden': 'true' });
  const boxes = layout(graph);
  for (const edge of graph.edges) {
    const a = boxes[edge.from];
    const b = boxes[edge.to];
    // A malformed index would draw nothing sensible: skip the arrow, keep the picture.
    if (a === undefined || b === undefined) continue;
    const { d, lx, ly, anchor } = arrowPath(a, b, graph.nodes[edge.from], graph.nodes[edge.to]);
    // A bow past the grid (backwards under the last row, or beside the last column) widens the picture to hold it.
    height = Math.max(height, ly + PAD);
    if (anchor === 'start') width = Math.max(width, lx + GAP_X * 0.6);
    arrows.append(svg('path', { d, class: 'path-edge', 'marker-end': `url(#${marker})` }));
    labels.append(svg('text', { x: lx, y: ly - 6, 'text-anchor': anchor ?? 'middle', class: 'path-edge-label' }, edge.label));
  }
  graph.nodes.forEach((node, i) => nodes.append(nodeGroup(node, boxes[i])));
  // Labels last: drawn over the arrows they name, with a halo of the background.
  picture.append(defs, arrows, nodes, labels);
  picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Never wider than drawn (text would grow past the page's own), narrower with the panel, but
  // not so narrow that its text cannot be read: past that the picture scrolls (pictureFigure).
  picture.style.maxWidth = `${width}px`;
  picture.style.minWidth = `${Math.round(width * MIN_SCALE)}px`;
  return picture;
}

/**
 * The picture in a box that scrolls sideways when the panel is narrower than
 * the picture can shrink. While it scrolls, the box takes the keyboard focus
 * (arrow keys scroll it) and is named for it; otherwise it is no tab stop.
 */
export function pictureFigure(graph: PathGraph, idBase: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'path-graph-wrap';
  wrap.append(renderPathGraph(graph, idBase));
  // jsdom (the unit tests) has no ResizeObserver; the picture is then drawn, never scrollable.
  if (typeof ResizeObserver === 'undefined') return wrap;
  const observer = new ResizeObserver(() => {
    if (!wrap.isConnected) return observer.disconnect();
    markScrolling(wrap, wrap.scrollWidth > wrap.clientWidth + 1);
  });
  observer.observe(wrap);
  return wrap;
}

/** A box that scrolls is a named tab stop; one that does not is neither. */
export function markScrolling(wrap: HTMLElement, scrolls: boolean): void {
  if (scrolls === wrap.hasAttribute('tabindex')) return;
  if (scrolls) {
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'group');
    wrap.setAttribute('aria-label', 'The picture of the routes, wider than the panel: scroll sideways to see all of it');
  } else for (const name of ['tabindex', 'role', 'aria-label']) wrap.removeAttribute(name);
}
