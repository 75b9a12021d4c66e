// Classic content script, run at document_start. Content scripts cannot be ES modules, so this
// file registers the capture-phase listeners at once (before any site script) and loads the
// real logic (content/main.js and its imports) with a dynamic import. Until that has loaded,
// a plain Enter in an editable element is held back, and the text of a paste into one is kept
// (the paste itself goes ahead); both are handed over, in order, once it is ready.
(() => {
  "use strict";
  const api = globalThis.browser ?? globalThis.chrome;
  let controller = null;
  let failed = false;
  // Kept until the modules have started: { target } for a held Enter, { target, text } for a paste.
  const held = [];

  const isEditable = (node) =>
    node instanceof Element && Boolean(node.closest("textarea, [contenteditable=''], [contenteditable='true']"));

  // The send check reads the whole composer, so a paste into it that is still waiting adds nothing
  // (and its notice would only cover the send dialog).
  const dropPastesInto = (target) => {
    for (let i = held.length - 1; i >= 0; i -= 1) {
      if (held[i].target === target && held[i].text !== undefined) held.splice(i, 1);
    }
  };

  function route(event) {
    if (controller) {
      controller.handleEvent(event);
      return;
    }
    const target = event.target;
    if (!isEditable(target)) return;
    const plainEnter = event.type === "keydown" && event.key === "Enter" && !event.shiftKey && !event.isComposing;
    if (plainEnter) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (failed) return; // nothing will ever read it
      dropPastesInto(target);
      held.push({ target });
    } else if (event.type === "paste" && !failed) {
      // Read now: the clipboard data is gone once the event has been dispatched.
      const text = event.clipboardData?.getData("text/plain") ?? "";
      if (text.trim()) held.push({ target, text });
    }
  }

  const EVENT_TYPES = ["keydown", "pointerdown", "mousedown", "click", "submit", "paste"];
  for (const type of EVENT_TYPES) {
    window.addEventListener(type, route, { capture: true });
  }

  const stop = () => {
    for (const type of EVENT_TYPES) window.removeEventListener(type, route, { capture: true });
  };

  // The worker may be starting up: try a few times. If it never answers, Enter stays held
  // (fail-closed) rather than letting unchecked text leave.
  const startWithRetries = (attempt) =>
    import(api.runtime.getURL("content/main.js"))
      .then((module) => module.start())
      .catch((error) => {
        if (attempt >= 3) throw error;
        return new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt)).then(() => startWithRetries(attempt + 1));
      });

  startWithRetries(0).then((started) => {
    if (!started) {
      stop(); // not a guarded page after all (no site entry applies)
      return;
    }
    controller = started;
    for (const { target, text } of held.splice(0)) {
      if (text === undefined) controller.submitFrom(target);
      else controller.pasteFrom(target, text);
    }
  }, () => {
    // Never started: the listeners stay and keep holding Enter in editables (fail-closed); what
    // was kept is let go, and nothing more is kept.
    failed = true;
    held.length = 0;
  });
})();
