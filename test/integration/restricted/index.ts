// Entry for the Restricted Mode run (test/harness/run-integration.mjs starts
// code-server a second time with workspace trust on, in an untrusted folder).
import { join } from 'node:path';
import Mocha = require('mocha');
import SummaryReporter = require('../../support/summaryReporter');

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: SummaryReporter,
    reporterOptions: { label: 'integration (Restricted Mode)' },
  });
  mocha.addFile(join(__dirname, 'restricted.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} Restricted Mode tests failed`)) : resolve()));
  });
}
