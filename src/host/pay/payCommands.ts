// "Set Your State…", "Set Your Pay…" and "Clear Your Pay". The state is a
// setting (users may write it in settings.json too); the pay is kept on this
// machine only (src/host/data/payWhere.ts) and never written to the log.
// Each command also takes its value as an argument (tests, keybindings).
import * as vscode from 'vscode';
import { NATIONAL_LABEL } from '../../states/localPay';
import { findUsArea, US_AREAS } from '../../states/usAreas';
import type { PayWhereStore } from '../data/payWhere';
import { COMMANDS } from '../shared/commands';
import { core } from '../shared/core';
import { log, notify } from '../shared/log';

interface StateItem extends vscode.QuickPickItem {
  /** The value written: a two-letter code, or "" for national figures. */
  value: string;
}

/** The areas to choose from, national first; the current choice says so. */
function stateItems(current: string | undefined): StateItem[] {
  const mark = (value: string) => (value === (current ?? '') ? 'current' : undefined);
  return [
    { label: `${NATIONAL_LABEL} (national)`, description: mark(''), value: '' },
    { label: '', kind: vscode.QuickPickItemKind.Separator, value: '' },
    ...US_AREAS.map((a) => ({ label: a.name, description: [a.code, mark(a.code)].filter(Boolean).join(' · '), value: a.code })),
  ];
}

/** A state from the argument ("TX", "Texas", "" for national) or a quick pick; undefined when cancelled or unknown. */
async function chooseState(pay: PayWhereStore, given: unknown): Promise<string | undefined> {
  if (typeof given === 'string') {
    if (given.trim() === '') return '';
    const area = findUsArea(given);
    if (!area)
      void notify('error', `Career Compare: "${given.slice(0, 40)}" is not a state or DC as BLS names them, nor its two-letter code.`);
    return area?.code;
  }
  const items = stateItems(pay.area()?.code);
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Career Compare: Set Your State',
    placeHolder: 'Whose pay and jobs to show: a state, or the national figures',
    matchOnDescription: true,
  });
  return picked?.value;
}

async function setState(pay: PayWhereStore, given: unknown): Promise<void> {
  const code = await chooseState(pay, given);
  if (code === undefined) return;
  await pay.choose(code);
  const name = code === '' ? 'national figures' : `figures for ${findUsArea(code)!.name}`;
  log().info(`Pay and jobs now show ${name}.`);
  vscode.window.setStatusBarMessage(`Career Compare: pay and jobs now show ${name}.`, 5000);
}

async function setYourPay(pay: PayWhereStore, given: unknown): Promise<void> {
  const { parsePayInput } = core();
  let text = typeof given === 'string' ? given : undefined;
  if (text === undefined) {
    const current = pay.yourPay();
    text = await vscode.window.showInputBox({
      title: 'Career Compare: Set Your Pay',
      prompt:
        'A yearly amount (85000, $85,000, 85k) or an hourly one (42.50/hr). It stays on this machine: never synced, logged or exported.',
      value: current ? String(current.amount) + (current.per === 'hour' ? '/hr' : '') : '',
      validateInput: (value) => {
        const parsed = parsePayInput(value);
        return parsed.ok ? undefined : parsed.error;
      },
    });
    if (text === undefined) return;
  }
  const parsed = parsePayInput(text);
  if (!parsed.ok) {
    void notify('error', `Career Compare: ${parsed.error}`);
    return;
  }
  await pay.setYourPay(parsed.value);
  // Never the amount: the log is shared in bug reports.
  log().info('Your pay was set; each percentile chart now places it.');
  vscode.window.setStatusBarMessage('Career Compare: each percentile chart now places your pay.', 5000);
}

async function clearYourPay(pay: PayWhereStore): Promise<void> {
  if (!pay.yourPay()) {
    void notify('info', 'Career Compare: no pay of yours is set.');
    return;
  }
  await pay.setYourPay(undefined);
  log().info('Your pay was cleared.');
  vscode.window.setStatusBarMessage('Career Compare: your pay was cleared from this machine.', 5000);
}

export function registerPayCommands(pay: PayWhereStore): vscode.Disposable[] {
  const run = (what: string, task: () => Promise<void>) => async () => {
    try {
      await task();
    } catch (err) {
      log().error(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`);
      void notify('error', `Career Compare: could not ${what}. The log says why.`);
    }
  };
  return [
    vscode.commands.registerCommand(COMMANDS.setState, (given?: unknown) => run('set your state', () => setState(pay, given))()),
    vscode.commands.registerCommand(COMMANDS.setYourPay, (given?: unknown) => run('set your pay', () => setYourPay(pay, given))()),
    vscode.commands.registerCommand(
      COMMANDS.clearYourPay,
      run('clear your pay', () => clearYourPay(pay)),
    ),
  ];
}
