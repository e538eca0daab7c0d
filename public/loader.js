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
  // Read as bytes, which the front page checks against the page drawn ahead of time, then
  // decoded as Response.text() would (UTF-8, a leading BOM dropped).
  const bytes = response.then((answer) => (answer.ok ? answer.arrayBuffer() : null));
  // Read as soon as it arrives, while the wasm compiles; any bundle may await the same text.
  const framework = {
    response,
    text: bytes.then((buffer) => {
      performance.mark("mosaic:framework-arrived");
      return buffer ? new TextDecoder().decode(buffer) : "";
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

  // The front page drawn ahead of time from the framework the site was built with
  // (overview.html, written by `mosaic prerender`: src/app/prerender.rs), shown without any
  // wasm when the served framework.json is byte for byte that file: its SHA-256 is in the
  // page. Anything else (a replaced framework.json, no overview.html, a host that isn't a
  // secure context, where crypto.subtle is missing) starts the overview bundle, which draws
  // the same page from the file as served.
  function showDrawnAhead() {
    const page = fetch(base + "overview.html", { cache: "no-cache" }).then((answer) =>
      answer.ok ? answer.text() : Promise.reject(new Error(`overview.html: HTTP ${answer.status}`)),
    );
    return Promise.all([page, bytes]).then(async ([html, buffer]) => {
      const drawn = document.createElement("template");
      drawn.innerHTML = html;
      // FRAMEWORK_DIGEST_META in src/app/prerender.rs, which tests/architecture.rs compares with this line.
      const stamp = drawn.content.querySelector('meta[name="mosaic-framework-sha256"]');
      if (!buffer || !stamp || !globalThis.crypto?.subtle) throw new Error("the page drawn ahead can't be checked here");
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
      const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
      if (hex !== stamp.content) throw new Error("overview.html was drawn from another framework.json");
      performance.mark("mosaic:drawn-ahead-checked");
      const title = drawn.content.querySelector("title");
      stamp.remove();
      title?.remove();
      keepReviewLineThatHolds(drawn.content);
      // With <base href> set, "#main" would resolve against the base and leave the page, so
      // the skip link moves focus itself, as the bundles' does (src/app/shell.rs, SkipLink).
      drawn.content.querySelector("a.skip-link")?.addEventListener("click", (event) => {
        event.preventDefault();
        document.getElementById("main")?.focus();
      });
      whenParsed(() => {
        if (title) document.title = title.textContent;
        document.getElementById("app-placeholder")?.remove();
        document.body.append(drawn.content);
        performance.mark("mosaic:overview-mounted");
        globalThis.mosaicLoader.firstViewShown();
      });
    });
  }

  // The page drawn ahead holds both review lines, the one on time first, in a holder marked
  // with the due date; the one that holds today takes the holder's place, as the overview
  // bundle would draw it (src/app/shell.rs, SiteFooter: overdue once the due date is before
  // today, in the reader's time zone).
  function keepReviewLineThatHolds(page) {
    const now = new Date();
    const two = (number) => String(number).padStart(2, "0");
    const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
    for (const lines of page.querySelectorAll("[data-review-due]")) {
      const overdue = lines.dataset.reviewDue < today;
      lines.replaceWith(lines.children[overdue ? 1 : 0]);
    }
  }

  const section = path.split("/")[0];
  if (PRIVATE_SECTIONS.includes(section)) {
    linkStylesheet("private.css");
    start(PRIVATE);
  } else if (section === STUDIO_SECTION) {
    linkStylesheet("studio.css");
    start(STUDIO);
  } else if (path === "" || path === "index.html") showDrawnAhead().catch(() => start(OVERVIEW));
  else startPublicSite();
})();
