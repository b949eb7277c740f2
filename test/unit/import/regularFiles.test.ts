// Only regular files are read: a named pipe, a device or a socket among an
// import's files is refused before it is opened. Opening a pipe for reading
// would block (or, with O_NONBLOCK, wake a writer waiting on it), so each test
// puts a writer on the pipe and checks that it is still waiting afterwards.
import * as assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSource, readImportFileSync } from '../../../src/import/release/nodeFiles';
import { readImportFile } from '../../../src/import/release/safeRead';
import { ImportError } from '../../../src/import/table';

const NOT_REGULAR = /not a regular file \(a device, a named pipe, a folder or a broken link\); only regular files are read/;

/** A shell that writes into the pipe: it waits in open() until someone opens the pipe for reading. */
async function waitingWriter(fifo: string): Promise<ChildProcess> {
  const writer = spawn('sh', ['-c', 'printf x > "$0"', fifo], { stdio: 'ignore' });
  // Time for the shell to start and reach open(), so a reader's open would wake it.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return writer;
}

/** Whether the writer is still waiting for a reader a moment later (it exits once the pipe was opened). */
async function stillWaiting(writer: ChildProcess): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return writer.exitCode === null && writer.signalCode === null;
}

describe('import files: only regular files are read', () => {
  let dir: string;
  let fifo: string;
  let writer: ChildProcess | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cc-regular-'));
    fifo = join(dir, 'Occupation Data.txt');
    execFileSync('mkfifo', [fifo]);
  });
  afterEach(() => {
    writer?.kill();
    writer = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a named pipe without opening it (the folder import)', async () => {
    writer = await waitingWriter(fifo);
    await assert.rejects(
      nodeFileSource(dir).read('Occupation Data.txt', 1024, async () => {}),
      NOT_REGULAR,
    );
    await assert.rejects(readImportFile(nodeFileSource(dir), 'Occupation Data.txt'), NOT_REGULAR);
    assert.ok(await stillWaiting(writer), 'the pipe was opened');
  });

  it('refuses a named pipe without opening it (npm run data:build)', async () => {
    writer = await waitingWriter(fifo);
    assert.throws(
      () => readImportFileSync(fifo, 'Occupation Data.txt'),
      (err: unknown) => err instanceof ImportError && NOT_REGULAR.test(err.message),
    );
    assert.ok(await stillWaiting(writer), 'the pipe was opened');
  });

  it('refuses a link to a pipe or a device, and a device, by name', async () => {
    symlinkSync(fifo, join(dir, 'Task Statements.txt'));
    symlinkSync('/dev/zero', join(dir, 'Read Me.txt'));
    writer = await waitingWriter(fifo);
    for (const name of ['Task Statements.txt', 'Read Me.txt']) {
      await assert.rejects(
        nodeFileSource(dir).read(name, 1024, async () => {}),
        NOT_REGULAR,
        name,
      );
      assert.throws(() => readImportFileSync(join(dir, name), name), NOT_REGULAR, name);
    }
    assert.throws(() => readImportFileSync('/dev/null', 'null'), NOT_REGULAR);
    assert.ok(await stillWaiting(writer), 'the pipe was opened');
  });
});
