// The floors our pages are measured against (`make bench`), made with an HTML parser (parse5): Trunk's
// minified HTML writes attributes without quotes (rel=modulepreload), which a regular expression once
// missed, so the "floor" still preloaded the app and the benchmark reported parity that was not there.
//
//   asShipped(html):   the page without any script, preload, modulepreload or prefetch; its CSS as
//                      shipped (linked stylesheets stay linked);
//   physical(html, read): the same, with every stylesheet (linked or inline) in one <style> in <head>:
//                      the fastest a page with this content and these styles can paint.
import { parse, serialize } from "parse5";

const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const rels = (node) => (attr(node, "rel") ?? "").toLowerCase().split(/\s+/);
const isScript = (node) => node.nodeName === "script";
const isFetchHint = (node) => node.nodeName === "link" && rels(node).some((r) => ["preload", "modulepreload", "prefetch"].includes(r));
const isStylesheetLink = (node) => node.nodeName === "link" && rels(node).includes("stylesheet");

// A <template>'s content (where Trunk's start script waits) is a fragment of its own.
function remove(node, drop) {
  for (const parent of [node, node.content]) {
    if (!parent?.childNodes) continue;
    parent.childNodes = parent.childNodes.filter((child) => !drop(child));
    parent.childNodes.forEach((child) => remove(child, drop));
  }
}

/** Every node under `node` (template contents too) that passes `test`, in document order. */
export function find(node, test, found = []) {
  if (test(node)) found.push(node);
  (node.childNodes ?? []).forEach((child) => find(child, test, found));
  (node.content?.childNodes ?? []).forEach((child) => find(child, test, found));
  return found;
}

/** The page without scripts and fetch hints, its CSS as shipped. */
export function asShipped(html) {
  const document = parse(html);
  remove(document, (node) => isScript(node) || isFetchHint(node));
  return serialize(document);
}

/** The physical floor: no script or fetch hint, all CSS in one <style>. `read(href)` gives a linked
 * stylesheet's text. */
export function physical(html, read) {
  const document = parse(html);
  remove(document, (node) => isScript(node) || isFetchHint(node));
  const css = find(document, (node) => isStylesheetLink(node) || node.nodeName === "style")
    .map((node) => (node.nodeName === "style" ? node.childNodes.map((c) => c.value).join("") : read(attr(node, "href"))))
    .join("\n");
  remove(document, (node) => isStylesheetLink(node) || node.nodeName === "style");
  const head = find(document, (node) => node.nodeName === "head")[0];
  const style = parse(`<style>${css}</style>`).childNodes[0].childNodes[0].childNodes[0];
  style.parentNode = head;
  head.childNodes.push(style);
  return serialize(document);
}

/** What a floor page must not hold, for the test that keeps floors honest: every script, fetch hint
 * and stylesheet link, and the number of <style> elements. */
export function leftovers(html) {
  const document = parse(html);
  return {
    scripts: find(document, isScript).length,
    fetchHints: find(document, isFetchHint).length,
    stylesheetLinks: find(document, isStylesheetLink).length,
    styles: find(document, (node) => node.nodeName === "style").length,
  };
}
