// Mount mode: a host page that serves digest's files under a path of its own adds
//
//   <div id="digest" data-base-path="/learn/ai-news"></div>
//   <script defer src="/learn/ai-news/digest-mount.js"></script>
//
// This script reads the build's index.html (next to it) for the hashed stylesheet, JS and wasm names
// (its start script's data-css, data-js and data-wasm: route pages inline their CSS, and the content
// command records the app's stylesheet there, without standalone.css, which styles our own page's
// <body>), links the stylesheet and starts the app, which mounts into #digest. See docs/embedding.md.
(function () {
  var script = document.currentScript;
  var base = new URL(".", script.src);
  var root = document.getElementById("digest");

  function fail(error) {
    console.error("digest could not start:", error);
    if (root && !root.firstChild) {
      var notice = document.createElement("p");
      notice.setAttribute("role", "alert");
      notice.textContent = "The news reader could not be loaded from " + base.href + ": " + error.message;
      root.appendChild(notice);
    }
  }

  fetch(new URL("index.html", base))
    .then(function (response) {
      if (!response.ok) throw new Error("index.html answered " + response.status);
      return response.text();
    })
    .then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      // The start script waits in a <template> (Trunk.toml), whose content is a fragment of its own.
      var holder = page.querySelector("template[data-digest-start]");
      var start = holder && holder.content.querySelector("script[data-js][data-wasm]");
      if (!start) throw new Error("index.html has no digest start script");
      (start.dataset.css || "").split(/\s+/).filter(Boolean).forEach(function (href) {
        var sheet = document.createElement("link");
        sheet.rel = "stylesheet";
        sheet.href = new URL(href, base).href;
        document.head.appendChild(sheet);
      });
      return import(new URL(start.dataset.js, base).href).then(function (app) {
        return app.default({ module_or_path: new URL(start.dataset.wasm, base).href });
      });
    })
    .catch(fail);
})();
