// Test fixtures for "Download O*NET Descriptions": a release zip built at test
// time from ../shared/public-data/onet-29.3 (never committed), broken variants
// of it, and a tiny HTTP server on 127.0.0.1 that serves them. Used by the
// unit, integration and e2e suites.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export const ONET_FOLDER = join(__dirname, '..', '..', '..', '..', 'shared', 'public-data', 'onet-29.3');
/** The folder O*NET's own zip puts its files in. */
export const RELEASE_FOLDER = 'db_29_3_text';
/** What the import needs, plus two files it must not read. */
export const RELEASE_FILES = ['Occupation Data.txt', 'Task Statements.txt', 'Read Me.txt', 'Job Zones.txt', 'Scales Reference.txt'];

/** A zip of these files of the shared 29.3 release, in O*NET's folder, plus any extra entries. */
export function releaseZip(files: readonly string[] = RELEASE_FILES, extra: Zippable = {}): Uint8Array {
  const entries: Zippable = {};
  for (const name of files) entries[`${RELEASE_FOLDER}/${name}`] = readFileSync(join(ONET_FOLDER, name));
  return zipSync({ ...entries, ...extra }, { level: 6 });
}

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Sends no Content-Length (a chunked body). */
  chunked?: boolean;
  /** Sends the headers and this many bytes of the body, then destroys the connection. */
  breakAfter?: number;
  /** Sends the headers and this many bytes of the body, then nothing more (a stalled server). */
  stallAfter?: number;
  /** Never answers. */
  silent?: boolean;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  routes: Map<string, Route>;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP server on a free loopback port serving `routes` (anything else is 404). */
export async function serveRoutes(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const route = table.get(path) ?? { status: 404, body: 'Not Found' };
    if (route.silent) return;
    const body = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body ?? new Uint8Array());
    res.writeHead(route.status ?? 200, { ...(!route.chunked && { 'content-length': String(body.length) }), ...route.headers });
    if (route.stallAfter !== undefined) {
      res.write(body.subarray(0, route.stallAfter));
      return;
    }
    if (route.breakAfter !== undefined) {
      res.write(body.subarray(0, route.breakAfter), () => res.destroy());
      return;
    }
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
