// The export formats by name, for the save dialog and the setting.
import type { ComparisonView } from '../protocol/comparisonView';
import { comparisonCsv } from './csv';
import { comparisonJson } from './json';
import { comparisonMarkdown } from './markdown';

export const EXPORT_FORMATS = {
  markdown: { label: 'Markdown', extension: 'md', write: comparisonMarkdown },
  csv: { label: 'CSV', extension: 'csv', write: comparisonCsv },
  json: { label: 'JSON', extension: 'json', write: comparisonJson },
} as const satisfies Record<string, { label: string; extension: string; write: (view: ComparisonView) => string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (value: unknown): value is ExportFormat =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);

/** The format a saved file's name asks for (by its extension), if any. */
export function formatOfFileName(name: string): ExportFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'markdown') return 'markdown';
  for (const [format, spec] of Object.entries(EXPORT_FORMATS)) if (spec.extension === ext) return format as ExportFormat;
  return undefined;
}

/**
 * A file name for the page: "technical-manager-vs-lead-technician.md" for a
 * comparison; a career path page is named by its title,
 * "paths-from-electricians-to-construction-managers.md".
 */
export function exportFileName(view: Pick<ComparisonView, 'roles' | 'title' | 'sections'>, format: ExportFormat): string {
  const pathPage = view.sections.some((s) => s.kind === 'routes' || s.kind === 'reach');
  const base = (pathPage ? view.title.toLowerCase().split(/\s+/) : view.roles.map((r) => r.id))
    .join(pathPage ? '-' : '-vs-')
    .replace(/[^a-z0-9.-]+/gi, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, 120);
  return `${base || 'comparison'}.${EXPORT_FORMATS[format].extension}`;
}
