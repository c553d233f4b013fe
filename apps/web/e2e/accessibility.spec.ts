import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';
import { apiAs, signedInState } from './helpers';

/**
 * WCAG 2.1 A/AA checks by axe-core on the pages citizens, counter staff and administrators use most: contrast,
 * names of fields and buttons, landmarks, ARIA; and one h1 per page. Public service sites must be usable by everyone (Circular 26/2020/TT-BTTTT
 * asks state websites to follow WCAG). axe is injected through the DevTools protocol, so the page keeps its
 * real Content Security Policy.
 */
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(
      // antd's table keeps an aria-hidden row of empty cells to measure column widths; it holds no content.
      { exclude: [['.ant-table-measure-row']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    )) as { violations: AxeViolation[] };
    return result.violations;
  });
  return found.map(
    (v) => `${v.impact ?? ''} ${v.id}: ${v.help} (${v.nodes.length}×, ${v.nodes[0]?.target.join(' ') ?? ''})`,
  );
}

/** The pages checked, by who sees them (null: anyone, without a session). */
const AREAS: { area: string; user: string | null; pages: [name: string, url: string][] }[] = [
  {
    area: 'the public portal',
    user: null,
    pages: [
      ['home', '/'],
      ['catalog search', '/thu-tuc?q=khai%20sinh'],
      ['procedure page', '/thu-tuc/1.001193'],
      ['online submission', '/nop-truc-tuyen/1.001193'],
      ['dossier lookup', '/tra-cuu'],
      ['due-date tool', '/tinh-han'],
      ['staff sign-in', '/dang-nhap'],
    ],
  },
  {
    area: 'the counter',
    user: 'tiepnhan',
    pages: [
      ['workspace', '/can-bo'],
      ['intake form', '/can-bo/tiep-nhan?thu-tuc=3.000333'],
      ['dossier queues', '/can-bo/ho-so'],
    ],
  },
  {
    area: 'the administration',
    user: 'admin',
    pages: [
      ['working calendar', '/can-bo/quan-tri/lich'],
      ['catalog list', '/can-bo/quan-tri/thu-tuc'],
      ['procedure editor', '/can-bo/quan-tri/thu-tuc/1.001193'],
      ['agencies', '/can-bo/quan-tri/co-quan'],
      ['audit log', '/can-bo/nhat-ky'],
    ],
  },
];

for (const { area, user, pages } of AREAS) {
  test.describe(`accessibility of ${area}`, () => {
    if (user) test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, user)) });

    for (const [name, url] of pages) {
      test(`${name} (${url}) meets WCAG 2.1 AA`, async ({ page }) => {
        await page.goto(url);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test.describe('accessibility of a dossier at the counter', () => {
  test.use({ storageState: async ({ baseURL }, use) => use(await signedInState(baseURL, 'tiepnhan')) });

  test('a dossier (steps, control sheet, forms, attachments) meets WCAG 2.1 AA', async ({ page, baseURL }) => {
    const api = await apiAs(baseURL, 'tiepnhan');
    const list = await api.get('/api/dossiers?queue=all&pageSize=1');
    const { items } = (await list.json()) as { items: { id: string }[] };
    await api.dispose();
    await page.goto(`/can-bo/ho-so/${items[0]!.id}`);
    expect(await violations(page)).toEqual([]);
  });
});
