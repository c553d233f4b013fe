import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { agencies, agencySuccessions, appMeta, auditLog, centers, users } from '../schema';
import type { Clock } from '../../platform/clock';
import type { AgencySeed } from './haiduong-org';

/**
 * Optional demo scenario: the 2025 reorganisation, recorded without rewriting history
 * (shared/data/haiduong-reference.md §2.1 and §3; shared/domain/rules.md §14):
 * - 01/03/2025: ten departments merged into five (S: kinhtemoitruong.vn 21/02/2025; laodong 1465937);
 * - 01/07/2025: Hải Dương merged into the city of Hải Phòng (NQ 202/2025/QH15), the district level abolished
 *   (NQ 203/2025/QH15), one city center with branches (Decree 118/2025). City agency names are D/E.
 * Old agencies get `valid_to`; successors are linked; dossiers keep the agency they were received by.
 * Not applied by default: `npm run cli -- load-scenario reorg-2025`.
 */

const MERGER = '2025-03-01';
const MERGER_END = '2025-02-28';
const CITY = '2025-07-01';
const CITY_END = '2025-06-30';

const newAgencies: AgencySeed[] = [
  {
    key: 'so-nnmt',
    code: '000.00.34.H26',
    codeIsDemo: true,
    name: 'Sở Nông nghiệp và Môi trường',
    shortName: 'Sở NN&MT',
    kind: 'DEPARTMENT',
    parentKey: 'ubnd-tinh',
    validFrom: MERGER,
  },
  // 01/07/2025: the city of Hải Phòng (level-1 code H27 by the alphabetical rule, D).
  {
    key: 'hp-ubnd',
    code: '000.00.00.H27',
    codeIsDemo: false,
    name: 'Ủy ban nhân dân thành phố Hải Phòng',
    shortName: 'UBND TP Hải Phòng',
    kind: 'PEOPLES_COMMITTEE',
    parentKey: null,
    validFrom: CITY,
  },
  {
    key: 'hp-vp',
    code: '000.00.01.H27',
    codeIsDemo: true,
    name: 'Văn phòng Ủy ban nhân dân thành phố Hải Phòng',
    shortName: 'VP UBND TP',
    kind: 'PPC_OFFICE',
    parentKey: 'hp-ubnd',
    validFrom: CITY,
  },
  {
    key: 'hp-trung-tam',
    code: '000.01.01.H27',
    codeIsDemo: true,
    name: 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng',
    shortName: 'Trung tâm PVHCC TP',
    kind: 'SERVICE_CENTER',
    parentKey: 'hp-vp',
    validFrom: CITY,
  },
  // Decree 118/2025: a centrally-run city has one center with branches; the Hải Dương premises as a branch (E).
  {
    key: 'hp-chi-nhanh-hd',
    code: '000.02.01.H27',
    codeIsDemo: true,
    name: 'Chi nhánh Trung tâm Phục vụ hành chính công thành phố Hải Phòng tại Hải Dương',
    shortName: 'Chi nhánh Hải Dương',
    kind: 'SERVICE_CENTER',
    parentKey: 'hp-trung-tam',
    validFrom: CITY,
  },
  ...(
    [
      ['hp-noi-vu', '02', 'Sở Nội vụ thành phố Hải Phòng'],
      ['hp-tu-phap', '04', 'Sở Tư pháp thành phố Hải Phòng'],
      ['hp-tai-chinh', '06', 'Sở Tài chính thành phố Hải Phòng'],
      ['hp-cong-thuong', '07', 'Sở Công Thương thành phố Hải Phòng'],
      ['hp-nnmt', '08', 'Sở Nông nghiệp và Môi trường thành phố Hải Phòng'],
      ['hp-xay-dung', '11', 'Sở Xây dựng thành phố Hải Phòng'],
      ['hp-khcn', '13', 'Sở Khoa học và Công nghệ thành phố Hải Phòng'],
      ['hp-vhttdl', '14', 'Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng'],
      ['hp-gddt', '15', 'Sở Giáo dục và Đào tạo thành phố Hải Phòng'],
      ['hp-y-te', '16', 'Sở Y tế thành phố Hải Phòng'],
      ['hp-thanh-tra', '17', 'Thanh tra thành phố Hải Phòng'],
      ['hp-ngoai-vu', '18', 'Sở Ngoại vụ thành phố Hải Phòng'],
    ] as const
  ).map(([key, n, name]) => ({
    key,
    code: `000.00.${n}.H27`,
    codeIsDemo: true,
    name,
    shortName: name.replace(' thành phố Hải Phòng', ' TP HP'),
    kind: 'DEPARTMENT' as const,
    parentKey: 'hp-ubnd',
    validFrom: CITY,
  })),
  {
    key: 'hp-cong-an',
    code: '000.00.19.H27',
    codeIsDemo: true,
    name: 'Công an thành phố Hải Phòng',
    shortName: 'Công an TP',
    kind: 'VERTICAL',
    parentKey: null,
    validFrom: CITY,
  },
  // A sample of the 64 commune-level units of the former Hải Dương area (NQ 1669/NQ-UBTVQH15; codes CV 1027/CTK-CSCL).
  ...(
    [
      ['xa-phuong-hai-duong', '10525', 'Phường Hải Dương'],
      ['xa-phuong-le-thanh-nghi', '10532', 'Phường Lê Thanh Nghị'],
      ['xa-phuong-chu-van-an', '10549', 'Phường Chu Văn An'],
      ['xa-nam-sach', '10606', 'Xã Nam Sách'],
      ['xa-thanh-ha', '10813', 'Xã Thanh Hà'],
    ] as const
  ).map(([key, gso, name], i) => ({
    key,
    code: `000.${String(i + 1).padStart(2, '0')}.30.H27`,
    codeIsDemo: true,
    name: `Ủy ban nhân dân ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    shortName: `UBND ${name}`,
    kind: 'COMMUNE' as const,
    parentKey: 'hp-ubnd',
    gsoCode: gso,
    validFrom: CITY,
  })),
];

/** [old key, successor keys, effective date, note] */
const successions: [string, string[], string, string][] = [
  [
    'so-ldtbxh',
    ['so-noi-vu', 'so-y-te', 'so-gddt', 'so-nnmt'],
    MERGER,
    'Hợp nhất vào Sở Nội vụ; bảo trợ xã hội → Sở Y tế; giáo dục nghề nghiệp → Sở GD&ĐT; giảm nghèo → Sở NN&MT',
  ],
  ['so-khdt', ['so-tai-chinh'], MERGER, 'Hợp nhất Sở KH&ĐT và Sở Tài chính'],
  ['so-nnptnt', ['so-nnmt'], MERGER, 'Hợp nhất thành Sở Nông nghiệp và Môi trường'],
  ['so-tnmt', ['so-nnmt'], MERGER, 'Hợp nhất thành Sở Nông nghiệp và Môi trường'],
  ['so-gtvt', ['so-xay-dung'], MERGER, 'Hợp nhất Sở GTVT và Sở Xây dựng'],
  ['so-tttt', ['so-khcn', 'so-vhttdl'], MERGER, 'Hợp nhất vào Sở KH&CN; báo chí, xuất bản → Sở VHTT&DL'],
  ['ubnd-tinh', ['hp-ubnd'], CITY, 'Hợp nhất tỉnh Hải Dương và thành phố Hải Phòng (NQ 202/2025/QH15)'],
  ['vp-ubnd', ['hp-vp'], CITY, ''],
  [
    'trung-tam',
    ['hp-chi-nhanh-hd'],
    CITY,
    'Trở thành chi nhánh của Trung tâm PVHCC thành phố Hải Phòng (Nghị định 118/2025/NĐ-CP)',
  ],
  ['so-noi-vu', ['hp-noi-vu'], CITY, ''],
  ['so-tu-phap', ['hp-tu-phap'], CITY, ''],
  ['so-tai-chinh', ['hp-tai-chinh'], CITY, ''],
  ['so-cong-thuong', ['hp-cong-thuong'], CITY, ''],
  ['so-nnmt', ['hp-nnmt'], CITY, ''],
  ['so-xay-dung', ['hp-xay-dung'], CITY, ''],
  ['so-khcn', ['hp-khcn'], CITY, ''],
  ['so-vhttdl', ['hp-vhttdl'], CITY, ''],
  ['so-gddt', ['hp-gddt'], CITY, ''],
  ['so-y-te', ['hp-y-te'], CITY, ''],
  ['thanh-tra', ['hp-thanh-tra'], CITY, ''],
  ['cong-an', ['hp-cong-an'], CITY, ''],
  ...[
    'ubnd-tp-hai-duong',
    'ubnd-tp-chi-linh',
    'ubnd-nam-sach',
    'ubnd-tx-kinh-mon',
    'ubnd-kim-thanh',
    'ubnd-thanh-ha',
    'ubnd-cam-giang',
    'ubnd-binh-giang',
    'ubnd-gia-loc',
    'ubnd-tu-ky',
    'ubnd-ninh-giang',
    'ubnd-thanh-mien',
  ].map((key): [string, string[], string, string] => [
    key,
    ['hp-ubnd'],
    CITY,
    'Kết thúc hoạt động cấp huyện (NQ 203/2025/QH15); nhiệm vụ chuyển cho UBND cấp xã và các sở',
  ]),
];

const ends: Record<string, string> = Object.fromEntries(
  successions.map(([key, , on]) => [key, on === MERGER ? MERGER_END : CITY_END]),
);

export const REORG_2025_MARKER = 'scenario.reorg-2025';

export async function applyReorganisation2025(db: Database, clock: Clock): Promise<{ applied: boolean }> {
  return db.transaction(async (tx) => {
    const [marker] = await tx.select().from(appMeta).where(eq(appMeta.key, 'seed.org'));
    if (!marker) throw new Error('Chưa có dữ liệu tổ chức Hải Dương (seed.org).');
    const done = await tx.select().from(appMeta).where(eq(appMeta.key, REORG_2025_MARKER));
    if (done.length) return { applied: false };
    const ids = new Map(Object.entries((marker.value as { ids: Record<string, string> }).ids));

    for (const [index, a] of newAgencies.entries()) {
      const [row] = await tx
        .insert(agencies)
        .values({
          code: a.code,
          codeIsDemo: a.codeIsDemo,
          name: a.name,
          shortName: a.shortName,
          kind: a.kind,
          parentId: a.parentKey ? ids.get(a.parentKey)! : null,
          gsoCode: a.gsoCode ?? null,
          validFrom: a.validFrom ?? null,
          sortOrder: 1000 + index * 10,
        })
        .returning({ id: agencies.id });
      ids.set(a.key, row!.id);
    }
    const now = clock.now();
    for (const [key, validTo] of Object.entries(ends)) {
      await tx
        .update(agencies)
        .set({ validTo, updatedAt: now })
        .where(eq(agencies.id, ids.get(key)!));
    }
    for (const [from, to, effectiveOn, note] of successions) {
      for (const successor of to) {
        await tx.insert(agencySuccessions).values({
          predecessorId: ids.get(from)!,
          successorId: ids.get(successor)!,
          effectiveOn,
          note: note || null,
        });
      }
    }
    // Today's center is the Hải Dương branch of the city center; staff move to the successor agencies.
    await tx
      .update(centers)
      .set({
        agencyId: ids.get('hp-chi-nhanh-hd')!,
        name: 'Chi nhánh Trung tâm Phục vụ hành chính công thành phố Hải Phòng tại Hải Dương',
        parentBody: 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng',
        placeName: 'Hải Phòng',
        updatedAt: now,
      })
      .where(eq(centers.agencyId, ids.get('trung-tam')!));
    const moves: [string, string][] = [
      ['trung-tam', 'hp-chi-nhanh-hd'],
      ['so-tu-phap', 'hp-tu-phap'],
      ['so-xay-dung', 'hp-xay-dung'],
    ];
    for (const [from, to] of moves) {
      await tx
        .update(users)
        .set({ agencyId: ids.get(to)! })
        .where(eq(users.agencyId, ids.get(from)!));
      await tx
        .update(users)
        .set({ homeAgencyId: ids.get(to)! })
        .where(and(eq(users.homeAgencyId, ids.get(from)!), inArray(users.agencyId, [ids.get('hp-chi-nhanh-hd')!])));
    }
    await tx.insert(appMeta).values({ key: REORG_2025_MARKER, value: { at: now.toISOString() } });
    await tx.insert(auditLog).values({
      occurredAt: now,
      action: 'scenario.reorg-2025',
      subjectType: 'agency',
      requestId: 'scenario',
      summary: { newAgencies: newAgencies.length, successions: successions.length },
    });
    return { applied: true };
  });
}
