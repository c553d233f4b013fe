#!/usr/bin/env node
// npm start: build the web app if needed, then run the server (migrates, seeds the demo center on first run,
// serves API and web on one port; PGlite in ./data unless DATABASE_URL is set).
import { ensureWebBuilt, run } from './lib.mjs';

ensureWebBuilt();
process.exit(await run(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts']));
