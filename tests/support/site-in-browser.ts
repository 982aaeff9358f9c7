/** The built site served locally and a fresh Chromium, opened before the tests of a file and closed after. */
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { launchBrowser, SMALL_PHONE, type Browser } from './browser.ts';
import { serveSite, type StaticSite } from './server.ts';

export interface SiteInBrowser {
  site: StaticSite;
  browser: Browser;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function siteInBrowser(
  browserOptions: BrowserContextOptions = SMALL_PHONE,
  serve: () => Promise<StaticSite> = () => serveSite(),
): SiteInBrowser {
  const opened = {} as SiteInBrowser;
  beforeAll(async () => {
    opened.site = await serve();
    opened.browser = await launchBrowser(browserOptions);
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.site?.close();
  });
  return opened;
}
