// The download behind "Download O*NET Descriptions", behind a small interface
// so the network part is isolated (a web worker build can bring its own).
// This one uses the runtime's fetch (Node's, in the extension host) and follows
// redirects itself, only to the server the user named or O*NET's (checkRedirect). No `vscode`
// import: unit-tested in Node against a local server.
import { checkRedirect, DOWNLOAD_LIMITS, failures } from './downloadRules';

export interface DownloadProgress {
  received: number;
  /** From Content-Length, when the server sends it. */
  total: number | undefined;
}

export interface DownloadOptions {
  /** Aborting rejects the download (with the signal's reason). */
  signal: AbortSignal;
  onProgress(progress: DownloadProgress): void;
  /** Defaults to DOWNLOAD_LIMITS.archiveBytes. */
  maxBytes?: number;
  /** Defaults to DOWNLOAD_LIMITS.idleSeconds. */
  idleSeconds?: number;
}

export interface Downloader {
  /** The body of `url` (already checked), or a DownloadError naming what went wrong. */
  download(url: URL, options: DownloadOptions): Promise<Uint8Array>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Node's error code inside fetch's "fetch failed" TypeError (ECONNREFUSED, ENOTFOUND, …). */
function codeOf(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** What a failed connection is reported as: Node's error code in words, or (web) the browser's refusal. */
type ConnectionFailure = (url: URL, err: unknown) => Error;

const nodeConnectionFailure: ConnectionFailure = (url, err) => failures.connection(url, codeOf(err));

async function request(url: URL, signal: AbortSignal, connectionFailure: ConnectionFailure): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/zip, */*' } });
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw connectionFailure(url, err);
  }
}

/** Follows up to DOWNLOAD_LIMITS.redirects redirects, each only to the start's server or O*NET's (checkRedirect). */
async function follow(start: URL, signal: AbortSignal, connectionFailure: ConnectionFailure): Promise<{ url: URL; response: Response }> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await request(url, signal, connectionFailure);
    // A browser's fetch hides a manual redirect's status and Location (Node's shows them).
    if (response.type === 'opaqueredirect') throw failures.hiddenRedirect(url);
    if (!REDIRECTS.has(response.status)) return { url, response };
    await response.body?.cancel().catch(() => undefined);
    if (hop >= DOWNLOAD_LIMITS.redirects) throw failures.tooManyRedirects();
    const location = response.headers.get('location');
    if (!location) throw failures.redirect(url, `HTTP ${response.status} without a Location`);
    const next = checkRedirect(location, url, start);
    if (!next.ok) throw failures.redirectTo(url, next.error);
    url = next.url;
  }
}

/** Content-Encodings fetch decodes itself (Node's and browsers'); the body we read is the decoded one. */
const DECODED = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/** The body's encodings ("gzip", or "deflate, br"), lower case, without "identity". */
function encodingsOf(response: Response): string[] {
  const header = response.headers.get('content-encoding') ?? '';
  return header
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
}

/**
 * The size the body will have, from Content-Length: only for a body sent as
 * is, since for an encoded one it counts the encoded bytes, not the decoded
 * ones we read. The decoded bytes are counted against the cap all the same.
 */
async function announcedSize(response: Response, url: URL, maxBytes: number): Promise<number | undefined> {
  const header = response.headers.get('content-length');
  const length = header !== null && /^\d+$/.test(header) ? Number(header) : undefined;
  const encodings = encodingsOf(response);
  const unknown = encodings.find((e) => !DECODED.has(e));
  let failure: Error | undefined;
  if (unknown !== undefined) failure = failures.encoding(url, unknown);
  else if (length !== undefined && length > maxBytes) failure = failures.tooLarge(maxBytes, length);
  if (failure) {
    await response.body?.cancel().catch(() => undefined);
    throw failure;
  }
  return encodings.length === 0 ? length : undefined;
}

async function readBody(response: Response, url: URL, options: DownloadOptions, maxBytes: number): Promise<Uint8Array> {
  const total = await announcedSize(response, url, maxBytes);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received > maxBytes) throw failures.tooLarge(maxBytes, total);
      chunks.push(value);
      options.onProgress({ received, total });
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    if (options.signal.aborted) throw options.signal.reason;
    if (err instanceof Error && err.name === 'DownloadError') throw err;
    throw failures.cutShort(received, total, codeOf(err) ?? (err instanceof Error ? err.message : undefined));
  }
  if (total !== undefined && received !== total) throw failures.cutShort(received, total);
  const body = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}

async function fetchBody(start: URL, options: DownloadOptions, connectionFailure: ConnectionFailure): Promise<Uint8Array> {
  const { url, response } = await follow(start, options.signal, connectionFailure);
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw failures.status(url, response.status, response.statusText);
  }
  if (!response.body) throw failures.cutShort(0, undefined, 'no body');
  return readBody(response, url, options, options.maxBytes ?? DOWNLOAD_LIMITS.archiveBytes);
}

/**
 * A Downloader on the runtime's fetch. Gives up when the server sends nothing
 * (no answer, no byte) for `idleSeconds`; the user's cancel aborts too.
 */
export function createFetchDownloader(connectionFailure: ConnectionFailure = nodeConnectionFailure): Downloader {
  return {
    download: (url, options) => downloadWithIdleLimit(url, options, connectionFailure),
  };
}

/** Node's fetch: connection failures name Node's error code. */
export const fetchDownloader: Downloader = createFetchDownloader();

/** A browser's fetch (VS Code for the Web): a failed request may be a refusal for want of CORS headers, and says so. */
export const browserFetchDownloader: Downloader = createFetchDownloader((url) => failures.browserRefused(url));

async function downloadWithIdleLimit(url: URL, options: DownloadOptions, connectionFailure: ConnectionFailure): Promise<Uint8Array> {
  const seconds = options.idleSeconds ?? DOWNLOAD_LIMITS.idleSeconds;
  const stalled = failures.stalled(url, seconds);
  const controller = new AbortController();
  const abort = () => controller.abort(options.signal.reason);
  options.signal.addEventListener('abort', abort, { once: true });
  if (options.signal.aborted) abort();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(stalled), seconds * 1000);
  };
  arm();
  try {
    return await fetchBody(
      url,
      {
        ...options,
        signal: controller.signal,
        onProgress: (progress) => {
          arm();
          options.onProgress(progress);
        },
      },
      connectionFailure,
    );
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', abort);
  }
}
