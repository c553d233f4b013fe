import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { applyReorganisation2025 } from './db/seed/reorg-2025';
import { seedOrganisation } from './db/seed/seed';
import { createAuthService } from './modules/auth';
import { orgQueries } from './modules/org';
import { systemClock } from './platform/clock';
import { DataDirLockedError } from './platform/data-dir-lock';
import { AppError } from './platform/errors';
import { systemContext } from './platform/request-context';

const usage = `Cách dùng / usage:
  npm run cli -- create-admin --username <tên> --full-name "<họ tên>" [--agency-code 000.01.01.H26]
      Tạo quản trị viên đầu tiên. Mật khẩu đọc từ stdin (không đặt trên dòng lệnh).
  npm run cli -- seed-organisation
      Nạp dữ liệu tổ chức tham chiếu (Trung tâm, cơ quan, quầy) — không tạo tài khoản.
  npm run cli -- load-scenario reorg-2025
      Kịch bản demo: sáp nhập sở (01/3/2025), hợp nhất vào TP Hải Phòng, bỏ cấp huyện (01/7/2025).`;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split('\n')[0]!.trim();
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const password = await rl.question('Mật khẩu (password): ');
  rl.close();
  return password;
}

async function run() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help') {
    console.log(usage);
    return;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    if (command === 'seed-organisation') {
      const ids = await seedOrganisation(database.db, systemClock);
      console.log(`Đã nạp ${ids.size} cơ quan.`);
    } else if (command === 'load-scenario') {
      if (rest[0] !== 'reorg-2025') throw new Error(usage);
      const { applied } = await applyReorganisation2025(database.db, systemClock);
      console.log(applied ? 'Đã nạp kịch bản sắp xếp tổ chức 2025.' : 'Kịch bản 2025 đã được nạp trước đó.');
    } else if (command === 'create-admin') {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          'full-name': { type: 'string' },
          'agency-code': { type: 'string' },
        },
      });
      if (!values.username || !values['full-name']) throw new Error(usage);
      let center = await orgQueries.center(database.db);
      if (!center) {
        await seedOrganisation(database.db, systemClock);
        center = await orgQueries.center(database.db);
      }
      const agencyId = values['agency-code']
        ? (await orgQueries.findAgencyByCode(database.db, values['agency-code'], new Date().toISOString().slice(0, 10)))
            ?.id
        : center?.agencyId;
      if (!agencyId) throw new Error(`Không tìm thấy cơ quan ${values['agency-code'] ?? ''}`);
      const password = await readPassword();
      const auth = createAuthService({
        db: database.db,
        clock: systemClock,
        demo: false,
        sessionIdleMinutes: config.sessionIdleMinutes,
        sessionMaxHours: config.sessionMaxHours,
      });
      const user = await auth.createFirstAdmin(systemContext('cli'), {
        username: values.username,
        fullName: values['full-name'],
        password,
        agencyId,
      });
      console.log(`Đã tạo quản trị viên ${user.username} (${user.agency.name}).`);
    } else {
      throw new Error(usage);
    }
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`${error.code}: ${error.messageIn('vi')}`);
  else if (error instanceof DataDirLockedError || error instanceof ConfigError || error instanceof Error) {
    console.error(error.message);
  } else console.error(error);
  process.exit(1);
});
