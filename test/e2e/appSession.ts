// One flow's world: a temporary data folder, the web host serving it, and a browser on the app.
// `restartHost` stops the host and starts a new one on the same data folder (new port, new token).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from './browser';
import { launchBrowser } from './browser';
import type { WebHost } from './webHost';
import { startWebHost } from './webHost';

export interface AppSession {
  page: Page;
  browser: Browser;
  host: WebHost;
  dataDir: string;
  /** Stops the host, starts it again on the same data and opens its new address in the same tab. */
  restartHost(): Promise<void>;
  close(): Promise<void>;
}

export async function openApp(
  options: { contentRoots?: string[]; workspace?: string; colorScheme?: 'light' | 'dark'; env?: Record<string, string> } = {},
): Promise<AppSession> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-e2e-data-'));
  const start = () =>
    startWebHost({
      dataDir,
      ...(options.contentRoots ? { contentRoots: options.contentRoots } : {}),
      ...(options.workspace ? { workspace: options.workspace } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
  const session: AppSession = {
    dataDir,
    host: await start(),
    browser: await launchBrowser(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    get page() {
      return this.browser.page;
    },
    async restartHost() {
      await this.host.stop();
      this.host = await start();
      await this.page.goto(this.host.url);
    },
    async close() {
      await this.browser.close();
      await this.host.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  await session.page.goto(session.host.url);
  return session;
}
