// "Import OEWS Metropolitan Area Data…" and "Remove OEWS Metropolitan Area
// Data" in a real extension host: BLS's zip, built at test time in the
// published layout with invented figures (test/support/metroFixtures.ts),
// imported while a comparison is open; the comparison repaints with the metro
// rows, a damaged file changes nothing, and Remove puts things back.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { buildComparison } from '../../src/compare/buildComparison';
import { NO_DATA_REASONS } from '../../src/compare/noDataReasons';
import type { CareerCompareApi } from '../../src/extension';
import type { MetroImportResult } from '../../src/host/official-data/metroImport';
import type { Row } from '../../src/protocol/comparisonView';
import { METRO_ROWS, metroWorkbook, metroZip, NURSE_ROWS } from '../support/metroFixtures';
import { api } from './api';
import { nextRender } from './nextRender';

const IDS = ['registered-nurses', 'chief-executives'];

describe('Import OEWS Metropolitan Area Data in a real VS Code', function () {
  this.timeout(120_000);
  let a: CareerCompareApi;
  const folder = mkdtempSync(join(tmpdir(), 'metros-'));
  const file = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(folder, name), bytes);
    return vscode.Uri.file(join(folder, name));
  };
  const importFile = (uri: vscode.Uri) => vscode.commands.executeCommand<MetroImportResult>('careerCompare.importMetros', uri);

  /** The Salary rows of the comparison of IDS, as the panel builds it from the repository's roles. */
  async function salaryRows(): Promise<Row[]> {
    const roles = await a.repository.roles(IDS);
    const salary = buildComparison(roles.map((r, i) => r ?? assert.fail(`${IDS[i]} loads`))).sections.find((s) => s.id === 'salary');
    assert.ok(salary?.kind === 'table');
    return salary.rows;
  }
  const rowOf = (rows: Row[], label: string) => rows.find((r) => r.label === label);

  async function leftovers(): Promise<string[]> {
    const dir = vscode.Uri.joinPath(a.repository.metroFile, '..');
    return (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).filter((n) => n.endsWith('.tmp'));
  }

  before(async () => {
    a = await api();
    await vscode.commands.executeCommand('careerCompare.removeMetros');
  });

  after(async () => {
    await vscode.commands.executeCommand('careerCompare.removeMetros');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers both commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('careerCompare.importMetros'));
    assert.ok(commands.includes('careerCompare.removeMetros'));
  });

  it('explains the empty city row before anything is imported', async () => {
    const rows = await salaryRows();
    assert.equal(rowOf(rows, 'Top paying metro areas'), undefined);
    assert.equal(rowOf(rows, 'Highest paying city')!.why, NO_DATA_REASONS.highestPayingCity);
  });

  it("imports BLS's zip and the open comparison repaints with the metro rows", async () => {
    const painted = nextRender(a, IDS);
    await vscode.commands.executeCommand('careerCompare.compareRoles', IDS);
    await painted;
    const repainted = nextRender(a, IDS);
    const result = await importFile(file('oesm24ma.zip', metroZip()));
    assert.equal(result.status, 'imported', result.detail);
    assert.match(result.detail!, /^pay by metro area for \d+ roles, 12 metropolitan areas, from oesm24ma\.zip$/);
    await repainted;
    const rows = await salaryRows();
    assert.deepEqual(
      rowOf(rows, 'Highest paying city')!.cells.map((c) => c.text),
      [
        'San Jose-Sunnyvale-Santa Clara, CA: $181,200 a year, 16,110 jobs',
        'Austin-Round Rock-San Marcos, TX: ≥ $239,200 a year, 1,230 jobs',
      ],
    );
    const top = rowOf(rows, 'Top paying metro areas')!;
    assert.equal(top.cells[0].bars!.length, 10);
    assert.equal(top.cells[1].bars!.length, 2);
    assert.deepEqual(await leftovers(), []);
  });

  it('leaves the imported data byte-identical when a file is damaged, naming the file and row', async () => {
    const before = await vscode.workspace.fs.readFile(a.repository.metroFile);
    const bad = [...METRO_ROWS, NURSE_ROWS[0].map((v, i) => (i === 18 ? 'lots' : i === 0 ? '99999' : v))];
    const result = await importFile(file('MSA_M2024_dl.xlsx', metroWorkbook(bad)));
    assert.equal(result.status, 'failed');
    assert.equal(result.detail, `MSA_M2024_dl.xlsx, row ${bad.length}: "A_MEAN" is not a number: "lots"`);
    const notZip = await importFile(file('oesm24ma-broken.zip', new TextEncoder().encode('<!DOCTYPE html><html></html>')));
    assert.equal(notZip.status, 'failed');
    assert.match(notZip.detail!, /^oesm24ma-broken\.zip: not a zip, an Excel workbook/);
    assert.deepEqual(await vscode.workspace.fs.readFile(a.repository.metroFile), before);
    assert.match(rowOf(await salaryRows(), 'Highest paying city')!.cells[0].text!, /^San Jose/);
    assert.deepEqual(await leftovers(), []);
  });

  it('removes the imported data and the comparison repaints without it', async () => {
    const repainted = nextRender(a, IDS);
    assert.equal(await vscode.commands.executeCommand('careerCompare.removeMetros'), true);
    await repainted;
    const rows = await salaryRows();
    assert.equal(rowOf(rows, 'Top paying metro areas'), undefined);
    assert.equal(rowOf(rows, 'Highest paying city')!.why, NO_DATA_REASONS.highestPayingCity);
    assert.equal(await vscode.commands.executeCommand('careerCompare.removeMetros'), false, 'nothing left to remove');
  });
});
