// mocha's spec reporter plus a closing "N passed, N failed" line that CI
// reads; optionally also writes everything to a file (the extension host's
// console is only reachable through the workbench's log).
import { appendFileSync } from 'node:fs';
import Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const file = (options?.reporterOptions as { file?: string } | undefined)?.file ?? process.env.CAREER_COMPARE_TEST_REPORT;
    const label = (options?.reporterOptions as { label?: string } | undefined)?.label ?? 'tests';
    if (file) {
      const write = (line: string) => appendFileSync(file, `${line}\n`);
      runner.on('pass', (t) => write(`  ✔ ${t.fullTitle()}`));
      runner.on('fail', (t, err) => write(`  ✘ ${t.fullTitle()}\n${String((err as Error)?.stack ?? err)}`));
    }
    runner.once('end', () => {
      const s = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const line = `${label}: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`;
      console.log(line);
      if (file) appendFileSync(file, `${line}\n`);
    });
  }
}

export = SummaryReporter;
