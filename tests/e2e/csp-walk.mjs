// A walk through every kind of page, collecting Content-Security-Policy violations on the way.
import { expect, loaded } from "./fixtures.mjs";

export async function walkCollectingViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto("/");
  await loaded(page);
  await page.locator(".digest-card h2 a").first().click();
  await loaded(page);
  await page.locator(".digest-steps input").first().check();
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
  await page.locator(".digest-theme-toggle").click();
  await page.locator(".digest-header__nav a").first().click();
  await loaded(page);
  await page.goBack();
  await loaded(page);
  await page.reload();
  await loaded(page);
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
  return page.evaluate(() => window.__violations);
}
