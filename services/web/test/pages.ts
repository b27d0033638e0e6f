import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, screenshot, seriousViolations } from './browser';
import { activate } from './keyboard';
import { buildWebApp, startLadderServer, type RunningLadder } from './server';

// What every page test file needs: a real Ladder (`pnpm start`'s main on a seeded demo council)
// and Debian's Chromium, pages at the width the docs' screenshots use, closed after the file.

export interface PagesUnderTest {
  readonly ladder: RunningLadder;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the web app if stale, then starts Ladder on a council of `staff` and Chromium side by side. */
export const openPages = async (staff: number): Promise<PagesUnderTest> => {
  buildWebApp();
  const [ladder, browser] = await Promise.all([startLadderServer(staff), launchChromium()]);
  return {
    ladder,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: ladder.url,
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      return context.newPage();
    },
    // Closing the browser closes every context it opened.
    close: async () => {
      await browser.close();
      await ladder.stop();
    },
  };
};

/** The page's one level-1 heading with this text. */
export const heading = (page: Page, text: string | RegExp) =>
  page.getByRole('heading', { level: 1, name: text });

/** Signs in from the sign-in page as the demo person of `role`, with the keyboard. */
export const signInAs = async (page: Page, role: string): Promise<void> => {
  await page.goto('/');
  await page.getByRole('button', { name: new RegExp(`\\(${role}\\)$`) }).waitFor();
  await activate(page, new RegExp(`^BUTTON Sign in as .*\\(${role}\\)$`));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
};

/** No serious or critical axe-core violation on the page as it stands; a screenshot for the docs. */
export const checkPage = async (page: Page, name: string, shot: string | null = name) => {
  expect(await seriousViolations(page), name).toEqual([]);
  if (shot !== null) await screenshot(page, shot);
};
