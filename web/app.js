// Glue between the page and the WebAssembly app: checks WebGL 2, downloads lde_app.wasm with a
// progress bar, starts lde_app.js, and defines window.ldecheck, the small automation API the
// end-to-end tests (and curious developers) use. No network access beyond this page's own files.
//
// Other page scripts (web/persist.js) join the start through two window events:
// - 'ldecheck:starting' (detail.waitFor(promise)): the runtime starts once those promises settle,
//   e.g. a share link being decoded, so that the first frame already shows it;
// - 'ldecheck:runtime' (detail.Module): the runtime is up and main() has not drawn a frame yet, the
//   moment to restore a saved state without an empty form ever showing.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const progress = document.getElementById('loading-progress');
  const percent = document.getElementById('loading-percent');

  // The bar and its number ("42 %"): the number is what a glance (or a screen magnifier) reads.
  function setProgress(value) {
    progress.value = value;
    percent.textContent = value + '\u00a0%';
  }

  // [SECTION] The automation API --------------------------------------------------------------------
  // Filled in once the runtime is up; until then every reader returns null (ready stays false).
  let bridge = null;

  function parsed(text) {
    return text === null ? null : JSON.parse(text);
  }

  const ldecheck = {
    /** True after the app rendered its first frame. */
    get ready() {
      return bridge !== null && bridge.frames() > 0;
    },
    /** The assessment (lde-assessment/1) as a JSON object. */
    state() {
      return bridge && parsed(bridge.state());
    },
    /** The report (lde-report/1) for the current assessment as a JSON object. */
    report() {
      return bridge && parsed(bridge.report());
    },
    /** Interactive widgets of the last frame: {id, label, kind, x, y, w, h, value}, CSS pixels of the page. */
    widgets() {
      if (!bridge) return [];
      const rect = canvas.getBoundingClientRect();
      const left = rect.left + window.scrollX;
      const top = rect.top + window.scrollY;
      return parsed(bridge.widgets()).map((w) => Object.assign(w, { x: w.x + left, y: w.y + top }));
    },
    /** Replaces the assessment. Accepts a JSON string or an object. Bad input changes nothing. */
    load(assessment) {
      if (!bridge) return { ok: false, error: 'not ready' };
      const text = typeof assessment === 'string' ? assessment : JSON.stringify(assessment);
      if (typeof text !== 'string') return { ok: false, error: 'expected a JSON string or object' };
      return parsed(bridge.load(text));
    },
    /** Frames rendered so far: rendering idles when nothing changes. */
    frames() {
      return bridge ? bridge.frames() : 0;
    },
    /** Text of the tooltip shown in the last frame, '' when none. */
    tooltip() {
      return bridge ? bridge.tooltip() : '';
    },
    /** UI state outside the assessment: {tab, language, today, evaluation_error}. */
    ui() {
      return bridge && parsed(bridge.ui());
    },
  };
  Object.defineProperty(window, 'ldecheck', { value: ldecheck, enumerable: true });

  // [SECTION] Page states -----------------------------------------------------------------------------
  function show(id) {
    for (const other of ['loading', 'no-webgl', 'load-failed']) {
      document.getElementById(other).hidden = other !== id;
    }
  }

  function fail(detail) {
    console.error('LDE-check:', detail);
    document.getElementById('load-failed-detail').textContent = String(detail);
    show('load-failed');
  }

  // The probe creates the app's own context, on the app's canvas: the runtime then gets this same context
  // back instead of paying for a second one at start-up. ImGui draws opaque, two-dimensional triangles:
  // no alpha channel, depth or stencil buffer, no multisampling (wasm/main.cpp asks GLFW for the same).
  function hasWebGL2() {
    try {
      return Boolean(canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false }));
    } catch (e) {
      return false;
    }
  }

  // Hides the loading card once the first frame is on screen.
  function waitForFirstFrame() {
    if (ldecheck.ready) {
      setProgress(100);
      loading.hidden = true;
      canvas.focus({ preventScroll: true });
      return;
    }
    window.requestAnimationFrame(waitForFirstFrame);
  }

  // [SECTION] Loading ---------------------------------------------------------------------------------
  // The wasm is fetched here (not by the Emscripten runtime) so the download can show real progress.
  // It is compiled while it downloads (one branch of the stream goes to the compiler, the other counts
  // the bytes for the bar); a browser without streaming compilation compiles the whole file after.
  async function downloadAndCompile(url, onProgress) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    // Progress counts decoded bytes. A compressed response (Content-Encoding: gzip, as scripts/serve.py
    // sends the build's .gz copy) announces its compressed length; its decoded length comes in
    // X-Decoded-Content-Length when the server knows it. Without a length, no progress in between.
    const encoding = (response.headers.get('Content-Encoding') || 'identity').toLowerCase();
    const total = Number(response.headers.get(encoding === 'identity' ? 'Content-Length' : 'X-Decoded-Content-Length')) || 0;
    if (typeof WebAssembly.compileStreaming !== 'function' || !response.body) {
      return WebAssembly.compile(await response.arrayBuffer());
    }
    if (total === 0) {
      return WebAssembly.compileStreaming(new Response(response.body, { headers: { 'Content-Type': 'application/wasm' } }));
    }
    const [toCompiler, toCounter] = response.body.tee();
    const compiled = WebAssembly.compileStreaming(
      new Response(toCompiler, { headers: { 'Content-Type': 'application/wasm' } }));
    compiled.catch(() => {});  // awaited below, after the count; a failure must not go unhandled meanwhile
    const reader = toCounter.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      if (received > total) throw new Error(url + ': more bytes than announced');
      onProgress(received / total);
    }
    return compiled;
  }

  // Fetches the runtime script while the wasm downloads; it runs later, when loadScript() asks for it.
  function preloadScript(src) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'script';
    link.href = src;
    document.head.appendChild(link);
  }

  // DOMContentLoaded fires after every deferred script (persist.js, a11y.js) has run. This script is one
  // of them and listens from its first run: readyState is already 'interactive' while deferred scripts
  // run, so it cannot tell whether the others have.
  const documentParsed = document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(src + ' could not be loaded'));
      document.body.appendChild(script);
    });
  }

  async function start() {
    // A browser without WebGL 2 at all downloads nothing. Otherwise the download starts before the
    // probe: creating its WebGL context takes tens of milliseconds the network can use meanwhile.
    if (typeof window.WebGL2RenderingContext === 'undefined') {
      show('no-webgl');
      return;
    }
    const download = downloadAndCompile('lde_app.wasm', (fraction) => {
      setProgress(Math.round(fraction * 90));
    });
    if (!hasWebGL2()) {
      download.catch(() => {});
      show('no-webgl');
      return;
    }
    preloadScript('lde_app.js');
    show('loading');
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());

    // Every deferred script has run by DOMContentLoaded, so all of them hear 'ldecheck:starting'.
    await documentParsed;
    const startTasks = [];
    window.dispatchEvent(new CustomEvent('ldecheck:starting', { detail: { waitFor: (p) => startTasks.push(p) } }));
    // The runtime script loads and runs while the wasm still downloads and compiles; it instantiates the
    // module once both that and the start tasks are done.
    const compiled = Promise.all([download, Promise.allSettled(startTasks)]).then(([wasmModule]) => {
      setProgress(92);
      return wasmModule;
    });
    compiled.catch(() => {});  // reported through instantiateWasm below

    // The runtime reads only these Module properties: keep -sINCOMING_MODULE_JS_API (wasm/CMakeLists.txt)
    // in step when adding one.
    window.Module = {
      canvas: canvas,
      instantiateWasm: (imports, receiveInstance) => {
        compiled
          .then((wasmModule) => WebAssembly.instantiate(wasmModule, imports)
            .then((instance) => receiveInstance(instance, wasmModule)))
          .catch(fail);
        return {};
      },
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      onAbort: (what) => fail(what),
      onRuntimeInitialized: () => {
        const M = window.Module;
        bridge = {
          state: M.cwrap('lde_state', 'string', []),
          report: M.cwrap('lde_report', 'string', []),
          widgets: M.cwrap('lde_widgets', 'string', []),
          tooltip: M.cwrap('lde_tooltip', 'string', []),
          ui: M.cwrap('lde_ui', 'string', []),
          load: M.cwrap('lde_load', 'string', ['string']),
          frames: M.cwrap('lde_frames', 'number', []),
        };
        setProgress(96);
        window.dispatchEvent(new CustomEvent('ldecheck:runtime', { detail: { Module: M } }));
        waitForFirstFrame();
      },
    };
    await loadScript('lde_app.js');
  }

  start().catch(fail);
})();
