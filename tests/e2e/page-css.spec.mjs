// Each kind of route page inlines only the CSS rules its first paint needs (crates/publish/src/site/
// critical/), and the app links the whole stylesheet before it starts. Nothing may move when the
// whole sheet arrives: on every kind of page, at 320 and 1280 px, in both themes, with <html> as a
// reader without JavaScript has it and as the <head> script marks it, every element's computed style
// (and its ::before, ::after and ::marker) is the same with the inline rules alone as with the whole
// sheet added. Reader states (hover, focus) are left to the whole sheet by design and are not compared;
// nor are the custom properties (the inline rules name them short: their effect is what is compared),
// nor what no first paint shows, which the inline rules leave out too: where the pointer rests
// (`cursor`), transitions (nothing changes before the whole sheet comes), and the timings of an
// animation on an element that runs none.
import { test, expect, withoutPageScripts } from "./fixtures.mjs";
import { SLUG } from "./limits-content.mjs";

const ROUTES = [
  "/",
  "/page/2",
  `/articles/${SLUG}`,
  "/articles/agents-need-undo",
  "/articles/benchmarks-contamination",
  "/categories/tools-workflows",
  "/search",
  "/saved",
  "/404.html",
];

/** What the <head> script may put on <html> before the app: none of it (JavaScript off), the mark
 * alone, and with each theme chosen. */
const ROOT_STATES = [{}, { "data-digest-js": "" }, { "data-digest-js": "", "data-digest-theme": "dark" }, { "data-digest-js": "", "data-digest-theme": "light" }];

/** In the page: the computed style of every element, by state of <html>, then the same with the whole
 * stylesheet linked; returns the first differences. */
function compare(states) {
  const root = document.documentElement;
  const marks = ["data-digest-js", "data-digest-theme"];
  const pseudos = ["", "::before", "::after", "::marker"];
  const unpainted = (name, style) =>
    /^(cursor|transition|scroll-behavior)/.test(name) || (name.startsWith("animation") && style.animationName === "none");
  function snapshot() {
    const values = [];
    const elements = [...document.querySelectorAll("body, body *")];
    for (const [i, element] of elements.entries()) {
      for (const pseudo of pseudos) {
        const style = getComputedStyle(element, pseudo || null);
        if (pseudo === "::marker" && getComputedStyle(element).display !== "list-item") continue;
        if ((pseudo === "::before" || pseudo === "::after") && style.content === "none") continue;
        const where = `${i} ${element.tagName.toLowerCase()}.${[...element.classList].join(".")}${pseudo}`;
        for (const name of style) if (!name.startsWith("--") && !unpainted(name, style)) values.push(`${where} ${name}: ${style.getPropertyValue(name)}`);
      }
      values.push(`${i} box: ${JSON.stringify(element.getBoundingClientRect())}`);
    }
    return values;
  }
  function each(run) {
    return states.map((state) => {
      marks.forEach((mark) => root.removeAttribute(mark));
      Object.entries(state).forEach(([mark, value]) => root.setAttribute(mark, value));
      // A theme changed from the state before starts the cards' border transition: read where it ends.
      document.getAnimations().forEach((animation) => animation.finish());
      return run();
    });
  }
  const inline = each(snapshot);
  const sheets = document.querySelector("style[data-sheets]").dataset.sheets.split(" ");
  return Promise.all(
    sheets.map((href) => new Promise((resolve, reject) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.onload = resolve;
      link.onerror = () => reject(new Error(`${href} did not load`));
      document.head.appendChild(link);
    })),
  ).then(() => {
    const whole = each(snapshot);
    return states.map((state, s) => {
      const differences = [];
      const [a, b] = [inline[s], whole[s]];
      if (a.length !== b.length) differences.push(`${a.length} values inline, ${b.length} with the whole sheet`);
      for (let i = 0; i < a.length && differences.length < 12; i++) if (a[i] !== b[i]) differences.push(`${a[i]}  ->  ${b[i].split(": ").slice(1).join(": ")}`);
      return { state: JSON.stringify(state), differences, compared: a.length };
    });
  });
}

for (const path of ROUTES) {
  for (const width of [320, 1280]) {
    for (const scheme of ["light", "dark"]) {
      test(`the inline rules paint ${path} as the whole sheet does, ${width} px, ${scheme}`, async ({ page }) => {
        await withoutPageScripts(page);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expect(page.locator(".digest-static main")).toBeVisible();
        const results = await page.evaluate(compare, ROOT_STATES);
        for (const { state, differences, compared } of results) {
          expect(compared, `values compared, ${state}`).toBeGreaterThan(10_000);
          expect(differences, `<html> ${state}`).toEqual([]);
        }
      });
    }
  }
}
