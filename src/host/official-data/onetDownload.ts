// "Download O*NET Descriptions": fetches the O*NET text release named by the
// setting, reads the files the import needs out of the zip in memory, and
// imports them through the same step as "Import O*NET Database…". Download
// and unzip report progress and honour Cancel; any failure leaves the
// previous data as it was.
import { checkDownloadUrl, failures, progressText } from '../../import/release/downloadRules';
import { SETTINGS } from '../../settings';
import { downloadUrlSetting } from '../shared/settings';
import { core } from '../shared/core';
import { notify } from '../shared/log';
import type { Downloader } from '../../import/release/httpDownload';
import { Cancelled, runImport, type ImportResult } from './onetImport';
import type { RoleRepository } from '../data/roleRepository';

/** Progress (of 100) the download itself takes; the unzip and the import share the rest. */
const DOWNLOAD_SHARE = 50;
const UNZIP_SHARE = 10;

/** The URL in the setting, checked (https; http only for loopback). */
function configuredUrl(): URL {
  const raw = downloadUrlSetting();
  if (raw !== undefined && typeof raw !== 'string') throw failures.badSetting('it is not a text');
  const checked = checkDownloadUrl(raw?.trim() || SETTINGS.downloadUrl.default);
  if (!checked.ok) throw failures.badSetting(checked.error);
  return checked.url;
}

/** The download under way: a second request (a second click) joins it instead of starting another. */
let running: Promise<ImportResult> | undefined;

export function downloadOnet(repository: RoleRepository, downloader: Downloader): Promise<ImportResult> {
  running ??= download(repository, downloader).finally(() => (running = undefined));
  return running;
}

async function download(repository: RoleRepository, downloader: Downloader): Promise<ImportResult> {
  let url: URL;
  try {
    url = configuredUrl();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void notify('error', `Career Compare: the O*NET download failed: ${message}.`);
    return { status: 'failed', detail: message };
  }
  const texts = {
    title: 'Career Compare: downloading O*NET descriptions',
    from: url.href,
    failed: 'the O*NET download failed',
    stepIncrement: (100 - DOWNLOAD_SHARE - UNZIP_SHARE) / 4,
  };
  return runImport(repository, texts, async ({ progress, token, checkpoint }) => {
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort(new Cancelled()));
    let reported = 0;
    let zip: Uint8Array;
    try {
      progress.report({ message: `connecting to ${url.host}` });
      zip = await downloader.download(url, {
        signal: controller.signal,
        onProgress: ({ received, total }) => {
          const share = total ? Math.min(DOWNLOAD_SHARE, (received / total) * DOWNLOAD_SHARE) : 0;
          progress.report({ message: progressText(received, total), increment: share - reported });
          reported = share;
        },
      });
    } finally {
      subscription.dispose();
    }
    await checkpoint('unzipping', DOWNLOAD_SHARE - reported);
    const { PROSE_FILES, readZipEntries } = core();
    const files = await readZipEntries(zip, PROSE_FILES, ['Read Me.txt'], () => checkpoint());
    await checkpoint(undefined, UNZIP_SHARE);
    // Strict UTF-8, as a folder import: text that is not is refused by name, never turned into U+FFFD.
    const text = (name: string) => core().decodeImportText(name, files.get(name)!);
    return { read: async (name) => text(name), readMe: files.has('Read Me.txt') ? text('Read Me.txt') : undefined };
  });
}
