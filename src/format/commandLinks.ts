// Markdown command links built from data: the arguments encoded so no
// character can end the link early, the link text escaped so it stays text.

/** A command URI with its arguments as JSON, percent-encoded, parentheses and quotes included. */
export function commandUri(command: string, args: readonly unknown[]): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${query}`;
}

/** Text safe inside a Markdown link's brackets: every character Markdown could read is backslash-escaped. */
export function escapeLinkText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$]/g, '\\$&');
}
