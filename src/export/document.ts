// A ComparisonView flattened into rows of text, the one shape every export
// format writes. Figures stay exactly as the panel prints them; a "no data"
// cell stays null here and each format spells it out.
import type { ComparisonView, Section } from '../protocol/comparisonView';

/** What a "no data" cell reads as in Markdown and CSV: the panel's own words. */
export const NO_DATA = '— no data';

export interface ExportRow {
  label: string;
  /** One per role, in column order; null is "no data", "" is a list that ran out before the others. */
  cells: (string | null)[];
}

export interface ExportSection {
  id: string;
  title: string;
  rows: ExportRow[];
  /** Why some cells read "no data", the rules behind the figures: shown under the table. */
  notes: string[];
  sources: string[];
}

export interface ExportDocument {
  title: string;
  roles: { id: string; title: string }[];
  headline: string[];
  sections: ExportSection[];
  /** Each licence statement the exported sections require (O*NET's CC BY 4.0), once. */
  attributions: string[];
}

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

/** Rows of a per-role list: row i holds each role's i-th entry, "" where a role's list is shorter, null where it is empty. */
function listRows(perRole: string[][], label: (i: number) => string): ExportRow[] {
  let longest = 0;
  for (const items of perRole) longest = Math.max(longest, items.length);
  const rows: ExportRow[] = [];
  for (let i = 0; i < Math.max(1, longest); i++) {
    rows.push({ label: label(i), cells: perRole.map((items) => (items.length === 0 ? (i === 0 ? null : '') : (items[i] ?? ''))) });
  }
  return rows;
}

/** A cell as text, its caption and the national figure beside it in brackets; "no data" stays null unless a figure is beside it. */
function tableCell(c: Of<'table'>['rows'][number]['cells'][number]): string | null {
  const extras = [c.caption, c.beside].filter((x) => x !== undefined);
  if (c.text === null) return c.beside === undefined ? null : `${NO_DATA} (${c.beside})`;
  return extras.length > 0 ? `${c.text} (${extras.join('; ')})` : c.text;
}

function tableRows(section: Of<'table'>): { rows: ExportRow[]; notes: string[] } {
  const rows = section.rows.map((row) => ({
    label: row.label,
    cells: row.cells.map(tableCell),
  }));
  const notes = section.rows.filter((r) => r.why && r.cells.some((c) => c.text === null)).map((r) => `${r.label}: ${r.why}`);
  return { rows, notes };
}

function listItems(list: Of<'list'>['lists'][number]): string[] {
  const tags = new Map((list.tags ?? []).map((t) => [t.item, t.tags]));
  return list.items.map((item, i) => (tags.has(i) ? `${item} (${tags.get(i)!.join(', ')})` : item));
}

function sectionRows(section: Section): { rows: ExportRow[]; notes: string[] } {
  switch (section.kind) {
    case 'table':
      return tableRows(section);
    case 'text':
      return { rows: [{ label: section.title, cells: section.blocks.map((b) => b.text) }], notes: [] };
    case 'list':
      return { rows: listRows(section.lists.map(listItems), (i) => String(i + 1)), notes: [] };
    case 'bars': {
      const measures = [...new Set(section.groups.filter((g) => g.bars.length > 0).map((g) => g.measure))];
      const rows = listRows(
        section.groups.map((g) => g.bars.map((b) => `${b.label}: ${b.text}`)),
        (i) => String(i + 1),
      );
      return { rows, notes: measures.map((m) => `Measure: ${m}`) };
    }
    case 'range':
      return { rows: [{ label: section.measure, cells: section.rows.map(rangeCell) }], notes: [] };
    case 'links':
      return {
        rows: listRows(
          section.groups.map((g) => g.roles.map((r) => (r.detail ? `${r.title} (${r.detail})` : r.title))),
          (i) => String(i + 1),
        ),
        notes: [],
      };
    case 'gap':
      return gapRows(section);
    case 'stateMap':
      return stateMapRows(section);
    case 'moves':
      // Buttons that open another page: nothing to export.
      return { rows: [], notes: [] };
    case 'routes':
    case 'reach':
      // Career paths: exported from their own pages (being written).
      return { rows: [], notes: [] };
  }
}

/** A role's range as text, and the national one beside it; never the user's own pay (it stays in the panel). */
function rangeCell(row: Of<'range'>['rows'][number]): string | null {
  const own = row.points.length === 0 ? null : row.summary;
  if (!row.beside) return own;
  return `${own ?? NO_DATA} (${row.beside.label}: ${row.beside.points.length === 0 ? 'no data' : row.beside.summary})`;
}

/** Pay by state: a row per state, each role's yearly mean and jobs as its cell. */
function stateMapRows(section: Of<'stateMap'>): { rows: ExportRow[]; notes: string[] } {
  const rows = (section.maps[0]?.tiles ?? []).map((first, i) => ({
    label: first.name,
    cells: section.maps.map((m) => {
      const t = m.tiles[i];
      if (t.yearlyText === undefined && t.jobsText === undefined) return null;
      const pay = t.yearlyText === undefined ? 'no published wage' : `${t.yearlyText} a year`;
      return `${pay}, ${t.jobsText === undefined ? 'jobs not published' : `${t.jobsText} jobs`}`;
    }),
  }));
  return { rows, notes: section.legend.length > 0 ? [`Colour steps: ${section.legend.join('; ')}`] : [] };
}

/** A skill gap: one row per skill, the two roles' values as cells, the gap (and levels) in the label. */
function gapRows(section: Of<'gap'>): { rows: ExportRow[]; notes: string[] } {
  const rows = section.rows.map((r) => ({
    label: `${r.label} (${r.gap}${r.level ? `; ${r.level}` : ''})`,
    cells: [r.from.text, r.to.text],
  }));
  return { rows, notes: rows.length > 0 ? [`Measure: ${section.measure}`] : [section.empty] };
}

export function exportDocument(view: ComparisonView): ExportDocument {
  const attributions: string[] = [];
  const sections = view.sections
    .filter((section) => section.kind !== 'moves')
    .map((section) => {
      if (section.attribution && !attributions.includes(section.attribution)) attributions.push(section.attribution);
      const { rows, notes } = sectionRows(section);
      return { id: section.id, title: section.title, rows, notes: [...notes, ...(section.notes ?? [])], sources: section.sources };
    });
  return {
    title: view.title,
    roles: view.roles.map((r) => ({ id: r.id, title: r.title })),
    headline: view.headline,
    sections,
    attributions,
  };
}
