// careerCompare.roleFiles entries as globs relative to a workspace folder.
// Kept free of zod so the activation bundle can import it.

const GLOB = /[*?{}[\]]/;

/**
 * "roles" → "roles/*.json"; "a/b.json" and globs stay; "./x" loses its "./".
 * Undefined for what would leave the folder (absolute paths, "..").
 */
export function toPattern(entry: string): string | undefined {
  const trimmed = entry.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  if (!trimmed || trimmed.startsWith('/') || /^[a-zA-Z]:/.test(trimmed) || trimmed.split('/').includes('..')) return undefined;
  if (GLOB.test(trimmed) || trimmed.endsWith('.json')) return trimmed;
  return `${trimmed}/*.json`;
}
