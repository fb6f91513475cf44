// Starts the app: imports the wasm-bindgen JS and the wasm whose hashed names Trunk wrote into this
// script's data attributes (Trunk.toml pattern_script). A file rather than Trunk's inline loader, so
// the Content-Security-Policy can forbid inline scripts.
(function () {
  var script = document.currentScript;
  import(script.dataset.js)
    .then(function (app) {
      return app.default({ module_or_path: script.dataset.wasm });
    })
    .catch(function (error) {
      console.error("digest could not start:", error);
    });
})();
