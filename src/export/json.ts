// A comparison as JSON: the exported rows with "no data" as null, for
// scripts. `format` and `version` let a reader check what it got.
import type { ComparisonView } from '../protocol/comparisonView';
import { exportDocument, type ExportDocument } from './document';

export const JSON_FORMAT = 'career-compare/comparison';
export const JSON_VERSION = 1;

export interface ComparisonJson extends ExportDocument {
  format: typeof JSON_FORMAT;
  version: typeof JSON_VERSION;
}

/** The comparison as pretty-printed JSON, ending with one newline. */
export function comparisonJson(view: ComparisonView): string {
  const out: ComparisonJson = { format: JSON_FORMAT, version: JSON_VERSION, ...exportDocument(view) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
