// The system Chromium every browser run here uses (end-to-end tests, the benchmark): Playwright's own
// download is not available on these machines. Running as root needs --no-sandbox; the networking
// flags keep Chromium from calling home through a closed network.
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
