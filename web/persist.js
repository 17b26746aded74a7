// Keeps the user's answers: autosave to localStorage (restored before the first frame), open and save
// .json files (canvas buttons, a file input, a file dropped on the page), the share link (#s=...), and
// the report for printing and as HTML / Markdown downloads. Messages and dialogs are DOM elements made
// here (CSP-safe: no inline script or style), with texts from assets/i18n through the core.
// Answers a file replaced can be taken back (undo); another tab's save is taken over or, when this tab
// has unsaved changes, announced; cards and dialogs follow a language switch.
// Extends window.ldecheck with saved(), reportText(), shareLink(), openFile() and notice().
//
// Index:
// [SECTION] Keys and limits
// [SECTION] The runtime bridge and translations
// [SECTION] Notices
// [SECTION] Autosave and restore
// [SECTION] Files: open, drop, save
// [SECTION] Share link
// [SECTION] Report: print and downloads
// [SECTION] Start-up, canvas actions and the automation API
'use strict';

(function () {
  // [SECTION] Keys and limits -------------------------------------------------------------------------
  const KEY = 'lde-check.assessment'; // the lde-assessment/1 JSON, exactly as ldecheck.state() gives it
  const UI_KEY = 'lde-check.ui'; // {"tab": "report"}: where the user was
  const REJECTED_PREFIX = 'lde-check.rejected.'; // + ISO time: a stored state that could not be read, verbatim
  const SAVE_DELAY_MS = 500; // a change is stored within this; leaving or hiding the page stores at once
  const MAX_FILE_BYTES = 5 * 1024 * 1024; // an assessment is a few kB; this still allows hundreds of workers
  const MAX_SHARED_BYTES = 5 * 1024 * 1024; // the inflated share link: guards against a deflate bomb
  const LONG_LINK = 8000; // characters; longer links get cut off by some mail and chat programs
  const SHARE_PREFIX = '#s=';
  const SCHEMA = /^lde-assessment\/(\d+)$/;

  const canvas = document.getElementById('canvas');

  // [SECTION] The runtime bridge and translations -------------------------------------------------------
  let api = null;

  // Strings of any size go in through the heap: cwrap's 'string' arguments are copied to the stack,
  // which a large file could overflow.
  function connect(M) {
    const withText = (name, returns = 'string') => {
      const fn = M.cwrap(name, returns, ['number']);
      return (text) => {
        const size = M.lengthBytesUTF8(text) + 1;
        const pointer = M._malloc(size);
        try {
          M.stringToUTF8(text, pointer, size);
          return fn(pointer);
        } finally {
          M._free(pointer);
        }
      };
    };
    api = {
      state: M.cwrap('lde_state', 'string', []),
      stateText: M.cwrap('lde_state_text', 'string', ['number']),
      ui: () => JSON.parse(M.cwrap('lde_ui', 'string', [])()),
      check: (text) => JSON.parse(withText('lde_check_assessment')(text)),
      load: (text) => JSON.parse(withText('lde_load')(text)),
      reportText: M.cwrap('lde_report_text', 'string', ['string']),
      tr: M.cwrap('lde_tr', 'string', ['string', 'string']),
      selectTab: M.cwrap('lde_select_tab', 'number', ['string']),
    };
  }

  function tr(key, args = {}) {
    return api ? api.tr(key, JSON.stringify(args)) : key;
  }

  function language() {
    return api ? api.ui().language : document.documentElement.lang;
  }

  // dd/mm/yyyy hh:mm, the way the app writes dates.
  function displayTime(date) {
    const two = (n) => String(n).padStart(2, '0');
    return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ` +
      `${two(date.getHours())}:${two(date.getMinutes())}`;
  }

  function displaySize(bytes) {
    const format = new Intl.NumberFormat(language() === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: 1 });
    return format.format(bytes / (1024 * 1024)) + ' MB';
  }

  // The date a saved file or report is named after: the assessment date, else today.
  function fileDate() {
    return JSON.parse(api.state()).assessment_date || api.ui().today;
  }

  function element(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    for (const child of children) node.append(child);
    return node;
  }

  function download(text, name, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = element('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function focusCanvas() {
    if (canvas) canvas.focus({ preventScroll: true });
  }

  // [SECTION] Notices ------------------------------------------------------------------------------------
  // A stack of cards at the bottom of the page; each stays until the user closes it. kind: 'error' | 'info'.
  // Texts are functions (or translation keys for labels) so that cards and dialogs follow a language
  // switch: each registers a translator that renders its texts again (see relabel()).
  const notices = [];
  const translators = new Set();
  let noticeArea = null;

  // `text`: a string or a function giving it in the current language. Options: `downloadable`
  // {text, name, label}: a download link; `discard` {label, action}: a button that acts and closes the
  // card; `actions` [{label, action}] likewise (labels are translation keys or functions); `onClose`
  // runs when the card goes, however it goes.
  function showNotice(kind, text, { downloadable = null, discard = null, actions: extra = [], onClose = null } = {}) {
    if (!noticeArea) {
      noticeArea = element('div', { id: 'lde-notices', className: 'lde-notices' });
      document.body.append(noticeArea);
    }
    const render = typeof text === 'function' ? text : () => text;
    const label = (l) => (typeof l === 'function' ? l() : tr(l));
    const card = element('div', { className: 'lde-notice lde-notice-' + kind, lang: language() });
    card.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const paragraph = element('p', { className: 'lde-notice-text', textContent: render() });
    card.append(paragraph);
    const actions = element('p', { className: 'lde-notice-actions' });
    const notice = { text: paragraph.textContent, card, close: () => {} };
    const labelled = []; // [node, label]
    if (downloadable) {
      const url = URL.createObjectURL(new Blob([downloadable.text], { type: 'application/json' }));
      const link = element('a', { className: 'lde-notice-download', href: url, download: downloadable.name });
      labelled.push([link, downloadable.label]);
      actions.append(link);
    }
    const buttons = (discard ? [{ ...discard, className: 'lde-notice-discard' }] : []).concat(extra);
    for (const b of buttons) {
      const button = element('button', { type: 'button', className: b.className || 'lde-notice-action' });
      button.addEventListener('click', () => {
        notice.close();
        b.action();
      });
      labelled.push([button, b.label]);
      actions.append(button);
    }
    const close = element('button', { type: 'button', className: 'lde-notice-close' });
    labelled.push([close, 'persist_ui.notice.close']);
    actions.append(close);
    card.append(actions);
    const translate = () => {
      notice.text = paragraph.textContent = render();
      for (const [node, l] of labelled) node.textContent = label(l);
      card.lang = language();
    };
    translate();
    translators.add(translate);
    notice.close = () => {
      translators.delete(translate);
      const index = notices.indexOf(notice);
      if (index < 0) return;
      notices.splice(index, 1);
      card.remove();
      if (onClose) onClose();
      const link = card.querySelector('a[href^="blob:"]');
      if (link) URL.revokeObjectURL(link.href);
      focusCanvas();
    };
    close.addEventListener('click', notice.close);
    notices.push(notice);
    noticeArea.append(card);
    return notice;
  }

  // Renders every card and dialog again when the language changed (the canvas switch or a loaded state).
  let shownLanguage = null;
  function relabel() {
    if (!api) return;
    const current = language();
    if (current === shownLanguage) return;
    shownLanguage = current;
    for (const translate of Array.from(translators)) translate();
  }

  // Gives a dialog's nodes their texts ([node, () => text] pairs) now and after each language switch,
  // for as long as the dialog is open.
  function translated(dialog, texts) {
    const translate = () => {
      for (const [node, text] of texts) node.textContent = text();
      dialog.lang = language();
    };
    translate();
    translators.add(translate);
    dialog.addEventListener('close', () => translators.delete(translate));
    return texts;
  }

  // [SECTION] Autosave and restore ----------------------------------------------------------------------
  let blankState = null; // state() of a fresh app: nothing to keep yet
  let lastSaved = null; // the text last written to storage or restored from it
  let saveTimer = 0;
  let autosaveBlocked = false; // an unreadable copy could not be moved aside: never overwrite it
  let storageWarned = false;

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // storage switched off for this site (throws SecurityError)
    }
  }

  function warnStorage(error) {
    if (storageWarned) return;
    storageWarned = true;
    showNotice('error', () => tr('persist_ui.notice.storage_unavailable', { detail: error ? error.message || String(error) : '' }));
  }

  function writeState() {
    window.clearTimeout(saveTimer);
    saveTimer = 0;
    if (!api || autosaveBlocked) return;
    const text = api.state();
    if (text === lastSaved || (lastSaved === null && text === blankState)) return;
    const store = storage();
    try {
      if (!store) throw new Error('localStorage is not available');
      store.setItem(KEY, text);
      lastSaved = text;
    } catch (e) {
      warnStorage(e);
    }
  }

  // Called by the app (Module.onAssessmentRevised) each time a changed assessment was evaluated.
  // A language switch revises the assessment too: the page's own texts follow it (after the frame).
  // Open dialogs that show something derived from the state (the share link) listen in `revisionListeners`.
  const revisionListeners = new Set();
  function scheduleSave() {
    if (!saveTimer) saveTimer = window.setTimeout(writeState, SAVE_DELAY_MS);
    window.setTimeout(() => {
      relabel();
      for (const listener of Array.from(revisionListeners)) listener();
    }, 0);
  }

  // Another tab of the app saved (the `storage` event fires only in the other tabs). Without unsaved
  // changes here, this tab takes that state; with them, it keeps its own (and goes on saving them: the
  // last write wins) but says so, and offers the other tab's answers.
  let otherTabNotice = null;
  function otherTabSaved(event) {
    if (!api || event.key !== KEY || event.newValue === null || event.storageArea !== storage()) return;
    const theirs = event.newValue;
    const mine = api.state();
    const unsaved = mine !== (lastSaved === null ? blankState : lastSaved);
    const checked = api.check(theirs);
    if (!checked.ok || checked.state === mine) {
      // Unreadable (say, a newer version's): nothing to load. The same answers: nothing to do.
      if (checked.ok) lastSaved = theirs;
      return;
    }
    if (otherTabNotice) otherTabNotice.close(); // it offers an older save of that tab
    if (!unsaved) {
      api.load(theirs);
      lastSaved = theirs;
      return;
    }
    const notice = showNotice('info', () => tr('persist_ui.notice.other_tab'), {
      actions: [{
        label: 'persist_ui.notice.other_tab_load',
        action: () => {
          api.load(theirs);
          writeState();
        },
      }],
      onClose: () => {
        if (otherTabNotice === notice) otherTabNotice = null;
      },
    });
    otherTabNotice = notice;
  }

  function writeUi() {
    const store = storage();
    if (!api || !store) return;
    try {
      store.setItem(UI_KEY, JSON.stringify({ tab: api.ui().tab }));
    } catch (e) {
      // The tab is a convenience; losing it is not worth a message.
    }
  }

  function flush() {
    writeState();
    writeUi();
  }

  function newerSchema(text) {
    try {
      const schema = JSON.parse(text).schema;
      const match = SCHEMA.exec(schema);
      if (match && Number(match[1]) > 1) return schema;
    } catch (e) {
      // not JSON or not an object: not a schema question
    }
    return null;
  }

  function storedProblem(text, checked) {
    if (checked.ok) return tr('persist_ui.notice.stored_readable_now');
    const newer = newerSchema(text);
    if (newer) return tr('persist_ui.notice.stored_newer', { schema: newer });
    if (checked.line > 0) return tr('persist_ui.notice.stored_corrupt', { detail: checked.error });
    return tr('persist_ui.notice.stored_invalid', { detail: checked.error });
  }

  function rejectedKeys(store) {
    const keys = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key && key.startsWith(REJECTED_PREFIX)) keys.push(key);
    }
    return keys.sort();
  }

  // Offers an unreadable stored copy: what is wrong with it, a download, and (when it was moved aside
  // under `key`) deleting it on request. `fresh`: found unreadable just now, so the app started empty;
  // `blocked`: it could not be moved aside, so it stays where it was.
  function showRejected(key, text, { fresh = false, blocked = null } = {}) {
    const when = blocked ? new Date() : new Date(key.slice(REJECTED_PREFIX.length));
    const valid = !Number.isNaN(when.getTime());
    const stamp = valid ? when.toISOString().slice(0, 19).replace(/:/g, '-') : '';
    const checked = api.check(text);
    const message = () => storedProblem(text, checked) + ' ' + (blocked
      ? tr('persist_ui.notice.storage_blocked', { detail: blocked.message || String(blocked) })
      : tr(fresh ? 'persist_ui.notice.stored_kept' : 'persist_ui.notice.stored_still_kept',
        { date: valid ? displayTime(when) : '?' }));
    showNotice('error', message, {
      downloadable: {
        text,
        name: `${tr('persist_ui.file.rejected_name')}${stamp ? '-' + stamp : ''}.json`,
        label: 'persist_ui.notice.stored_download',
      },
      discard: blocked ? null : {
        label: 'persist_ui.notice.stored_discard',
        action: () => {
          const store = storage();
          if (store) store.removeItem(key);
        },
      },
    });
  }

  // Runs before the first frame: the saved assessment is on screen from the start.
  function restore() {
    blankState = api.state();
    const store = storage();
    if (!store) {
      warnStorage(new Error('localStorage is not available'));
      return;
    }
    let stored = null;
    try {
      stored = store.getItem(KEY);
      for (const key of rejectedKeys(store)) showRejected(key, store.getItem(key));
    } catch (e) {
      warnStorage(e);
      return;
    }
    if (stored !== null) {
      const checked = api.check(stored);
      if (checked.ok) {
        api.load(stored);
        lastSaved = stored;
      } else {
        // Move the unreadable copy aside, verbatim, and start clean; never drop it.
        const key = REJECTED_PREFIX + new Date().toISOString();
        try {
          store.setItem(key, stored);
          store.removeItem(KEY);
          showRejected(key, stored, { fresh: true });
        } catch (e) {
          autosaveBlocked = true;
          showRejected(KEY, stored, { blocked: e });
        }
      }
    }
    try {
      const saved = JSON.parse(store.getItem(UI_KEY) || 'null');
      if (saved && typeof saved.tab === 'string') api.selectTab(saved.tab);
    } catch (e) {
      // an unreadable tab choice just means starting on the first tab
    }
  }

  function saved() {
    const store = storage();
    if (!store) return { assessment: null, ui: null, rejected: [] };
    let uiState = null;
    try {
      uiState = JSON.parse(store.getItem(UI_KEY) || 'null');
    } catch (e) {
      uiState = null;
    }
    return {
      assessment: store.getItem(KEY),
      ui: uiState,
      rejected: rejectedKeys(store).map((key) => ({ key, text: store.getItem(key) })),
    };
  }

  // [SECTION] Files: open, drop, save ------------------------------------------------------------------
  let fileInput = null;

  // A text that should replace the assessment (a file, a dropped file): a bad one changes nothing.
  function openText(text, name) {
    if (!api) return { ok: false, error: 'not ready' };
    if (text.length > MAX_FILE_BYTES) {
      showNotice('error', () => tr('persist_ui.notice.open_too_large', { name, size: displaySize(text.length) }));
      return { ok: false, error: `${text.length} characters is more than ${MAX_FILE_BYTES}` };
    }
    const checked = api.check(text);
    if (!checked.ok) {
      showNotice('error', () => tr('persist_ui.notice.open_invalid', { name, detail: checked.error }));
      return { ok: false, error: checked.error };
    }
    const previous = api.state();
    const result = api.load(text);
    if (!result.ok) return result;
    const opened = api.state();
    if (previous === blankState || previous === opened) {
      showNotice('info', () => tr('persist_ui.notice.opened', { name }));
    } else {
      offerUndo(previous, opened, name);
    }
    return result;
  }

  // The answers a file replaced are never lost silently: the card offers them back until it is closed,
  // and undoing stores them at once. Undoing after further edits would lose those edits, so the card
  // that follows then offers to undo the undo.
  let undoNotice = null;
  function offerUndo(previous, opened, name, message = 'persist_ui.notice.opened_replaced') {
    if (undoNotice) undoNotice.close(); // its state is gone from the screen: undoing it would lose this one
    const notice = showNotice('info', () => tr(message, { name }), {
      actions: [{
        label: 'persist_ui.notice.undo',
        action: () => {
          const current = api.state();
          if (!api.load(previous).ok) return;
          writeState();
          if (current !== opened && current !== previous) offerUndo(current, previous, name, 'persist_ui.notice.undone_replaced');
        },
      }],
      onClose: () => {
        if (undoNotice === notice) undoNotice = null;
      },
    });
    undoNotice = notice;
  }

  async function openBlob(file) {
    if (!api) return { ok: false, error: 'not ready' };
    if (file.size > MAX_FILE_BYTES) {
      const error = `${file.size} bytes is more than ${MAX_FILE_BYTES}`;
      showNotice('error', () => tr('persist_ui.notice.open_too_large', { name: file.name, size: displaySize(file.size) }));
      return { ok: false, error };
    }
    let text;
    try {
      text = await file.text();
    } catch (e) {
      const error = e.message || String(e);
      showNotice('error', () => tr('persist_ui.notice.open_unreadable', { name: file.name, detail: error }));
      return { ok: false, error };
    }
    return openText(text, file.name);
  }

  function fileChooser() {
    if (!fileInput) {
      fileInput = element('input', { type: 'file', id: 'lde-open-file', accept: '.json,application/json', hidden: true });
      fileInput.addEventListener('change', () => {
        const file = fileInput.files && fileInput.files[0];
        if (file) openBlob(file).finally(focusCanvas);
        fileInput.value = '';
      });
      document.body.append(fileInput);
    }
    return fileInput;
  }

  function hasFiles(event) {
    return Boolean(event.dataTransfer) && Array.from(event.dataTransfer.types || []).includes('Files');
  }

  let dropHint = null;
  function showDropHint(visible) {
    if (visible && !dropHint && api) {
      dropHint = element('div', { className: 'lde-drop-hint' }, [element('p', { textContent: tr('persist_ui.file.drop') })]);
      document.body.append(dropHint);
    } else if (!visible && dropHint) {
      dropHint.remove();
      dropHint = null;
    }
  }

  // A file dropped anywhere opens like one chosen with Openen (and never makes the browser leave the app).
  function installDrop() {
    document.addEventListener('dragover', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      showDropHint(true);
    });
    document.addEventListener('dragleave', (event) => {
      if (event.relatedTarget === null) showDropHint(false);
    });
    document.addEventListener('drop', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      showDropHint(false);
      const file = event.dataTransfer.files[0];
      if (file) openBlob(file).finally(focusCanvas);
    });
  }

  function saveFile() {
    download(api.stateText(2), `lde-check-${fileDate()}.json`, 'application/json');
  }

  // [SECTION] Share link -------------------------------------------------------------------------------
  // The state, deflated (raw) and base64url-encoded, in the fragment: browsers never send a fragment to
  // a server, and nothing here sends it anywhere either.
  function toBase64Url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('the link data is empty or has characters a share link never has');
    let base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function deflate(text) {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  async function inflate(bytes, limit) {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        throw new Error(`the link holds more than ${limit} bytes`);
      }
      chunks.push(value);
    }
    const all = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  }

  async function shareLink() {
    if (!api) throw new Error('not ready');
    return location.origin + location.pathname + SHARE_PREFIX + toBase64Url(await deflate(api.state()));
  }

  function sharedPayload() {
    return location.hash.startsWith(SHARE_PREFIX) ? location.hash.slice(SHARE_PREFIX.length) : null;
  }

  async function decodeShared(payload) {
    try {
      return { text: await inflate(fromBase64Url(payload), MAX_SHARED_BYTES) };
    } catch (e) {
      return { error: (e && e.message) || String(e) };
    }
  }

  // Reloading must not ask again: the fragment goes once it has been dealt with.
  function forgetSharedLink() {
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  function loadShared(text) {
    if (api.load(text).ok) showNotice('info', () => tr('persist_ui.notice.share_loaded'));
  }

  let sharedDialog = null;
  function askToLoadShared(text) {
    if (sharedDialog) sharedDialog.close();
    const title = element('h2', { id: 'lde-shared-title' });
    const load = element('button', { type: 'button', id: 'lde-shared-load' });
    const keep = element('button', { type: 'button', id: 'lde-shared-keep' });
    const explanation = element('p');
    const dialog = element('dialog', { id: 'lde-shared-dialog', className: 'lde-dialog' }, [
      title,
      explanation,
      element('p', { className: 'lde-dialog-buttons' }, [load, keep]),
    ]);
    translated(dialog, [
      [title, () => tr('persist_ui.shared.title')],
      [explanation, () => tr('persist_ui.shared.text')],
      [load, () => tr('persist_ui.shared.load')],
      [keep, () => tr('persist_ui.shared.keep')],
    ]);
    dialog.setAttribute('aria-labelledby', title.id);
    const answer = (loadIt) => {
      if (loadIt) loadShared(text);
      forgetSharedLink();
      dialog.close();
    };
    load.addEventListener('click', () => answer(true));
    keep.addEventListener('click', () => answer(false));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault(); // Escape keeps the user's own answers, like "keep"
      answer(false);
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (sharedDialog === dialog) sharedDialog = null;
      focusCanvas();
    });
    document.body.append(dialog);
    sharedDialog = dialog;
    dialog.showModal();
    keep.focus();
  }

  // A decoded share link: load it when nothing would be lost, ask first when the user's own saved
  // answers differ, and leave the state alone (with a message) when the link is broken.
  function handleShared(decoded, { beforeFirstFrame = false } = {}) {
    if (decoded.error !== undefined) {
      showNotice('error', () => tr('persist_ui.notice.share_broken', { detail: decoded.error }));
      forgetSharedLink();
      return;
    }
    const checked = api.check(decoded.text);
    if (!checked.ok) {
      showNotice('error', () => tr('persist_ui.notice.share_broken', { detail: checked.error }));
      forgetSharedLink();
      return;
    }
    const current = api.state();
    if (current === blankState || current === checked.state) {
      loadShared(decoded.text);
      forgetSharedLink();
    } else if (beforeFirstFrame) {
      whenReady(() => askToLoadShared(decoded.text));
    } else {
      askToLoadShared(decoded.text);
    }
  }

  let shareDialog = null;
  async function openShareDialog() {
    let link = await shareLink();
    if (shareDialog) shareDialog.close();
    const title = element('h2', { id: 'lde-share-title' });
    const note = element('p', { id: 'lde-share-note' });
    const field = element('input', { type: 'text', id: 'lde-share-link', readOnly: true, value: link });
    const label = element('label', { htmlFor: field.id });
    const status = element('p', { id: 'lde-share-status', className: 'lde-dialog-status' });
    status.setAttribute('aria-live', 'polite');
    const copy = element('button', { type: 'button', id: 'lde-share-copy' });
    const close = element('button', { type: 'button', id: 'lde-share-close' });
    const dialog = element('dialog', { id: 'lde-share-dialog', className: 'lde-dialog' }, [
      title,
      note,
      label,
      field,
      status,
      element('p', { className: 'lde-dialog-buttons' }, [copy, close]),
    ]);
    dialog.setAttribute('aria-labelledby', title.id);
    let statusKey = null; // what the status line says, once the link was copied or not
    const texts = [
      [title, () => tr('persist_ui.share.title')],
      [note, () => tr('persist_ui.share.note')],
      [label, () => tr('persist_ui.share.label')],
      [status, () => (statusKey ? tr(statusKey) : '')],
      [copy, () => tr('persist_ui.share.copy')],
      [close, () => tr('persist_ui.share.close')],
    ];
    if (link.length > LONG_LINK) {
      const long = element('p', { id: 'lde-share-long' });
      dialog.insertBefore(long, status);
      texts.push([long, () => tr('persist_ui.share.long', { length: String(link.length) })]);
    }
    translated(dialog, texts);
    const copyLink = async () => {
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(link);
        statusKey = 'persist_ui.share.copied';
      } catch (e) {
        statusKey = 'persist_ui.share.copy_failed';
        field.select();
      }
      status.textContent = tr(statusKey);
    };
    copy.addEventListener('click', copyLink);
    close.addEventListener('click', () => dialog.close());
    // The state can change under the open dialog (a state loaded through the API or from another tab,
    // which may switch the language): the link then carries the new state, and is no longer "copied".
    const refresh = async () => {
      const fresh = await shareLink();
      if (shareDialog !== dialog || fresh === link) return;
      link = fresh;
      field.value = fresh;
      statusKey = null;
      status.textContent = '';
    };
    revisionListeners.add(refresh);
    dialog.addEventListener('close', () => {
      revisionListeners.delete(refresh);
      dialog.remove();
      if (shareDialog === dialog) shareDialog = null;
      focusCanvas();
    });
    document.body.append(dialog);
    shareDialog = dialog;
    dialog.showModal();
    field.focus();
    field.select();
    await copyLink();
    return link;
  }

  // [SECTION] Report: print and downloads ----------------------------------------------------------------
  // The print window shows the core's HTML report from a blob: URL. Such a document inherits this
  // page's Content-Security-Policy, which refuses the report's inline <style>; the same rules are
  // therefore applied through the CSSOM (a constructed style sheet), which the policy allows, and the
  // <style> element is taken out so nothing is refused.
  let printUrl = null;

  // The core writes one <style> in the <head> (lde::render_html). It is cut out as text: parsing it,
  // even in a DOMParser document, already counts as inline style under this page's policy.
  function printDocument(html) {
    const styles = [];
    const markup = html
      .replace(/<style>([\s\S]*?)<\/style>/g, (match, css) => {
        styles.push(css);
        return '';
      })
      .replace('<head>', '<head><meta name="referrer" content="no-referrer">');
    return { markup, css: styles.join('\n') };
  }

  function printReport() {
    const { markup, css } = printDocument(api.reportText('html'));
    if (printUrl) URL.revokeObjectURL(printUrl);
    printUrl = URL.createObjectURL(new Blob([markup], { type: 'text/html;charset=utf-8' }));
    const url = printUrl;
    const popup = window.open(url, '_blank');
    if (!popup) {
      showNotice('error', () => tr('persist_ui.report.popup_blocked'));
      return;
    }
    const started = Date.now();
    const whenLoaded = () => {
      let loaded = false;
      try {
        loaded = popup.location.href === url && popup.document.readyState === 'complete';
      } catch (e) {
        return; // the user navigated the window elsewhere
      }
      if (!loaded) {
        if (!popup.closed && Date.now() - started < 15000) window.setTimeout(whenLoaded, 50);
        return;
      }
      const sheet = new popup.CSSStyleSheet();
      sheet.replaceSync(css);
      popup.document.adoptedStyleSheets = [sheet];
      popup.focus();
      popup.print();
    };
    whenLoaded();
  }

  function downloadReport(format) {
    const extension = format === 'html' ? 'html' : 'md';
    const type = format === 'html' ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8';
    download(api.reportText(format), `${tr('persist_ui.file.report_name')}-${fileDate()}.${extension}`, type);
  }

  // [SECTION] Start-up, canvas actions and the automation API ---------------------------------------------
  function whenReady(then) {
    if (window.ldecheck && window.ldecheck.ready) then();
    else window.requestAnimationFrame(() => whenReady(then));
  }

  // The canvas buttons (wasm/persist_ui.cpp) call this from inside a frame; the work runs right after
  // it, still within the click's user activation (needed for the file chooser, pop-up and clipboard).
  function act(action) {
    window.setTimeout(() => {
      if (!api) return;
      switch (action) {
        case 'open': fileChooser().click(); break;
        case 'save': saveFile(); break;
        case 'share': openShareDialog().catch((e) => console.warn('LDE-check: share link:', e)); break;
        case 'print': printReport(); break;
        case 'download-html': downloadReport('html'); break;
        case 'download-markdown': downloadReport('markdown'); break;
        default: console.warn('LDE-check: unknown action', action);
      }
    }, 0);
  }

  let sharedAtStart = null;
  window.addEventListener('ldecheck:starting', (event) => {
    const payload = sharedPayload();
    if (payload !== null) event.detail.waitFor(decodeShared(payload).then((decoded) => { sharedAtStart = decoded; }));
  });

  window.addEventListener('ldecheck:runtime', (event) => {
    const M = event.detail.Module;
    connect(M);
    M.onAssessmentRevised = scheduleSave;
    M.onPersistAction = act;
    fileChooser();
    restore();
    shownLanguage = language();
    if (sharedAtStart) handleShared(sharedAtStart, { beforeFirstFrame: true });
    sharedAtStart = null;
  });

  // A share link pasted into the address bar of an open app only changes the fragment.
  window.addEventListener('hashchange', () => {
    const payload = sharedPayload();
    if (payload !== null && api) decodeShared(payload).then((decoded) => handleShared(decoded));
  });

  window.addEventListener('storage', otherTabSaved);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  installDrop();

  const members = {
    /** What is in localStorage: {assessment: the saved JSON text or null, ui: {tab} or null,
     *  rejected: [{key, text}] unreadable stored states kept verbatim}. */
    saved,
    /** The report rendered by the core in the assessment's language: 'html' | 'markdown' | 'text'. */
    reportText(format) {
      if (!api || !['html', 'markdown', 'text'].includes(format)) return null;
      return api.reportText(format);
    },
    /** Resolves to the share link (#s=...) for the current state. */
    shareLink,
    /** Opens a file's text like a dropped file: {ok, error}; a bad file changes nothing and shows why. */
    openFile(text, name = 'bestand.json') {
      if (typeof text !== 'string') return { ok: false, error: 'expected the file text as a string' };
      return openText(text, String(name));
    },
    /** The messages currently shown (one per line), '' when none. */
    notice() {
      return notices.map((n) => n.text).join('\n');
    },
  };
  if (window.ldecheck) {
    for (const [name, value] of Object.entries(members)) {
      Object.defineProperty(window.ldecheck, name, { value, enumerable: true });
    }
  }
})();
