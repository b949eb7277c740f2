// The section mappers' rules on small hand-made inputs: the edge cases the
// real files hold only rarely (top-coded wages in a ranking, ties, a tie with
// a suppressed estimate, duplicate examples).
import * as assert from 'node:assert/strict';
import {
  industriesOf,
  mergeTechnologies,
  mostCommonDegreeOf,
  rankCategories,
  statesOf,
  technologiesOf,
} from '../../../src/import/roleSections';

const national = (jobs: number | undefined) => ({ jobs, hourlyOnly: false });
const paid = national(400);

describe('section mappers', () => {
  it('ranks a top-coded state wage above any figure, ties by name, and never ranks a blank one', () => {
    const states = statesOf(
      [
        { state: 'Texas', jobs: 100, annualMean: 200000 },
        { state: 'Alaska', jobs: 10, annualMean: 200000 },
        { state: 'New York', jobs: 50, annualMean: { atLeast: 239200 } },
        { state: 'Nevada', jobs: 40, annualMean: undefined },
        { state: 'Utah', jobs: undefined, annualMean: 100000 },
      ],
      paid,
      51,
    )!;
    assert.deepEqual(
      states.highestPaying.map((s) => s.name),
      ['New York', 'Alaska', 'Texas', 'Utah'],
    );
    assert.deepEqual(states.highestPaying[3], { name: 'Utah', annualMean: 100000 }, 'no job count where the file has none');
    // Nevada's blank wage and the 46 areas with no row at all (issue 18: only blank rows were counted).
    assert.equal(states.withoutWage, 47);
    assert.equal(states.areas, 51);
    assert.deepEqual(states.mostJobs[0], { name: 'Texas', jobs: 100, share: 25 });
    assert.equal(states.mostJobs.length, 4, 'a state without a job count is not listed by jobs');
    assert.equal(states.gaps, undefined, 'nothing is missing');
    assert.equal(statesOf([], paid, 51), undefined);
  });

  it('says why a state ranking or list is empty: an hourly-only occupation, no published wage, no job count (issue 18)', () => {
    // oews_state_M2024_detailed.csv: Actors have hourly means only; Prosthodontists one row, both figures blank.
    const actors = statesOf([{ state: 'California', jobs: 6640, annualMean: undefined }], { jobs: 38800, hourlyOnly: true }, 51)!;
    assert.deepEqual(actors.gaps, { highestPaying: 'hourlyOnly' });
    const prosthodontists = statesOf([{ state: 'Ohio', jobs: undefined, annualMean: undefined }], { jobs: 690, hourlyOnly: false }, 51)!;
    assert.deepEqual(prosthodontists.gaps, { highestPaying: 'noWages', mostJobs: 'noJobCounts' });
  });

  it('names no best paying industry below the 1% rule, and prefers more jobs on a tied wage', () => {
    const row = (naics: string, jobs: number | undefined, annualMean: number | undefined) => ({
      naics,
      title: `Industry ${naics}`,
      ownCode: '5',
      jobs,
      annualMean,
    });
    const onlyTiny = industriesOf([row('111000', 9, 300000), row('222000', undefined, 250000)], national(1000))!;
    assert.equal(onlyTiny.bestPaying, undefined);
    assert.deepEqual(onlyTiny.gaps, { bestPaying: 'noneReachesRule' });
    assert.deepEqual(onlyTiny.mostJobs, [{ name: 'Industry 111000', naics: '111000', jobs: 9, share: 0.9 }]);
    const tied = industriesOf([row('111000', 10, 90000), row('222000', 500, 90000), row('333000', 400, undefined)], national(1000))!;
    assert.equal(tied.bestPaying!.naics, '222000');
    assert.equal(tied.gaps, undefined);
    assert.equal(industriesOf([row('111000', 10, 90000)], national(undefined)), undefined, 'no shares without a national job count');
  });

  it('says why no industry is named or listed: an hourly-only occupation, no job counts, no annual means (issue 18)', () => {
    const row = (jobs: number | undefined, annualMean: number | undefined) => ({
      naics: '812000',
      title: 'Personal and Laundry Services',
      ownCode: '5',
      jobs,
      annualMean,
    });
    // oews_nat3d_M2024_trimmed.csv: Actors "*" for every annual mean; Cooks, Private Household "**" for every job count.
    assert.deepEqual(industriesOf([row(8900, undefined)], { jobs: 38800, hourlyOnly: true })!.gaps, { bestPaying: 'hourlyOnly' });
    assert.deepEqual(industriesOf([row(undefined, 43420)], national(1000))!.gaps, { bestPaying: 'noJobCounts', mostJobs: 'noJobCounts' });
    assert.deepEqual(industriesOf([row(500, undefined)], national(1000))!.gaps, { bestPaying: 'noWages' });
  });

  it('names tied top education categories together, and leaves the degree unknown if one of them is suppressed', () => {
    const cat = (category: number, label: string, percent: number, suppressed = false) => ({ category, label, percent, suppressed });
    const ranked = rankCategories([cat(2, 'High School Diploma', 30), cat(6, "Bachelor's Degree", 30), cat(3, 'Certificate', 40 - 0.5)]);
    // At the distribution's precision (one decimal), so the figure and its bar agree (issue 18).
    assert.deepEqual(mostCommonDegreeOf(ranked), { name: 'Certificate', share: 39.5 });
    const tie = rankCategories([cat(6, "Bachelor's Degree", 32), cat(2, 'High School Diploma', 32), cat(3, 'Certificate', 20)]);
    assert.deepEqual(mostCommonDegreeOf(tie), { name: "High School Diploma / Bachelor's Degree", share: 32 });
    const suppressedTie = rankCategories([cat(2, 'High School Diploma', 32), cat(6, "Bachelor's Degree", 32, true)]);
    assert.equal(mostCommonDegreeOf(suppressedTie), undefined);
    assert.equal(mostCommonDegreeOf([]), undefined);
  });

  it('keeps flagged technologies once each, in flag order, and drops unflagged ones', () => {
    const t = (name: string, hot: boolean, inDemand: boolean) => ({ name, hot, inDemand });
    const result = technologiesOf([
      t('zsh', true, true),
      t('Excel', false, false),
      t('awk', false, true),
      t('Bash', true, false),
      t('AWS', true, true),
      t('aws', true, true),
    ])!;
    assert.deepEqual(
      result.items.map((i) => i.name),
      ['AWS', 'zsh', 'Bash', 'awk'],
    );
    assert.equal(technologiesOf([t('Excel', false, false)]), undefined);
  });

  it('merges the technologies of several O*NET codes: each once, flagged where any code flags it', () => {
    // Technology Skills.txt: Microsoft Excel under 29-1141.00 (hot) and 29-1141.04 (hot, in demand);
    // Microsoft Teams under 29-1141.01 only.
    const base = [{ name: 'Microsoft Excel', hot: true, inDemand: false }];
    const acute = [{ name: 'Microsoft Teams', hot: true, inDemand: false }];
    const specialists = [{ name: 'microsoft excel', hot: true, inDemand: true }];
    assert.deepEqual(mergeTechnologies([base, acute, undefined, specialists]), [
      { name: 'Microsoft Excel', hot: true, inDemand: true },
      { name: 'Microsoft Teams', hot: true, inDemand: false },
    ]);
    assert.deepEqual(mergeTechnologies([]), []);
  });
});
