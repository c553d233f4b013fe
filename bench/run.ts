import path from 'node:path';
import { type BenchResult, writeReport } from './report';

/**
 * npm run bench: every suite in this folder, then BENCHMARKS.md. `npm run bench -- calendar` runs one suite.
 * Performance goals live here, never in unit tests.
 */
type Suite = () => Promise<BenchResult[]>;

const suites: Record<string, () => Promise<Suite>> = {
  calendar: async () => (await import('./calendar.bench')).default,
};

const only = process.argv.slice(2);
const results: BenchResult[] = [];
for (const [name, load] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`▶ ${name}`);
  const suite = await load();
  const suiteResults = await suite();
  for (const r of suiteResults) {
    console.log(`  ${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.goal ? ` (goal ${r.goal}: ${r.passed ? 'met' : 'NOT met'})` : ''}`);
  }
  results.push(...suiteResults);
}
writeReport(results, path.join(import.meta.dirname, '..', 'BENCHMARKS.md'));
console.log('BENCHMARKS.md written.');
