// The web worker side of platform.ts (VS Code for the Web): no Node fs, so
// folders are read through vscode.workspace.fs; downloads go through the
// browser's fetch, where a server that sends no CORS headers is refused by
// the browser, and the message says so (httpDownload.ts).
import type { Platform } from './platform';
import { browserFetchDownloader } from '../../import/release/httpDownload';

export const platform: Platform = {
  build: 'web',
  nativeFiles: () => undefined,
  downloader: browserFetchDownloader,
};
