// Accessibility and platform glue around the canvas (C side: wasm/a11y.cpp, wasm/platform.cpp,
// wasm/bridge_a11y.cpp):
// - the DOM mirror screen readers read: the active tab and the verdicts in a polite live region, and
//   the full report (the core's HTML rendering, sanitised) beside it, re-rendered only when the app
//   says its content changed;
// - window.ldecheck.focused() and setTheme(); the page follows prefers-color-scheme until the user
//   picks a theme;
// - touch: a tap is a click, one finger drags (or scrolls), two fingers pinch;
// - the phone's soft keyboard: a hidden text field, focused while a canvas text field takes text;
// - the browser clipboard for the canvas' text fields (copy, cut, paste);
// - an overlay while the WebGL context is lost, and recovery when it comes back.
// Loaded after app.js and before the Emscripten runtime, so its window listeners run before GLFW's.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const mirror = document.getElementById('a11y-mirror');
  const field = document.getElementById('a11y-text-input');
  const THEME_KEY = 'lde-check.theme'; // 'light' | 'dark': the user's choice, beside lde-check.assessment
  const LEGACY_THEME_KEY = 'ldecheck.theme'; // where versions before 2026-11-30 kept it
  try {
    // One-time move of a choice saved under the old key, so every key of the app shares one prefix.
    const legacy = window.localStorage.getItem(LEGACY_THEME_KEY);
    if (legacy !== null) {
      if (window.localStorage.getItem(THEME_KEY) === null) window.localStorage.setItem(THEME_KEY, legacy);
      window.localStorage.removeItem(LEGACY_THEME_KEY);
    }
  } catch (e) {
    // Storage blocked: nothing stored to move.
  }

  // [SECTION] Bridge --------------------------------------------------------------------------------
  // Usable once the app rendered its first frame (ldecheck.ready); null before.
  let api = null;
  function bridge() {
    if (api) return api;
    if (!window.ldecheck || !window.ldecheck.ready || !window.Module || !window.Module.cwrap) return null;
    const M = window.Module;
    api = {
      mirror: M.cwrap('lde_mirror', 'string', []),
      mirrorRevision: M.cwrap('lde_mirror_revision', 'number', []),
      focused: M.cwrap('lde_focused', 'string', []),
      setTheme: M.cwrap('lde_set_theme', 'number', ['string', 'number']),
      touch: M.cwrap('lde_touch', null, ['number', 'number', 'number']),
      pinch: M.cwrap('lde_pinch', null, ['number', 'number', 'number', 'number']),
      textInput: M.cwrap('lde_text_input', null, ['string']),
      key: M.cwrap('lde_key', null, ['string', 'number', 'number', 'number']),
      clipboardPasted: M.cwrap('lde_clipboard_pasted', null, ['string']),
      wantTextInput: M.cwrap('lde_want_text_input', 'number', []),
      renderNow: M.cwrap('lde_render_now', null, []),
      contextLost: M.cwrap('lde_context_lost', null, []),
      contextRestored: M.cwrap('lde_context_restored', null, []),
    };
    return api;
  }

  // [SECTION] window.ldecheck additions -----------------------------------------------------------------
  Object.defineProperties(window.ldecheck, {
    /** The widgets() id with keyboard focus in the last frame, null when none. */
    focused: {
      enumerable: true,
      value() {
        const b = bridge();
        const id = b ? b.focused() : '';
        return id === '' ? null : id;
      },
    },
    /** True while a text field on the canvas takes text (typed keys go into it). */
    textInput: {
      enumerable: true,
      value() {
        const b = bridge();
        return Boolean(b && b.wantTextInput());
      },
    },
    /** Switches the theme ('light' | 'dark') as the header switch does, remembered. */
    setTheme: {
      enumerable: true,
      value(name) {
        const b = bridge();
        return Boolean(b && b.setTheme(String(name), 1));
      },
    },
  });

  // [SECTION] Theme: follow the system until the user chooses -------------------------------------------
  function storedTheme() {
    try {
      const value = window.localStorage.getItem(THEME_KEY);
      return value === 'light' || value === 'dark' ? value : null;
    } catch (e) {
      return null;
    }
  }
  const darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  // The page itself (loading card, overlays) matches before the app starts; the app sets it from then on.
  document.documentElement.dataset.theme = storedTheme() || (darkQuery && darkQuery.matches ? 'dark' : 'light');
  if (darkQuery && darkQuery.addEventListener) {
    darkQuery.addEventListener('change', (e) => {
      const b = bridge();
      if (b && storedTheme() === null) b.setTheme(e.matches ? 'dark' : 'light', 0);
    });
  }

  // [SECTION] DOM mirror ------------------------------------------------------------------------------------
  let mirrorScheduled = false;

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function verdictItem(v, scope) {
    const li = element('li', { 'data-check-id': v.id, 'data-status': v.status, 'data-key': scope + '/' + v.id });
    li.append(element('span', {}, v.title + ': '));
    li.append(element('strong', { class: 'status' }, v.icon + ' ' + v.status_word));
    if (v.explanation) li.append(document.createTextNode('. ' + v.explanation));
    return li;
  }

  // Updates the list in place: only verdicts whose text or status changed are replaced, so the live
  // region announces what changed, not the whole list again.
  function syncList(list, items) {
    const same =
      list.children.length === items.length &&
      items.every((li, i) => list.children[i].getAttribute('data-key') === li.getAttribute('data-key'));
    if (!same) {
      list.replaceChildren(...items);
      return;
    }
    items.forEach((li, i) => {
      const old = list.children[i];
      if (old.textContent !== li.textContent || old.getAttribute('data-status') !== li.getAttribute('data-status')) {
        list.replaceChild(li, old);
      }
    });
  }

  // The core's report HTML, parsed off-document and rebuilt from its nodes: no scripts, no styles (the
  // page's CSP allows neither inline), no event attributes; links open in a new tab without a referrer.
  function sanitisedReport(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('script, style, link, meta, iframe, object, embed, title').forEach((n) => n.remove());
    for (const node of doc.body.querySelectorAll('*')) {
      for (const attribute of Array.from(node.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || name === 'srcdoc') node.removeAttribute(attribute.name);
      }
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') || '';
        if (!/^https?:\/\//i.test(href)) node.removeAttribute('href');
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    }
    // One level down: the mirror's own title is the page's h1.
    for (const [from, to] of [['h2', 'h3'], ['h1', 'h2']]) {
      for (const heading of doc.body.querySelectorAll(from)) {
        const replacement = doc.createElement(to);
        replacement.append(...heading.childNodes);
        heading.replaceWith(replacement);
      }
    }
    // Each check says which id it is, for tools and tests (the core prints it in a <code>).
    for (const li of doc.body.querySelectorAll('li.check')) {
      const code = li.querySelector(':scope > code');
      if (code) li.setAttribute('data-check-id', code.textContent);
      for (const status of ['met', 'not_met', 'unknown', 'not_applicable']) {
        if (li.classList.contains(status)) li.setAttribute('data-status', status);
      }
    }
    return Array.from(doc.body.childNodes).map((n) => document.adoptNode(n));
  }

  function renderMirror() {
    mirrorScheduled = false;
    const b = bridge();
    if (!b) {
      scheduleMirror();
      return;
    }
    const m = JSON.parse(b.mirror());
    document.documentElement.lang = m.language;
    document.documentElement.dataset.theme = m.theme;
    canvas.setAttribute('aria-label', m.text.canvas);
    document.getElementById('a11y-title').textContent = m.text.region;
    document.getElementById('a11y-tab').textContent = m.text.active_tab;
    document.getElementById('a11y-verdicts-title').textContent = m.text.verdicts;

    const items = m.verdicts.map((v) => verdictItem(v, 'employer'));
    syncList(document.getElementById('a11y-verdicts'), items);
    const workers = document.getElementById('a11y-workers');
    const workerKeys = m.workers.map((w) => w.id).join('\n');
    if (workers.getAttribute('data-keys') !== workerKeys) {
      workers.replaceChildren(
        ...m.workers.map((w) => {
          const section = element('section', { 'data-worker-id': w.id });
          section.append(element('h3', {}, w.heading), element('ul', {}));
          return section;
        }));
      workers.setAttribute('data-keys', workerKeys);
    }
    m.workers.forEach((w, i) => {
      const section = workers.children[i];
      section.querySelector('h3').textContent = w.heading;
      syncList(section.querySelector('ul'), w.verdicts.map((v) => verdictItem(v, 'worker/' + w.id)));
    });
    document.getElementById('a11y-empty').textContent =
      m.verdicts.length === 0 && m.workers.every((w) => w.verdicts.length === 0) ? m.text.no_checks : '';

    const report = document.getElementById('a11y-report');
    report.setAttribute('aria-label', m.text.report);
    report.replaceChildren(...sanitisedReport(m.report_html));
    document.getElementById('context-lost-text').textContent = m.text.context_lost;
    document.getElementById('context-lost-reload').textContent = m.text.reload;
    mirror.setAttribute('data-revision', String(m.revision));
  }

  function scheduleMirror() {
    if (mirrorScheduled) return;
    mirrorScheduled = true;
    window.setTimeout(renderMirror, 0);
  }
  // The app tells us after a frame in which the report, tab, language or theme changed.
  window.addEventListener('ldecheck:mirror', scheduleMirror);

  // [SECTION] Touch ----------------------------------------------------------------------------------------
  // Emscripten's GLFW maps touches onto the mouse without their position; these listeners (window,
  // capture: before GLFW's own on the canvas) take touches on the canvas over and stop the browser's
  // emulated mouse events, scrolling and zooming.
  let lastPointer = 'mouse';
  const fingers = new Map();
  let gesture = 'none'; // none | one | pinch | done (a pinch ended, fingers still down)
  let pinchDistance = 0;

  function local(touch) {
    const rect = canvas.getBoundingClientRect();
    return { x: touch.clientX - rect.left, y: touch.clientY - rect.top };
  }

  function pinchGeometry() {
    const [a, b] = Array.from(fingers.values());
    return { cx: (a.x + b.x) / 2, cy: (a.y + b.y) / 2, distance: Math.hypot(a.x - b.x, a.y - b.y) };
  }

  function onTouch(e) {
    if (e.target !== canvas) return;
    const b = bridge();
    if (!b) return;
    e.preventDefault();
    e.stopPropagation();
    lastPointer = 'touch';
    const ended = e.type === 'touchend' || e.type === 'touchcancel';
    let moved = null;
    for (const t of Array.from(e.changedTouches)) {
      if (ended) {
        moved = fingers.get(t.identifier) || local(t);
        fingers.delete(t.identifier);
      } else {
        fingers.set(t.identifier, local(t));
        moved = fingers.get(t.identifier);
      }
    }
    if (e.type === 'touchstart') {
      if (fingers.size === 1 && gesture === 'none') {
        gesture = 'one';
        b.touch(0, moved.x, moved.y);
      } else if (fingers.size === 2 && (gesture === 'one' || gesture === 'none')) {
        gesture = 'pinch';
        const g = pinchGeometry();
        pinchDistance = g.distance;
        b.pinch(0, g.cx, g.cy, 1);
      }
    } else if (e.type === 'touchmove') {
      if (gesture === 'one' && fingers.size === 1) {
        const only = fingers.values().next().value;
        b.touch(1, only.x, only.y);
      } else if (gesture === 'pinch' && fingers.size >= 2) {
        const g = pinchGeometry();
        const scale = pinchDistance > 0 && g.distance > 0 ? g.distance / pinchDistance : 1;
        pinchDistance = g.distance;
        b.pinch(1, g.cx, g.cy, scale);
      }
    } else if (gesture === 'one') {
      b.touch(e.type === 'touchcancel' ? 3 : 2, moved.x, moved.y);
      gesture = 'none';
      // A tap on a text field: focus the hidden field now, inside the touch, so phones show the keyboard.
      b.renderNow();
      b.renderNow();
      if (b.wantTextInput()) focusField();
    } else if (gesture === 'pinch') {
      b.pinch(2, 0, 0, 1);
      gesture = fingers.size === 0 ? 'none' : 'done';
    } else if (fingers.size === 0) {
      gesture = 'none';
    }
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
    window.addEventListener(type, onTouch, { capture: true, passive: false });
  }
  window.addEventListener('mousedown', () => { lastPointer = 'mouse'; }, true);

  // [SECTION] Soft keyboard ---------------------------------------------------------------------------------
  // The hidden field sits over the canvas text field (so the phone scrolls the right spot into view) and
  // holds one space: a soft keyboard's backspace then deletes something and is reported as an input.
  const SENTINEL = ' ';
  const FORWARDED = new Set(['Backspace', 'Delete', 'Enter', 'Tab', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp',
    'ArrowDown', 'Home', 'End']);
  const CTRL_KEYS = new Set(['a', 'c', 'v', 'x', 'y', 'z']);
  let ctrlVPending = false;

  function resetField() {
    field.value = SENTINEL;
    field.setSelectionRange(SENTINEL.length, SENTINEL.length);
  }

  function focusField() {
    if (document.activeElement === field) return;
    resetField();
    field.focus({ preventScroll: true });
  }

  function releaseField() {
    if (document.activeElement !== field) return;
    field.blur();
    canvas.focus({ preventScroll: true });
  }

  window.addEventListener('ldecheck:textinput', (e) => {
    const t = e.detail;
    field.style.left = Math.max(0, t.x) + 'px';
    field.style.top = Math.max(0, t.y) + 'px';
    field.style.height = Math.max(1, t.height) + 'px';
    field.setAttribute('inputmode', t.inputmode);
    // A screen reader on a phone names the field as the canvas does.
    if (t.active) {
      const id = window.ldecheck.focused();
      const widget = id && window.ldecheck.widgets().find((w) => w.id === id);
      if (widget) field.setAttribute('aria-label', widget.label);
    }
    if (!t.active) releaseField();
    else if (lastPointer === 'touch') focusField();
  });

  function forwardKey(e, down) {
    const b = bridge();
    if (!b) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = ctrl && e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (!FORWARDED.has(key) && !(ctrl && CTRL_KEYS.has(key))) return;
    b.key(key, down ? 1 : 0, ctrl ? 1 : 0, e.shiftKey ? 1 : 0);
    if (ctrl && key === 'v') ctrlVPending = down;
    // Ctrl+V goes on to the browser, whose 'paste' event brings the text; the rest is ImGui's alone.
    if (down && !(ctrl && key === 'v')) e.preventDefault();
  }

  // Keys typed into the hidden field go to ImGui here, and never to GLFW (which would type them twice).
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      if (e.target !== field) return;
      e.stopImmediatePropagation();
      if (type !== 'keypress') forwardKey(e, type === 'keydown');
    }, true);
  }

  field.addEventListener('input', (e) => {
    const b = bridge();
    if (!b || e.isComposing) return;
    const value = field.value;
    if (value.length < SENTINEL.length || e.inputType === 'deleteContentBackward') {
      b.key('Backspace', 1, 0, 0);
      b.key('Backspace', 0, 0, 0);
    } else if (value.startsWith(SENTINEL) && value.length > SENTINEL.length) {
      b.textInput(value.slice(SENTINEL.length));
    } else if (e.data) {
      b.textInput(e.data);
    }
    resetField();
  });
  field.addEventListener('compositionend', (e) => {
    const b = bridge();
    if (b && e.data) b.textInput(e.data);
    resetField();
  });

  // [SECTION] Clipboard --------------------------------------------------------------------------------------
  // Copy: Ctrl+C is handled by ImGui at once (in this keydown, after GLFW's capture listener queued it)
  // so the browser's 'copy' event that follows can carry the text; navigator.clipboard is the fallback.
  let pendingCopy = null;

  window.addEventListener('ldecheck:copy', (e) => {
    pendingCopy = e.detail;
    window.setTimeout(() => {
      if (pendingCopy === null) return;
      const text = pendingCopy;
      pendingCopy = null;
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    }, 0);
  });

  function onCopy(e) {
    if (pendingCopy === null || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', pendingCopy);
    pendingCopy = null;
    e.preventDefault();
  }
  window.addEventListener('copy', onCopy);
  window.addEventListener('cut', onCopy);

  window.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.target === field) return;
    const key = e.key.toLowerCase();
    const b = bridge();
    if (!b) return;
    if ((key === 'c' || key === 'x') && b.wantTextInput()) b.renderNow();
    if (key === 'v') ctrlVPending = true;
    // Select-all belongs to the canvas' text field, not to the page (which would select the mirror).
    if (key === 'a' && e.target === canvas) e.preventDefault();
  });

  // The paste event comes between Ctrl+V's keydown and keyup; after the keyup it is no longer expected.
  window.addEventListener('keyup', (e) => {
    if (e.key.toLowerCase() === 'v') window.setTimeout(() => { ctrlVPending = false; }, 0);
  });

  // Paste: the text is stored for the Ctrl+V ImGui is about to handle; a paste without one (a phone's
  // paste button, a context menu) is typed into the active field instead.
  window.addEventListener('paste', (e) => {
    const b = bridge();
    if (!b || !e.clipboardData) return;
    const text = e.clipboardData.getData('text/plain');
    b.clipboardPasted(text);
    if (!ctrlVPending && b.wantTextInput()) b.textInput(text);
    ctrlVPending = false;
    e.preventDefault();
  });

  // [SECTION] WebGL context loss -------------------------------------------------------------------------------
  // preventDefault() asks the browser to restore the context; until it does, the overlay explains.
  const lostOverlay = document.getElementById('context-lost');
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    const b = bridge();
    if (b) b.contextLost();
    lostOverlay.hidden = false;
  });
  canvas.addEventListener('webglcontextrestored', () => {
    const b = bridge();
    if (b) b.contextRestored();
    lostOverlay.hidden = true;
    canvas.focus({ preventScroll: true });
  });
  document.getElementById('context-lost-reload').addEventListener('click', () => window.location.reload());
})();
