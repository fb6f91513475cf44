// End-to-end tests: the release build (dist/) served with an SPA fallback, driven in the system's
// Chromium (Playwright's own browser download is not available here, and not needed). The fault
// suite gets a server of its own, whose faults cannot disturb the other tests.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 8090);
const faultPort = port + 2;
const server = (p, extra = "") => ({
  command: `node tests/e2e/server.mjs dist ${p} ${extra}`,
  cwd: "../..",
  url: `http://127.0.0.1:${p}/`,
  reuseExistingServer: false,
});

export default defineConfig({
  testDir: ".",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 40_000,
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    { name: "reader", testMatch: /\.spec\.mjs$/, testIgnore: /faults\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: "faults", testMatch: /faults\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${faultPort}` } },
  ],
  webServer: [server(port), server(faultPort, "--faults")],
});
