// The folders under data/ that hold role files: hand-written roles and the
// generated official dataset. Kept free of zod so the activation bundle can import it.
export const ROLE_FOLDERS = ['roles', 'generated'] as const;
