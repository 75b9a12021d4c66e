// Classic content script, run at document_start: catches files on their way into the page
// before any listener of the site sees them. A `change`/`input` on a file input, a `drop` or a
// `paste` carrying files is stopped in the capture phase on the window and handed, as a
// snapshot, to the file guard (content/file-guard.js) once it has started; until then it is
// held. File inputs the site never adds to the document are announced by the main-world script
// when clicked, and watched directly. The guard hands allowed files back through passThrough().
(() => {
  "use strict";
  const FILE_INPUT_EVENT = "genai-guard:file-input"; // dispatched by main-world/backstop.js
  const TYPES = ["input", "change", "drop", "paste"];
  const held = [];
  const watched = new WeakSet();
  let handler = null;
  let released = false;
  let passing = 0; // > 0 while the guard dispatches its own hand-over events

  const isFileInput = (node) => node instanceof HTMLInputElement && node.type === "file";

  function snapshot(event) {
    if (event.type === "input" || event.type === "change") {
      // Empty ones too: the guard empties an input while its files are checked.
      return isFileInput(event.target) ? { kind: "input", target: event.target } : null;
    }
    const transfer = event.type === "drop" ? event.dataTransfer : event.clipboardData;
    const files = transfer ? [...transfer.files] : [];
    if (!files.length) return null;
    // What else the person dropped or pasted (text beside an image) goes on with the allowed files.
    const strings = [...transfer.types].filter((type) => type !== "Files").map((type) => [type, transfer.getData(type)]);
    const { clientX = 0, clientY = 0, screenX = 0, screenY = 0 } = event;
    return { kind: event.type, target: event.target, files, strings, point: { clientX, clientY, screenX, screenY } };
  }

  function onEvent(event) {
    if (released || (passing > 0 && !event.isTrusted)) return;
    const caught = snapshot(event);
    if (!caught) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (handler) handler(caught);
    else held.push(caught);
  }

  for (const type of TYPES) window.addEventListener(type, onEvent, true);

  window.addEventListener(
    FILE_INPUT_EVENT,
    (event) => {
      const input = event.relatedTarget;
      if (!isFileInput(input) || input.isConnected || watched.has(input)) return;
      watched.add(input);
      for (const type of ["input", "change"]) input.addEventListener(type, onEvent, true);
    },
    true,
  );

  // Isolated-world global: visible to this extension's content scripts only.
  globalThis.genaiGuardFileCapture = Object.freeze({
    connect(next) {
      handler = next;
      for (const caught of held.splice(0)) next(caught);
    },
    /** Not a guarded page after all: stop catching. */
    release() {
      released = true;
      held.length = 0;
      for (const type of TYPES) window.removeEventListener(type, onEvent, true);
    },
    /** Runs `dispatch` (synchronous) so that the events it fires reach the site. */
    passThrough(dispatch) {
      passing += 1;
      try {
        return dispatch();
      } finally {
        passing -= 1;
      }
    },
  });
})();
