import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Debian's Chromium, driven by playwright-core: no browser is downloaded, ever.

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env['LADDER_CHROMIUM'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
};

const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** Saves a full-page screenshot for the docs, only when LADDER_SCREENSHOTS=1 (CI leaves the tree clean). */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  if (process.env['LADDER_SCREENSHOTS'] !== '1') return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
};
