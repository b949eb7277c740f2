// careerCompare.roleFiles entries as globs relative to a workspace folder.
// Kept free of zod so the activation bundle can import it.

const GLOB = /[*?{}[\]]/;

/**
 * "roles" → "roles/*.json"; "a/b.json" and globs stay; "./x" loses its "./".
 * A backslash is a separator too (a Windows path, "roles\offers"), written
 * as "/". Undefined for what would leave the folder: absolute paths
 * ("/x", "\x", "C:x", "\\server\x") and any ".." segment.
 */
export function toPattern(entry: string): string | undefined {
  const trimmed = entry
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '');
  if (!trimmed || trimmed.startsWith('/') || /^[a-zA-Z]:/.test(trimmed) || trimmed.split('/').includes('..')) return undefined;
  if (GLOB.test(trimmed) || trimmed.endsWith('.json')) return trimmed;
  return `${trimmed}/*.json`;
}
