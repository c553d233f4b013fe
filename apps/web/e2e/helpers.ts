import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, expect, type Page, request, type TestInfo } from '@playwright/test';

/** Demo accounts (seeded in demo mode) share this password. */
export const DEMO_PASSWORD = 'demo1234';

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function loginAndWait(page: Page, username: string) {
  await login(page, username);
  await expect(page).toHaveURL(/\/can-bo$/);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/**
 * A screenshot kept in artifacts/screenshots/ (README images) and attached to the test report: the full page,
 * or only the window (`fullPage: false`, for pages with a sticky bar that a full-page capture misplaces).
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}) {
  const file = path.resolve('artifacts/screenshots', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * The session cookie of a demo account, signed in through the API: tests that are not about the login
 * form start on their page directly (one page load instead of three).
 */
export async function signedInState(baseURL: string | undefined, username: string): Promise<StorageState> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  const state = await api.storageState();
  await api.dispose();
  return state;
}

/** Copies a kept screenshot to docs/screenshots/ (the images the documentation shows). */
export function copyScreenshotToDocs(name: string, docName: string) {
  const target = path.resolve('docs/screenshots', `${docName}.png`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.resolve('artifacts/screenshots', `${name}.png`), target);
}

/**
 * The API as another demo user, outside the browser: signed in, with the session's CSRF token on every
 * request (to prepare data, or to change a dossier behind the back of the page under test).
 */
export async function apiAs(baseURL: string | undefined, username: string) {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const state = await api.storageState();
  await api.dispose();
  return request.newContext({ baseURL, storageState: state, extraHTTPHeaders: { 'X-CSRF-Token': csrfToken } });
}
