// Classic content script, run at document_start. Content scripts cannot be ES modules, so this
// file registers the capture-phase listeners at once (before any site script) and loads the
// real logic (content/main.js and its imports) with a dynamic import. Until that has loaded,
// a plain Enter in an editable element is held back, and the text of a paste into one is kept
// (the paste itself goes ahead); both are handed over once it is ready.
(() => {
  "use strict";
  const api = globalThis.browser ?? globalThis.chrome;
  let controller = null;
  const held = [];

  const isEditable = (node) =>
    node instanceof Element && Boolean(node.closest("textarea, [contenteditable=''], [contenteditable='true']"));

  function route(event) {
    if (controller) {
      controller.handleEvent(event);
      return;
    }
    if (!isEditable(event.target)) return;
    const plainEnter = event.type === "keydown" && event.key === "Enter" && !event.shiftKey && !event.isComposing;
    if (plainEnter) {
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push((started) => started.submitFrom(event.target));
    } else if (event.type === "paste") {
      // Read now: the clipboard data is gone once the event has been dispatched.
      const text = event.clipboardData?.getData("text/plain") ?? "";
      if (text.trim()) held.push((started) => started.pasteFrom(event.target, text));
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
    for (const handOver of held.splice(0)) handOver(controller);
  }, () => {
    // Never started: the listeners stay and keep holding Enter in editables (fail-closed).
  });
})();
