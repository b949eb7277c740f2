// The "Career Compare" log output channel, created on first use so that
// activation itself creates nothing. Every line goes through oneLine: data in
// it (ids, titles, error texts) cannot add line breaks or run for megabytes.
// Notifications go through notify(), cut shorter still.
import * as vscode from 'vscode';
import { LIMITS } from '../../limits';
import { oneLine } from '../../util/safeText';
import { COMMANDS } from './commands';
import { platform } from './platform';
import { describeRuntime } from './runtime';

let channel: vscode.LogOutputChannel | undefined;

function output(): vscode.LogOutputChannel {
  if (!channel) {
    channel = vscode.window.createOutputChannel('Career Compare', { log: true });
    // Where this runs (Node or web worker host), first: it explains what differs.
    channel.info(describeRuntime(platform.build));
  }
  return channel;
}

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  show(): void;
}

const sanitized: Log = {
  debug: (m) => output().debug(oneLine(m)),
  info: (m) => output().info(oneLine(m)),
  warn: (m) => output().warn(oneLine(m)),
  error: (m) => output().error(oneLine(m)),
  show: () => output().show(),
};

export function log(): Log {
  return sanitized;
}

/** Runs a handler's work, logging a failure with what was being done instead of dropping it. */
export function runLogged(task: PromiseLike<unknown>, what: string): void {
  Promise.resolve(task).catch((err: unknown) => sanitized.error(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`));
}

/** The Show Log command, and the channel closed when the extension stops. */
export function registerLog(): vscode.Disposable[] {
  return [vscode.commands.registerCommand(COMMANDS.showLog, () => sanitized.show()), { dispose: disposeLog }];
}

function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

type Level = 'info' | 'warning' | 'error';

/**
 * Shows a notification on one short line and resolves with the chosen item.
 * Never rejects: a failure to show is logged.
 */
export async function notify<T extends string>(level: Level, message: string, ...items: T[]): Promise<T | undefined> {
  const text = oneLine(message, LIMITS.notificationChars);
  const show =
    level === 'error'
      ? vscode.window.showErrorMessage
      : level === 'warning'
        ? vscode.window.showWarningMessage
        : vscode.window.showInformationMessage;
  try {
    return await show<T>(text, ...items);
  } catch (err) {
    sanitized.warn(`Could not show a notification (${text}): ${String(err)}`);
    return undefined;
  }
}
