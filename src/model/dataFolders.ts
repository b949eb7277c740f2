// Where the data lives under data/: folders of hand-written role files (loaded
// whole), and the generated official dataset (a catalog, a search index and
// detail files; see generatedCatalog.ts). Kept free of zod so the activation
// bundle can import it.
export const ROLE_FOLDERS = ['roles'] as const;
export const GENERATED_FOLDER = 'generated';
/** In the generated folder: the catalog of summaries and the prebuilt search index. */
export const CATALOG_FILE = 'catalog.json';
export const SEARCH_INDEX_FILE = 'search-index.json';
/** The hover cards' phrase matcher of official titles, in the generated folder. */
export const PHRASES_FILE = 'phrases.json';
/** Whole O*NET skill and knowledge profiles of official roles (similar roles, skill gaps), in the generated folder. */
export const PROFILES_FILE = 'profiles.json';

/** A category as a file name: "Management Occupations" → "management-occupations". */
export function groupSlug(category: string): string {
  const slug = category
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'other';
}
