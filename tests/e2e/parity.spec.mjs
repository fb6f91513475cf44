// One renderer: each route read as the pre-rendered file (JavaScript off) and as the app (JavaScript
// on) shows the reader the same words in <main>, apart from the controls that need JavaScript. Both
// come from the same components (crates/ui): the publisher renders them to HTML, the app mounts them.
import { test, expect, loaded } from "./fixtures.mjs";

const ROUTES = ["/", "/page/2", "/articles/eval-sets-before-prompts", "/articles/benchmarks-contamination", "/categories/tools-workflows"];

/** The words of <main> as rendered (hidden elements left out), without the controls' labels and what
 * only the app can keep up to date (`.digest-app-only`, which a page without the app does not show), and
 * with the takeaways the app collapses behind "Show all" (a page without the app shows them all). */
async function wordsOfMain(page) {
  return page.locator("main").evaluate((main) => {
    // Our display rules are !important (style/isolation.css): only an !important inline one hides.
    const controls = [...main.querySelectorAll("button, .digest-app-only")];
    controls.forEach((control) => control.setAttribute("data-parity-hidden", control.style.display));
    controls.forEach((control) => control.style.setProperty("display", "none", "important"));
    const collapsed = [...main.querySelectorAll(".digest-takeaways__list > li[hidden]")];
    collapsed.forEach((item) => (item.hidden = false));
    const text = main.innerText;
    collapsed.forEach((item) => (item.hidden = true));
    controls.forEach((control) => (control.style.display = control.getAttribute("data-parity-hidden")));
    controls.forEach((control) => control.removeAttribute("data-parity-hidden"));
    return text.split(/\s+/).filter(Boolean);
  });
}

for (const path of ROUTES) {
  test(`${path}: the pre-rendered page and the app show the same words`, async ({ browser }) => {
    const read = async (javaScriptEnabled) => {
      const context = await browser.newContext({ javaScriptEnabled, locale: "en-US", timezoneId: "UTC" });
      const page = await context.newPage();
      await page.goto(path);
      if (javaScriptEnabled) await loaded(page);
      else await expect(page.locator(".digest-static main h1")).toBeVisible();
      const words = await wordsOfMain(page);
      await context.close();
      return words;
    };
    const [staticWords, appWords] = [await read(false), await read(true)];
    expect(staticWords.length).toBeGreaterThan(20);
    expect(appWords).toEqual(staticWords);
  });
}
