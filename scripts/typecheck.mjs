#!/usr/bin/env node
// Type-checks every workspace project (tsc --noEmit per tsconfig), failing if any fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const projects = ['.', 'packages/contracts', 'apps/server', 'apps/web', 'bench'].filter((p) =>
  fs.existsSync(`${p}/tsconfig.json`),
);
let failed = false;
for (const project of projects) {
  const result = spawnSync('npx', ['tsc', '--noEmit', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
