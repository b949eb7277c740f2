// Bytes to text, refusing what is not UTF-8 (a Latin-1 "é" would otherwise
// become U+FFFD without a word) and saying on which line it first goes wrong.

export type Decoded = { ok: true; text: string } | { ok: false; line: number };

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  // Halve the prefix until the smallest failing one is found: few decodes, all native.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 4) {
    const mid = (good + bad) >>> 1;
    try {
      // Streaming: a sequence cut at the prefix's end is not an error, a wrong byte is.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  return good;
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalid(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    return { ok: false, line };
  }
}

/** The UTF-8 size of a text in bytes, counted without encoding it (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  // Every UTF-16 unit is at least one byte; add what each wider character needs beyond that.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 2 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}
