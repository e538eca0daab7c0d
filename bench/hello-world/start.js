// Starts the hello-world as Trunk's inline start script would, from a file so that the
// app's Content-Security-Policy (no inline script) applies unchanged. Trunk writes the
// bundle's file names into this tag's data attributes (see Trunk.toml).
(function () {
  const script = document.currentScript;
  import(script.dataset.js).then((bundle) => bundle.default({ module_or_path: script.dataset.wasm }));
})();
