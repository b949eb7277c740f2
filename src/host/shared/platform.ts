// What differs between the Node extension host (desktop, remote) and a web
// worker extension host (VS Code for the Web), behind one small interface.
// This is the Node side; the web build swaps in platform.web.ts (see the
// `.web.ts` substitution in esbuild.mjs). Everything else is shared.
import type * as vscode from 'vscode';
import type { FileSource } from '../../import/release/safeRead';
import { core } from './core';
import { fetchDownloader, type Downloader } from '../../import/release/httpDownload';
import { hasNodeProcess } from './runtime';

export interface Platform {
  /** Which build of the extension this is. */
  readonly build: 'node' | 'web';
  /**
   * A file source with stricter checks than the editor's file system offers
   * for this folder (Node's fs on a local disk), or undefined to use
   * vscode.workspace.fs (see src/host/official-data/importFiles.ts).
   */
  nativeFiles(folder: vscode.Uri): FileSource | undefined;
  /** The download behind "Download O*NET Descriptions". */
  readonly downloader: Downloader;
}

export const platform: Platform = {
  build: 'node',
  nativeFiles: (folder) => (folder.scheme === 'file' && hasNodeProcess() ? core().nodeFileSource(folder.fsPath) : undefined),
  downloader: fetchDownloader,
};
