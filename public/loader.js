// Starts the bundle the current page needs, so the public careers site never downloads the
// private self-assessment. Trunk writes the public bundle's files into this tag's data
// attributes; the private bundle has fixed names (Trunk builds it as a "worker" bundle,
// which it doesn't start itself, in wasm-bindgen's no-modules form).
(function () {
  // The first path segments of the private pages: a copy of PRIVATE_SECTIONS in
  // src/app/routes.rs, which tests/architecture.rs compares with this line.
  const PRIVATE_SECTIONS = ["assess", "fit", "plan", "history", "data", "review"];
  const script = document.currentScript;
  const base = new URL(document.baseURI).pathname.replace(/\/?$/, "/");
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";
  if (PRIVATE_SECTIONS.includes(path.split("/")[0])) {
    const glue = document.createElement("script");
    glue.src = base + "mosaic-private.js";
    // The no-modules glue declares `wasm_bindgen` with `let`: a global binding, not a
    // property of globalThis, so it is named directly.
    // eslint-disable-next-line no-undef
    glue.onload = () => wasm_bindgen({ module_or_path: base + "mosaic-private_bg.wasm" });
    document.head.appendChild(glue);
  } else {
    import(script.dataset.js).then((bundle) => bundle.default({ module_or_path: script.dataset.wasm }));
  }
})();
