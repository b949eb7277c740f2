// A ComparisonView flattened into rows of text, the one shape every export
// format writes. Figures stay exactly as the panel prints them; a "no data"
// cell stays null here and each format spells it out.
import type { ComparisonView, Section } from '../protocol/comparisonView';
import type { PathRole } from '../protocol/pathSections';

/** What a "no data" cell reads as in Markdown and CSV: the panel's own words. */
export const NO_DATA = '— no data';

export interface ExportRow {
  label: string;
  /** One per role, in column order (or one per `columns` entry); null is "no data", "" is a list that ran out before the others. */
  cells: (string | null)[];
}

export interface ExportSection {
  id: string;
  title: string;
  /**
   * The cells' headings when they are not the roles: a career path page
   * writes one column of text ("Details"), whatever its roles.
   */
  columns?: string[];
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
      return routeRows(section);
    case 'reach':
      return reachRows(section);
  }
}

/** The one column a career path page's rows fill. */
export const PATH_COLUMNS = ['Details'];

/** A role on a path with its figures, as the page prints them: "$84,500 (+$14,870 a year (+21.4%)), growth +5.3%, …". */
function pathFigures(role: PathRole): string {
  const pay = role.pay === null ? 'pay: no data' : role.payChange ? `${role.pay} (${role.payChange})` : role.pay;
  return [pay, `growth ${role.growth ?? 'no data'}`, `education: ${role.education ?? 'no data'}`, role.jobZone ?? 'Job Zone: no data'].join(
    ', ',
  );
}

const buildText = (build: readonly string[]) => (build.length > 0 ? `build: ${build.join('; ')}` : 'nothing to build');

/** Routes: a row per route (its heading), then a row per step; with no route, what blocks it and the nearest roles. */
function routeRows(section: Of<'routes'>): { rows: ExportRow[]; notes: string[] } {
  const rows: ExportRow[] = [];
  section.routes.forEach((route, i) => {
    rows.push({
      label: `Route ${i + 1}`,
      cells: [`${route.label.replace(/^Route \d+: /, '')}; starts at ${route.start.title}: ${pathFigures(route.start)}`],
    });
    route.steps.forEach((step, s) => {
      const text = `${step.from.title} → ${step.to.title}: ${pathFigures(step.to)}, ${buildText(step.build)}, cost ${step.cost}`;
      rows.push({ label: `Route ${i + 1}, step ${s + 1}`, cells: [text] });
    });
  });
  (section.blocked ?? []).forEach((sentence, i) => rows.push({ label: `Blocked ${i + 1}`, cells: [sentence] }));
  (section.nearest ?? []).forEach((near, i) =>
    rows.push({ label: `Nearest ${i + 1}`, cells: [`${near.role.title}: ${pathFigures(near.role)}; ${near.detail}`] }),
  );
  if (rows.length === 0) rows.push({ label: 'Routes', cells: [null] });
  return { rows, notes: [] };
}

/** Explore: a row per listed role in each group, how many more pass past the list, the filters that are on as a note. */
function reachRows(section: Of<'reach'>): { rows: ExportRow[]; notes: string[] } {
  const rows: ExportRow[] = [];
  for (const group of section.groups) {
    // "Within one step: 21 roles" → "Within one step (1)": the count is in the headline.
    const heading = group.heading.replace(/:.*$/, '');
    group.entries.forEach((entry, i) => {
      const via = entry.via ? `, via ${entry.via.title}` : '';
      const text = `${entry.role.title}: ${pathFigures(entry.role)}${via}, ${buildText(entry.build)}, cost ${entry.cost}`;
      rows.push({ label: `${heading} (${i + 1})`, cells: [text] });
    });
    if (group.more > 0) rows.push({ label: `${heading} (more)`, cells: [`${group.more} more not listed`] });
  }
  if (rows.length === 0) rows.push({ label: 'Moves', cells: [section.empty] });
  const on = section.filters.filter((f) => f.on).map((f) => f.label);
  return { rows, notes: [on.length > 0 ? `Filters on: ${on.join(', ')}.` : 'Filters on: none.'] };
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
      const exported: ExportSection = {
        id: section.id,
        title: section.title,
        rows,
        notes: [...notes, ...(section.notes ?? [])],
        sources: section.sources,
      };
      if (section.kind === 'routes' || section.kind === 'reach') exported.columns = [...PATH_COLUMNS];
      return exported;
    });
  return {
    title: view.title,
    roles: view.roles.map((r) => ({ id: r.id, title: r.title })),
    headline: view.headline,
    sections,
    attributions,
  };
}
