// Helpers for the studio's end-to-end tests: corpus connectors copied into the test's own temporary
// folder (tests write to them), the studio's main regions, Monaco driven as a person drives it, and a
// record of every request the page makes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { CONNECTORS_DIR, copyWritable } from '../support/corpus';
import { expect, test } from './fixtures';

/**
 * Copies `group/Name` from the corpus into `workDir` and returns the copy's path; skips the test
 * (with a visible message) when the corpus is absent.
 */
export async function copyCorpusConnector(workDir: string, relative: string): Promise<string> {
  const source = path.join(CONNECTORS_DIR, relative);
  if (!existsSync(source)) console.warn(`[corpus] ${source} is absent: this test is skipped.`);
  test.skip(!existsSync(source), `corpus connector absent: ${source}`);
  const target = path.join(workDir, path.basename(relative));
  await copyWritable(source, target);
  return target;
}

/** Every URL the page requests (documents, scripts, workers, fetches), from the first navigation on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  const add = (r: Request) => void urls.push(r.url());
  page.on('request', add);
  page.context().on('request', add);
  return urls;
}

/** Requests that left 127.0.0.1 (data: and blob: URLs stay in the page). */
export function foreignRequests(urls: readonly string[]): string[] {
  return urls.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    const { protocol, hostname } = new URL(u);
    return !((protocol === 'http:' || protocol === 'ws:') && hostname === '127.0.0.1');
  });
}

export async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The first open loads Monaco (3.6 MB of code): generous on a busy machine, instant on a quiet one.
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('tab', { name: 'General' })).toBeVisible();
}

export const editorOf = (page: Page) => page.locator('.monaco-host .monaco-editor').first();

/** Moves the keyboard focus into the editor (as Tab or a click would), leaving its cursor where it is. */
export async function focusEditor(page: Page): Promise<void> {
  await editorOf(page).locator('textarea').focus();
}

/** Puts Monaco's cursor at a 1-based line and column (Ctrl+G, "line:column", Enter). */
export async function goToInEditor(page: Page, line: number, column: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await expect(page.locator('.monaco-host .active-line-number')).toHaveText(String(line));
}

/** 1-based line and column of the first occurrence of `needle` in `text` (after `from`). */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" is not in the text.`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The file shown in the editor (apiDefinition.swagger.json or apiProperties.json). */
export async function showFile(page: Page, name: string): Promise<void> {
  await page.getByRole('group', { name: 'File shown in the editor' }).getByRole('button', { name }).click();
  await expect(page.locator('.monaco-host')).toHaveAttribute('data-file', name);
}
