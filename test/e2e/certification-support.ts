// Driving the Certification tab's "Show in form" in end-to-end tests: open the studio on that tab
// once the check is done, click a finding's button, and read the field it focused.
import type { Page } from '@playwright/test';
import { expect as baseExpect } from './fixtures';

// The machines are shared: a check or a first Monaco load can take longer than the usual 10 s there.
const expect = baseExpect.configure({ timeout: 30_000 });

export const certificationStatus = (page: Page) => page.getByRole('tabpanel', { name: 'Certification' }).locator('.certification-status');
export const focusedInDefinition = (page: Page) => page.getByRole('tabpanel', { name: 'Definition' }).locator(':focus');

export async function openCertification(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(certificationStatus(page)).not.toHaveText(/Checking|checking/);
}

/** Clicks the first "Show in form" button whose name matches, and waits for the Definition tab. */
export async function showInForm(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name: 'Certification' }).click();
  await expect(certificationStatus(page)).not.toHaveText(/Checking|checking/);
  await page.getByRole('button', { name }).first().click();
  await expect(page.getByRole('tab', { name: 'Definition' })).toHaveAttribute('aria-selected', 'true');
}
