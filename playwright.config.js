// End-to-end tests drive the release build (dist/) in Debian's Chromium, served on 127.0.0.1.
import { defineConfig } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "target/e2e-output",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  use: {
    baseURL: "http://127.0.0.1:8765/",
    acceptDownloads: true,
    launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
  },
  webServer: {
    command: "node scripts/static-server.mjs dist 8765",
    url: "http://127.0.0.1:8765/",
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
