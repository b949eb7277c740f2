// The Roles view's sort and filter rules alone, in Node, over every role's
// summary: what the tree's refresh spends on them, apart from VS Code's round trip.
import { performance } from 'node:perf_hooks';
import { browse, type BrowseOptions } from '../src/browse/sortFilter';
import type { RoleSummary } from '../src/model/summary';
import { percentile } from './stats';

const CASES: BrowseOptions[] = [
  { sortBy: 'name', filter: {} },
  { sortBy: 'pay', filter: {} },
  { sortBy: 'growth', filter: { minPay: 60000 } },
  { sortBy: 'jobs', filter: { text: 'engineer', maxEducation: "Bachelor's degree" } },
];

export function treeBrowse(roles: RoleSummary[]) {
  const times: number[] = [];
  for (let run = 0; run < 50; run++) {
    for (const options of CASES) {
      const t0 = performance.now();
      browse(roles, options);
      times.push(performance.now() - t0);
    }
  }
  return { roles: roles.length, ms: { p50: percentile(times, 50), p95: percentile(times, 95) } };
}
