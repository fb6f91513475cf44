// Starts the app: imports the wasm-bindgen JS and the wasm whose hashed names Trunk wrote into this
// script's data attributes (Trunk.toml pattern_script). Every route page's <head> script adds it once
// the first contentful paint is reported, or on the reader's first interaction (index.html), so it
// never holds up the first paint; if it cannot be loaded, the <head> script reads the page as without
// JavaScript.
//
// A page the content command pre-rendered for this very address is readable without the app, so the
// app keeps out of its first paint (docs/architecture.md, "Starting the app"):
//   - once the page has loaded, the browser downloads the JS and wasm when it is idle, and compiles
//     the wasm (decoding a module of this size took 30 to 60 ms at 4 x CPU, the longest task of the
//     app's start when it came at the reader's first interaction);
//   - the app starts on the reader's first interaction (a pointer moving or pressed, a touch, a wheel,
//     a key, focus moving), and from then on handles links and controls; before that, links are plain
//     links to other pre-rendered pages;
//   - with Save-Data on, or on a 2G connection, nothing is downloaded, and the app starts only when
//     the reader uses a control (a button or a checkbox): a reader who only reads downloads no wasm.
// Anywhere else (nothing pre-rendered, as in mount mode or on a 404; a page whose content only the app
// can show, which marks it with data-digest-start, such as the saved articles; inside
// digest-embed.js's iframe, whose height the app reports) it starts at once.
//
// A route page inlines only the CSS rules its own content uses (crates/publish/src/site/critical/);
// the app shows every kind of page, so the whole stylesheet (data-css) is linked before it starts,
// and fetched with the JS and wasm ahead of it. Its rules are the inlined ones and the rest, so
// nothing on the page moves when it applies. If it cannot be loaded, the app does not start.
//
// A click on a button or checkbox of the pre-rendered page before the app has taken it over is
// recorded by the <head> script (index.html), which also marks the reader's interactions that came
// before this script did (data-digest-woke on <html>).
(function () {
  var script = document.currentScript;
  var js = script.dataset.js;
  var wasm = script.dataset.wasm;
  var sheets = (script.dataset.css || "").split(/\s+/).filter(Boolean);
  var listening = [];
  var started = false;
  // The whole stylesheet linked and loaded, once asked for.
  var styled = null;
  // The wasm compiled ahead, or null (not asked for, not compiled: the app then loads it by its URL).
  var compiled = null;

  function start() {
    if (started) return;
    started = true;
    listening.forEach(function (entry) {
      document.removeEventListener(entry[0], entry[1], true);
    });
    Promise.all([import(js), compiled, stylesheets()])
      .then(function (loaded) {
        return loaded[0].default({ module_or_path: loaded[1] || wasm });
      })
      .catch(function (error) {
        console.error("digest could not start:", error);
        // The page is read as without JavaScript: no control that needs the app (style/without-app.css).
        document.documentElement.removeAttribute("data-digest-js");
      });
  }

  function stylesheets() {
    if (!styled) {
      styled = Promise.all(sheets.map(function (href) {
        return new Promise(function (resolve, reject) {
          var link = document.createElement("link");
          link.rel = "stylesheet";
          link.href = href;
          link.onload = resolve;
          link.onerror = function () { reject(new Error("the stylesheet " + href + " could not be loaded")); };
          document.head.appendChild(link);
        });
      }));
    }
    return styled;
  }

  // The promo the reader dismissed (named on <html> by the script in <head>, which hides every
  // promo of the page meanwhile) stays hidden; any other shows.
  function keepDismissedPromoHidden() {
    var html = document.documentElement;
    var dismissed = html.getAttribute("data-digest-promo-dismissed");
    if (dismissed === null) return;
    document.querySelectorAll(".digest-static [data-digest-promo]").forEach(function (promo) {
      if (promo.getAttribute("data-digest-promo") === dismissed) promo.hidden = true;
    });
    html.removeAttribute("data-digest-promo-dismissed");
  }

  function on(types, handler) {
    types.forEach(function (type) {
      listening.push([type, handler]);
      document.addEventListener(type, handler, { capture: true, passive: true });
    });
  }

  // Once the page's content has painted (its first contentful paint; in browsers that do not report
  // it, after the next frame), when the browser is idle.
  function afterPaintWhenIdle(task) {
    function idle() {
      if (window.requestIdleCallback) requestIdleCallback(task, { timeout: 3000 });
      else setTimeout(task, 200);
    }
    var painted = function (entry) { return entry.name === "first-contentful-paint"; };
    try {
      if (performance.getEntriesByType("paint").some(painted)) return idle();
      var observer = new PerformanceObserver(function (list) {
        if (list.getEntries().some(painted)) {
          observer.disconnect();
          idle();
        }
      });
      observer.observe({ type: "paint", buffered: true });
    } catch (error) {
      requestAnimationFrame(function () { setTimeout(idle); });
    }
  }

  function download() {
    if (started) return;
    stylesheets().catch(function () {});
    var link = document.createElement("link");
    link.rel = "prefetch";
    link.href = js;
    document.head.appendChild(link);
    // Compiled as it arrives; a host that does not serve it as application/wasm, or a browser without
    // compileStreaming, leaves it to the app's own loader.
    if (WebAssembly.compileStreaming) {
      compiled = WebAssembly.compileStreaming(fetch(wasm)).catch(function () {
        return null;
      });
    }
  }

  // The keys a reader presses before the app's shortcuts listen (src/keys/shortcuts.rs, which marks
  // the reader's root data-digest-keys-live when they do) are kept and pressed again then, in order,
  // where the focus is. Not a key typed into a field, held with a modifier, or that is not one
  // character (Tab, Enter, arrows, Space): those have done what they do already.
  function keepKeys(root) {
    if (!root || !window.MutationObserver) return;
    var kept = [];
    function keep(event) {
      var key = event.key || "";
      if (!event.isTrusted || key.length !== 1 || key === " " || kept.length >= 10) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
      kept.push(key);
    }
    document.addEventListener("keydown", keep, true);
    var observer = new MutationObserver(function () {
      if (!root.hasAttribute("data-digest-keys-live")) return;
      observer.disconnect();
      document.removeEventListener("keydown", keep, true);
      setTimeout(function () {
        kept.forEach(function (key) {
          var target = document.activeElement || document.body;
          target.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true }));
        });
      });
    });
    observer.observe(root, { attributes: true, attributeFilter: ["data-digest-keys-live"] });
  }

  function decide() {
    keepDismissedPromoHidden();
    var root = document.getElementById("digest");
    keepKeys(root);
    var content = root && root.querySelector(".digest-static");
    var framed = new URLSearchParams(location.search).has("embed_origin");
    var here = location.pathname + location.search;
    if (framed || !content || content.getAttribute("data-route") !== here || content.querySelector("[data-digest-start]")) {
      start();
      return;
    }
    var connection = navigator.connection;
    var saveData = !!connection && (connection.saveData === true || /2g$/.test(connection.effectiveType || ""));
    var woke = document.documentElement.getAttribute("data-digest-woke");
    if (saveData) {
      if (woke === "control") {
        start();
        return;
      }
      on(["pointerdown", "keydown", "focusin"], function (event) {
        if (event.target.closest && event.target.closest("button, input[type=checkbox]")) start();
      });
      return;
    }
    // The reader's first interaction may have come before this script (the <head> script marks it).
    if (woke !== null) {
      start();
      return;
    }
    on(["pointermove", "pointerdown", "touchstart", "wheel", "keydown", "focusin"], start);
    if (document.readyState === "complete") afterPaintWhenIdle(download);
    else window.addEventListener("load", function () { afterPaintWhenIdle(download); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", decide);
  else decide();
})();
