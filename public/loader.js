// Starts the bundle the current page needs, so the public careers site never downloads the
// private self-assessment. Trunk writes the public bundle's files into this tag's data
// attributes; the private bundle has fixed names (Trunk builds it as a "worker" bundle,
// which it doesn't start itself, in wasm-bindgen's no-modules form).
// Until the app mounts, index.html shows a placeholder saying the framework is loading; if
// the bundle can't start, this script says so there instead of leaving it loading forever.
(function () {
  // The first path segments of the private pages: a copy of PRIVATE_SECTIONS in
  // src/app/routes.rs, which tests/architecture.rs compares with this line.
  const PRIVATE_SECTIONS = ["assess", "fit", "plan", "history", "data", "review"];
  const script = document.currentScript;
  const base = new URL(document.baseURI).pathname.replace(/\/?$/, "/");
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";

  // The placeholder is gone once the app has mounted: a later failure is the app's to show.
  function couldNotStart(reason) {
    const status = document.getElementById("app-placeholder-status");
    if (!status) return;
    status.textContent = reason + " Reload the page to try again.";
    status.closest(".app-placeholder").classList.add("failed");
  }
  const UNSUPPORTED = "This browser can't run the career framework: it needs WebAssembly, which is turned off or not supported here.";
  const NOT_LOADED = "The career framework couldn't be loaded: part of it didn't arrive, perhaps because the connection dropped.";
  if (typeof WebAssembly !== "object") {
    couldNotStart(UNSUPPORTED);
    return;
  }
  const failed = (error) => {
    couldNotStart(NOT_LOADED);
    // Kept in the console for whoever looks into it.
    console.warn("Mosaic could not start:", error);
  };

  if (PRIVATE_SECTIONS.includes(path.split("/")[0])) {
    const glue = document.createElement("script");
    glue.src = base + "mosaic-private.js";
    // The no-modules glue declares `wasm_bindgen` with `let`: a global binding, not a
    // property of globalThis, so it is named directly.
    // eslint-disable-next-line no-undef
    glue.onload = () => wasm_bindgen({ module_or_path: base + "mosaic-private_bg.wasm" }).catch(failed);
    glue.onerror = failed;
    document.head.appendChild(glue);
  } else {
    import(script.dataset.js).then((bundle) => bundle.default({ module_or_path: script.dataset.wasm })).catch(failed);
  }
})();
