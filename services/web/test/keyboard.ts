import type { Page } from 'playwright-core';

// Keyboard-only operation: Tab until the focused element is the one wanted, as a person would.

const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return '';
    const label = el.id === '' ? null : document.querySelector(`label[for="${el.id}"]`);
    const own = el instanceof HTMLElement ? el.innerText : '';
    return [el.tagName, el.getAttribute('aria-label') ?? '', label?.textContent ?? '', own]
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter((part) => part !== '')
      .join(' ');
  });

/** Presses Tab until the focused element's text matches; fails if it is not reachable. */
export const tabTo = async (page: Page, wanted: RegExp, most = 80): Promise<void> => {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (wanted.test(await focusedText(page))) return;
  }
  throw new Error(`nothing matching ${String(wanted)} within ${most} presses of Tab`);
};

/** Tabs to a link or button and presses Enter on it. */
export const activate = async (page: Page, wanted: RegExp): Promise<void> => {
  await tabTo(page, wanted);
  await page.keyboard.press('Enter');
};
