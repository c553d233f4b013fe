import fs from 'node:fs';
import path from 'node:path';
import { type BenchResult, currentCommit, machineDescription, writeReport } from './report';

/**
 * npm run bench: every suite in this folder, then BENCHMARKS.md. `npm run bench -- calendar` runs one suite.
 * Performance goals live here, never in unit tests.
 */
type Suite = () => Promise<BenchResult[]>;

const suites: Record<string, () => Promise<Suite>> = {
  calendar: async () => (await import('./calendar.bench')).default,
  catalog: async () => (await import('./catalog.bench')).default,
  dossiers: async () => (await import('./dossiers.bench')).default,
  documents: async () => (await import('./documents.bench')).default,
};

const only = process.argv.slice(2);
const results: BenchResult[] = [];
for (const [name, load] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`▶ ${name}`);
  const suite = await load();
  const run = {
    machine: machineDescription(),
    at: new Date().toISOString().slice(0, 16).replace('T', ' '),
    commit: currentCommit(),
  };
  const suiteResults = (await suite()).map((r) => ({ ...r, run }));
  for (const r of suiteResults) {
    console.log(
      `  ${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.goal ? ` (goal ${r.goal}: ${r.passed ? 'met' : 'NOT met'})` : ''}`,
    );
  }
  results.push(...suiteResults);
}
// Keep the latest figures of suites not run this time (results.json), so `npm run bench -- catalog` updates one suite.
const store = path.join(import.meta.dirname, 'results.json');
const previous: BenchResult[] = fs.existsSync(store)
  ? (JSON.parse(fs.readFileSync(store, 'utf8')) as BenchResult[])
  : [];
const ran = new Set(results.map((r) => r.suite));
const merged = [...previous.filter((r) => !ran.has(r.suite)), ...results].sort((a, b) =>
  a.suite.localeCompare(b.suite),
);
fs.writeFileSync(store, JSON.stringify(merged, null, 2) + '\n');
writeReport(merged, path.join(import.meta.dirname, '..', 'BENCHMARKS.md'));
console.log('BENCHMARKS.md written.');
