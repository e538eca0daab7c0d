// Starts the bundle the current page needs, so nobody downloads more code than their page
// shows: the front page gets the overview bundle alone, the other public pages the public
// bundle, the private pages the bundle with the private self-assessment, the framework
// studio (authors only) its own. Trunk writes the
// overview bundle's files into this tag's data attributes; the other three have fixed names
// (Trunk builds them as "worker" bundles, which it doesn't start itself, in wasm-bindgen's
// no-modules form).
// framework.json, the code and the wasm are all requested at once, not one after another:
// the bundle reads framework.json from `mosaicLoader.files` instead of fetching it again.
// Until the app mounts, index.html shows a placeholder saying the framework is loading; if
// the bundle can't start, this script says so there instead of leaving it loading forever.
(function () {
  // The first path segments of the private pages: a copy of PRIVATE_SECTIONS in
  // src/app/routes.rs, which tests/architecture.rs compares with this line.
  const PRIVATE_SECTIONS = ["assess", "fit", "plan", "history", "data", "review"];
  // The studio's first path segment: a copy of STUDIO_SECTION in src/app/routes.rs, checked the same way.
  const STUDIO_SECTION = "studio";
  // Marks on the performance timeline, printed by scripts/bench-first-view.mjs.
  performance.mark("mosaic:loader-started");
  const script = document.currentScript;
  const base = new URL(document.baseURI).pathname.replace(/\/?$/, "/");
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";

  // This script is `async`: it may run before the body is parsed. What needs the body waits.
  function whenParsed(task) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", task, { once: true });
    else task();
  }
  // The placeholder is gone once the app has mounted: a later failure is the app's to show.
  function couldNotStart(reason) {
    whenParsed(() => {
      const status = document.getElementById("app-placeholder-status");
      if (!status) return;
      status.textContent = reason + " Reload the page to try again.";
      status.closest(".app-placeholder").classList.add("failed");
    });
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

  // Every page shows the framework. Bypassing the HTTP cache, so that a file replaced on the
  // host shows after a plain reload. A failed fetch is the bundle's to word (it names the
  // file and the status), so it is not an unhandled rejection here.
  const response = fetch(base + "framework.json", { cache: "no-cache" });
  // Read as soon as it arrives, while the wasm compiles; any bundle may await the same text.
  const framework = {
    response,
    text: response.then((answer) => (answer.ok ? answer.text() : "")).then((text) => {
      performance.mark("mosaic:framework-arrived");
      return text;
    }),
  };
  framework.text.catch(() => {});

  const OVERVIEW = { glue: script.dataset.js, wasm: script.dataset.wasm, module: true };
  const PUBLIC = { glue: base + "mosaic.js", wasm: base + "mosaic_bg.wasm" };
  const PRIVATE = { glue: base + "mosaic-private.js", wasm: base + "mosaic-private_bg.wasm" };
  const STUDIO = { glue: base + "mosaic-studio.js", wasm: base + "mosaic-studio_bg.wasm" };

  function start(bundle) {
    // The wasm downloads while the glue does.
    const wasm = fetch(bundle.wasm);
    wasm.catch(() => {});
    // The app mounts on <body>: it starts once the page is parsed (the downloads don't wait).
    if (bundle.module) {
      import(bundle.glue)
        .then((glue) => {
          performance.mark("mosaic:glue-loaded");
          return new Promise((started) => whenParsed(() => started(glue.default({ module_or_path: wasm }))));
        })
        .catch(failed);
      return;
    }
    const glue = document.createElement("script");
    glue.src = bundle.glue;
    // The no-modules glue declares `wasm_bindgen` with `let`: a global binding, not a
    // property of globalThis, so it is named directly.
    // eslint-disable-next-line no-undef
    glue.onload = () => whenParsed(() => wasm_bindgen({ module_or_path: wasm }).catch(failed));
    glue.onerror = failed;
    document.head.appendChild(glue);
  }

  let publicStarted = false;
  function startPublicSite() {
    if (publicStarted) return;
    publicStarted = true;
    start(PUBLIC);
  }
  globalThis.mosaicLoader = {
    files: { "framework.json": framework },
    // The overview bundle hands over when it can't show the framework: the public bundle
    // then says what is wrong with it, and where.
    startPublicSite,
    // Once the overview is painted and the page idle, the public site is fetched at low
    // priority, so the candidate's next click doesn't wait for it.
    firstViewShown() {
      const later = globalThis.requestIdleCallback ?? ((task) => setTimeout(task, 0));
      later(() => {
        for (const href of [PUBLIC.glue, PUBLIC.wasm]) {
          const hint = document.createElement("link");
          hint.rel = "prefetch";
          hint.href = href;
          document.head.appendChild(hint);
        }
      });
    },
  };

  // A page's own styles, linked while its bundle downloads (never painted unstyled), once
  // the page is parsed: after main.css, which they must follow in the cascade.
  function linkStylesheet(name) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = base + name;
    whenParsed(() => document.head.appendChild(link));
  }

  // The overview's track map (src/app/pages/overview/track_map.rs) is not a tab stop: Tab
  // goes through its links, and Chromium leaves a link that already shows in part cut off at
  // the edge. Each one reached is brought wholly into view, clear of the sticky band column
  // (the map's scroll-padding). Here, not in the bundle: the first view's budget has no room.
  document.addEventListener("focusin", (event) => {
    if (event.target.closest?.(".track-map-scroll")) event.target.scrollIntoView({ block: "nearest", inline: "nearest" });
  });

  const section = path.split("/")[0];
  if (PRIVATE_SECTIONS.includes(section)) {
    linkStylesheet("private.css");
    start(PRIVATE);
  } else if (section === STUDIO_SECTION) {
    linkStylesheet("studio.css");
    start(STUDIO);
  } else if (path === "" || path === "index.html") start(OVERVIEW);
  else startPublicSite();
})();
