// End-to-end tests: the release build (dist/) served with an SPA fallback, driven in the system's
// Chromium (Playwright's own browser download is not available here, and not needed). Each fault
// suite gets a server of its own, whose faults cannot disturb the other tests (a suite's tests run
// one after another, and each clears the server's faults first).
import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";
import { LMS, LRS } from "./lrs-client.mjs";

const port = Number(process.env.E2E_PORT ?? 8090);
const faultPort = port + 2;
const hostPort = port + 6;
const cspPort = port + 4;
const nginxPort = port + 8;
const wholePort = port + 10;
const chunkFaultPort = port + 12;
// Learning records: Ralph (an LRS), a cmi5 LMS's launching side in front of it, and a fault server
// whose /lrs/ passes on to Ralph.
const lrsPort = port + 14;
const lmsPort = port + 16;
const recordsFaultPort = port + 18;
const server = (p, extra = "", dir = "dist") => ({
  command: `node tests/e2e/server.mjs ${dir} ${p} ${extra}`,
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
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    // The release build registers its offline service worker, whose requests page.route() cannot
    // see: tests that shape the network run without it; offline.spec.mjs allows it.
    serviceWorkers: "block",
  },
  projects: [
    { name: "reader", testMatch: /\.spec\.mjs$/, testIgnore: /(faults|embed|events|locales|csp|nginx|whole|page-css|records|cmi5)\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: "faults", testMatch: /\/faults\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${faultPort}` } },
    { name: "chunk-faults", testMatch: /\/chunk-faults\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${chunkFaultPort}` } },
    { name: "embed", testMatch: /(embed|events|locales)\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${hostPort}` } },
    { name: "csp", testMatch: /csp\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${cspPort}` } },
    { name: "nginx", testMatch: /nginx\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${nginxPort}` } },
    { name: "records", testMatch: /records\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${hostPort}` } },
    { name: "cmi5", testMatch: /cmi5\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${recordsFaultPort}` } },
    // Pages read without the app, on a build that also holds an article at the schema's limits.
    { name: "whole", testMatch: /(whole|page-css)\.spec\.mjs$/, use: { baseURL: `http://127.0.0.1:${wholePort}` } },
  ],
  webServer: [
    server(port),
    server(faultPort, "--faults"),
    server(chunkFaultPort, "--faults"),
    server(cspPort, "--csp"),
    server(wholePort, "", "target/dist-limits"),
    server(recordsFaultPort, `--faults --proxy=/lrs/=http://127.0.0.1:${lrsPort}/`),
    {
      // It answers CORS requests from the host site (mount mode) and the app's origin (iframe mode).
      command: `bash tests/e2e/ralph.sh ${lrsPort} '${JSON.stringify([`http://127.0.0.1:${hostPort}`, `http://127.0.0.1:${port}`])}'`,
      cwd: "../..",
      url: `http://127.0.0.1:${lrsPort}/__heartbeat__`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    { command: `node tests/e2e/lms.mjs ${lmsPort} ${LRS}`, cwd: "../..", url: LMS, reuseExistingServer: false },
    { command: `bash tests/e2e/nginx.sh dist ${nginxPort}`, cwd: "../..", url: `http://127.0.0.1:${nginxPort}/`, reuseExistingServer: false },
    {
      command: `node tests/e2e/host-server.mjs ${hostPort} target/dist-learn http://127.0.0.1:${port}/ ${LRS}`,
      cwd: "../..",
      url: `http://127.0.0.1:${hostPort}/`,
      reuseExistingServer: false,
    },
  ],
});
