import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One measured figure. Latencies in milliseconds, throughputs per second. */
export interface BenchResult {
  suite: string;
  name: string;
  value: number;
  unit: 'ops/s' | 'ms' | 'req/s';
  /** What it is compared with in the same run (e.g. the raw SQL doing the same work), if anything. */
  baseline?: { name: string; value: number };
  goal?: string;
  passed?: boolean;
  notes?: string;
  /** Where and when it was measured (suites are run separately, possibly on different machines). */
  run?: { machine: string; at: string; commit: string };
}

export function currentCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return ''; // not a git checkout
  }
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let distro = '';
  try {
    distro = /PRETTY_NAME="([^"]+)"/.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    // not Linux
  }
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${distro || os.platform()}, Node ${process.version}`;
}

const format = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

/** Write BENCHMARKS.md: where and when each suite ran, and each figure beside its goal and baseline. */
export function writeReport(results: BenchResult[], file: string) {
  const runs = new Map<string, NonNullable<BenchResult['run']>>();
  for (const r of results) if (r.run && !runs.has(r.suite)) runs.set(r.suite, r.run);
  const lines = [
    '# Benchmarks',
    '',
    "Produced by `npm run bench` (`npm run bench -- <suite>` runs one suite and keeps the others' last figures).",
    '',
    '| Suite | Measured (UTC) | Commit | Machine |',
    '|---|---|---|---|',
    ...[...runs].map(([suite, run]) => `| ${suite} | ${run.at} | ${run.commit || '—'} | ${run.machine} |`),
    '',
    'Figures are from one run on a shared 2-core machine: read them as ±15 %. Each database figure is measured',
    'beside the raw SQL doing the same work in the same run.',
    '',
    '| Suite | Measure | Result | Baseline (same run) | Goal | Met |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.suite} | ${r.name} | ${format(r.value)} ${r.unit} | ${r.baseline ? `${r.baseline.name}: ${format(r.baseline.value)} ${r.unit}` : '—'} | ${r.goal ?? '—'} | ${r.passed === undefined ? '—' : r.passed ? 'yes' : '**no**'} |`,
    ),
    '',
    ...results.filter((r) => r.notes).map((r) => `- **${r.suite} / ${r.name}**: ${r.notes}`),
    '',
  ];
  fs.writeFileSync(path.resolve(file), lines.join('\n'));
}
