import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { seedDemoDossiers } from './db/seed/demo-dossiers';
import { DEMO_PASSWORD, demoUsers, seedDemo, seedReferenceData } from './db/seed/seed';
import { createLocalBlobStore } from './platform/blob-store';
import { systemClock } from './platform/clock';
import { DataDirLockedError } from './platform/data-dir-lock';

/** Process entry: config → database (migrate, seed) → HTTP server. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await database.migrate();
  await seedReferenceData(database.db, systemClock);
  if (config.demo) {
    await seedDemo(database.db, systemClock);
    // The living center: dossiers of the past months and today, driven through the real workflow (first start only).
    const seeded = await seedDemoDossiers(database.db, {
      now: systemClock.now(),
      count: config.demoDossiers,
      blobs: createLocalBlobStore(config.blobDir),
      onProgress: (done, total) => {
        if (done === 1) process.stdout.write('Đang tạo hồ sơ demo');
        if (done % 15 === 0 || done === total) process.stdout.write(done === total ? ` ${total}\n` : '.');
      },
    });
    if (seeded) console.log(`Đã tạo ${seeded.created} hồ sơ demo.`);
  }

  const app = await createApp({ config, database, clock: systemClock });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const where = config.database.kind === 'pglite' ? `PGlite (${config.database.dataDir})` : 'PostgreSQL';
  const lines = [
    '',
    `Một Cửa đang chạy tại ${url}  (API: ${url}/api/docs)`,
    `Cơ sở dữ liệu: ${where}${config.demo ? ' — chế độ demo' : ''}`,
  ];
  if (config.demo) {
    lines.push(`Tài khoản demo (mật khẩu ${DEMO_PASSWORD}):`);
    for (const u of demoUsers) lines.push(`  ${u.username.padEnd(16)} ${u.role.padEnd(18)} ${u.fullName}`);
  } else {
    lines.push('Chế độ vận hành: tạo quản trị viên đầu tiên bằng  npm run cli -- create-admin');
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
