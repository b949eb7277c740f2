// The rules of "Download O*NET Descriptions": which URLs may be fetched, the
// size limits, and the text of every failure a user can meet. Pure (no
// `vscode`, no Node APIs) so the rules are unit-tested and shared by any
// downloader (Node today, a web worker later).

import { LIMITS } from '../../limits';
import { settingKey } from '../../settings';
import { quote } from '../../util/safeText';

const MB = 1024 * 1024;

/**
 * Limits for the download and the unzip. The needed files of the 29.3 release
 * unpack to 3.4 MB (Task Statements.txt) and 0.3 MB (Occupation Data.txt); the
 * limits sit more than an order of magnitude above, and far below what would
 * hurt the extension host.
 */
export const DOWNLOAD_LIMITS = {
  /** Bytes of the zip itself, checked on Content-Length and while streaming. */
  archiveBytes: LIMITS.downloadArchiveBytes,
  /** Uncompressed bytes of one needed entry, counted on the bytes actually inflated. */
  entryBytes: LIMITS.downloadEntryBytes,
  /** Uncompressed bytes of all needed entries together. */
  totalBytes: LIMITS.downloadTotalBytes,
  /** Entries in the archive's directory (the 29.3 text release has about 40). */
  entries: LIMITS.downloadEntries,
  /** Bytes of one entry's name (names are compared byte by byte with the local header's). */
  nameBytes: LIMITS.downloadEntryNameBytes,
  /** Redirects followed, each under the same URL rules. */
  redirects: 5,
  /** Seconds without a byte (or without an answer) before a download is given up as stalled. */
  idleSeconds: 60,
} as const;

/** Hosts that may be fetched over plain http: this computer only (tests, local mirrors). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The publisher's hosts a redirect may lead to, over https on the default
 * port: O*NET's downloads are all served from www.onetcenter.org
 * (/dl_files/database/…). Any other redirect must stay on the server the
 * user configured (same scheme, host and port), so no redirect reaches
 * another port of this computer or a server the user never named.
 */
export const ONET_HOSTS: readonly string[] = ['www.onetcenter.org'];

/** A failure the user is told about as is: the message names what went wrong. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; error: string };

/**
 * https anywhere; plain http only for loopback hosts; nothing else (no file:,
 * no ftp:, no credentials in the URL). `base` resolves a redirect's Location.
 */
export function checkDownloadUrl(text: string, base?: string): UrlCheck {
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return { ok: false, error: `${quote(text)} is not a valid URL` };
  }
  if (url.username || url.password) return { ok: false, error: `${quote(url.host)}: a URL with a user name or password is refused` };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    if (LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url };
    return {
      ok: false,
      error: `${quote(url.href)} uses plain http, allowed only for this computer (127.0.0.1, localhost, ::1): use https`,
    };
  }
  return { ok: false, error: `${quote(url.href)} is not an https URL` };
}

/**
 * A redirect's target: resolved against the URL that sent it, under the URL
 * rules, and then only to the origin of `start` (the URL from the user's
 * setting) or over https to one of ONET_HOSTS.
 */
export function checkRedirect(location: string, from: URL, start: URL): UrlCheck {
  const next = checkDownloadUrl(location, from.href);
  if (next.ok && (next.url.origin === start.origin || isOnetHost(next.url))) return next;
  const hosts = ONET_HOSTS.map((host) => `https://${host}`).join(', ');
  return {
    ok: false,
    error: `${quote(resolved(location, from))}: refused (a redirect may go only to the same server, ${start.origin}, or to ${hosts})`,
  };
}

const isOnetHost = (url: URL) => url.protocol === 'https:' && url.port === '' && ONET_HOSTS.includes(url.hostname);

/** A Location as the absolute address it names, or as written when it names none. */
function resolved(location: string, from: URL): string {
  try {
    return new URL(location, from.href).href;
  } catch {
    return location;
  }
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** "12.3 MB of 80.1 MB" (or just "12.3 MB" when the size is unknown). */
export function progressText(received: number, total: number | undefined): string {
  return total === undefined ? megabytes(received) : `${megabytes(received)} of ${megabytes(total)}`;
}

/** Why a connection failed, from Node's error code, in words. */
const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name could not be resolved (offline?)',
  EAI_AGAIN: 'the host name could not be resolved (offline?)',
  ETIMEDOUT: 'the connection timed out',
  ECONNRESET: 'the connection was reset',
  ENETUNREACH: 'the network is unreachable (offline?)',
  EHOSTUNREACH: 'the host is unreachable',
};

/** The texts of every download failure, in one place. */
export const failures = {
  badSetting: (detail: string) => new DownloadError(`the setting ${settingKey('downloadUrl')} is not usable: ${detail}`),
  connection: (url: URL, code: string | undefined) =>
    new DownloadError(
      `could not reach ${url.host}: ${(code && CONNECTION_CODES[code]) ?? `the connection failed${code ? ` (${code})` : ''}`}`,
    ),
  status: (url: URL, status: number, statusText: string) =>
    new DownloadError(`${url.host} answered HTTP ${status}${statusText ? ` ${statusText}` : ''} for ${quote(url.pathname)}`),
  redirect: (url: URL, detail: string) => new DownloadError(`${url.host} redirected the download: ${detail}`),
  redirectTo: (url: URL, detail: string) => new DownloadError(`${url.host} redirected the download to ${detail}`),
  // VS Code for the Web: the browser gives no reason for a refused request (offline, refused, or no CORS headers).
  browserRefused: (url: URL) =>
    new DownloadError(
      `the browser could not fetch from ${url.host}: in VS Code for the Web a download works only from a server that allows ` +
        `requests from other sites (CORS headers), and the browser does not say whether that, the network or the server failed. ` +
        `Download the zip yourself, unzip it into a folder this workbench can open, and run "Import O*NET Database…" on that folder`,
    ),
  hiddenRedirect: (url: URL) =>
    new DownloadError(
      `${url.host} redirected the download, and in VS Code for the Web the browser hides where to: ` +
        `set careerCompare.onet.downloadUrl to the final address, or download the zip yourself and use "Import O*NET Database…"`,
    ),
  encoding: (url: URL, encoding: string) =>
    new DownloadError(
      `${url.host} sent the download encoded as ${quote(encoding, 40)}, which cannot be decoded: ` +
        `download the zip yourself, unzip it and use "Import O*NET Database…"`,
    ),
  stalled: (url: URL, seconds: number) => new DownloadError(`${url.host} sent nothing for ${seconds} s: the download was given up`),
  tooManyRedirects: () => new DownloadError(`more than ${DOWNLOAD_LIMITS.redirects} redirects: refused`),
  tooLarge: (limit: number, announced: number | undefined) =>
    new DownloadError(
      `the download is larger than the ${megabytes(limit)} limit` +
        (announced === undefined ? '' : ` (the server announced ${megabytes(announced)})`),
    ),
  cutShort: (received: number, expected: number | undefined, detail?: string) =>
    new DownloadError(
      `the download broke off after ${megabytes(received)}` +
        (expected === undefined ? '' : ` of ${megabytes(expected)}`) +
        (detail ? ` (${detail})` : ''),
    ),
  notZip: (start: Uint8Array) => new DownloadError(`the download is not a zip archive (it starts with ${quote(printable(start), 24)})`),
  damagedArchive: (detail: string) => new DownloadError(`the zip archive is incomplete or damaged (${detail})`),
  hiddenEntries: (at: number) =>
    new DownloadError(`the zip archive holds data its directory does not list (a hidden local header at byte ${at}): refused`),
  longName: (bytes: number, limit: number) =>
    new DownloadError(`the zip archive holds an entry name of ${bytes} bytes, at most ${limit}: refused`),
  tooManyEntries: (limit: number) => new DownloadError(`the zip archive lists more than ${limit} entries: refused`),
  unsafeName: (name: string) => new DownloadError(`the zip archive holds an entry with an unsafe name, ${quote(name)}: refused`),
  duplicate: (name: string) => new DownloadError(`the zip archive holds ${quote(name)} twice: refused`),
  missing: (names: readonly string[]) =>
    new DownloadError(`the zip archive has no ${names.map((n) => quote(n)).join(' and no ')}: it is not an O*NET text release`),
  unsupported: (name: string, method: number) =>
    new DownloadError(`${quote(name)} in the zip archive uses compression method ${method}, which is not supported`),
  entryTooLarge: (name: string, limit: number) =>
    new DownloadError(`${quote(name)} in the zip archive unpacks to more than ${megabytes(limit)}: refused`),
  totalTooLarge: (limit: number) =>
    new DownloadError(`the needed files in the zip archive unpack to more than ${megabytes(limit)}: refused`),
  damagedEntry: (name: string, detail: string) => new DownloadError(`${quote(name)} in the zip archive is damaged: ${detail}`),
};

function printable(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  return out;
}
