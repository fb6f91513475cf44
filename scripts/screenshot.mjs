// The README's picture: an article of the bundled sample content, as its pre-rendered page paints,
// taken with the system Chromium from the release build in dist/ (make build). Writes
// docs/screenshot-article.png. Usage: node scripts/screenshot.mjs [slug]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/chromium.mjs';

const slug = process.argv[2] ?? 'agents-need-undo';
const port = 8099;
const out = 'docs/screenshot-article.png';

const server = spawn('node', ['tests/e2e/server.mjs', 'dist', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`the server stopped (${code}): is there a dist/? run make build`)));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1200 }, colorScheme: 'light' });
  const answer = await page.goto(`http://127.0.0.1:${port}/articles/${slug}`);
  if (!answer?.ok()) throw new Error(`/articles/${slug} answered ${answer?.status()}`);
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  server.kill();
}
