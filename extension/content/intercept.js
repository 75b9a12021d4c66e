// Decides which events are submissions. Every submission from a guarded composer is cancelled
// first (decisions are asynchronous) and handed to `onSubmission`; the replay of an allowed
// send passes through once thanks to a short-lived bypass.

import { REPLAY } from "../shared/constants.js";

function cancel(event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

// Enter during IME composition confirms the composition; keyCode 229 is how Chrome marks it.
const isComposing = (event) => event.isComposing || event.keyCode === 229;

export function createInterceptor({ adapter, onSubmission, onPaste, isBusy }) {
  // kinds of our own replayed events allowed through once, until `until`
  let bypass = { kinds: new Set(), until: 0 };

  function allowOnce(kinds) {
    bypass = { kinds: new Set(kinds), until: performance.now() + REPLAY.BYPASS_WINDOW_MS };
  }

  function clearBypass() {
    bypass = { kinds: new Set(), until: 0 };
  }

  // Only our replay's own events pass: those dispatched from script (untrusted), except the
  // submit a form fires itself after our click, which the browser marks trusted.
  function consumeBypass(kind, event) {
    if (performance.now() > bypass.until || !bypass.kinds.has(kind)) return false;
    if (kind !== "submit" && event.isTrusted) return false;
    bypass.kinds.delete(kind);
    return true;
  }

  function submit(event, hit, via) {
    cancel(event);
    if (!isBusy()) onSubmission(hit, via);
  }

  function onKeydown(event) {
    if (event.key !== "Enter" || isComposing(event) || event.shiftKey || event.altKey) return;
    const hit = adapter.hitForComposerNode(event.target);
    if (!hit) return;
    const modified = event.ctrlKey || event.metaKey;
    const sends = modified ? hit.surface.keys.mod_enter : hit.surface.keys.enter;
    if (!sends) return; // the site itself does not send on this key (logged-out ChatGPT)
    if (consumeBypass("key", event)) return;
    submit(event, hit, "key");
  }

  function onPointer(event) {
    const hit = adapter.hitForSendNode(event.target);
    if (!hit) return;
    if (event.type === "click") {
      if (consumeBypass("click", event)) return;
      submit(event, hit, "click");
    } else {
      // Some sites send on pointerdown/mousedown; the click that follows is the one handled.
      // Our replay uses element.click(), which fires no pointer events.
      cancel(event);
    }
  }

  function onSubmit(event) {
    if (!(event.target instanceof HTMLFormElement)) return;
    const hit = adapter.hitForForm(event.target);
    if (!hit) return;
    if (consumeBypass("submit", event)) return;
    submit(event, hit, "form");
  }

  function onPasteEvent(event) {
    const hit = adapter.hitForComposerNode(event.target);
    if (!hit) return;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (text.trim()) onPaste(hit, text); // never blocks the paste itself
  }

  const HANDLERS = {
    keydown: onKeydown,
    pointerdown: onPointer,
    mousedown: onPointer,
    click: onPointer,
    submit: onSubmit,
    paste: onPasteEvent,
  };

  function handleEvent(event) {
    HANDLERS[event.type]?.(event);
  }

  return { handleEvent, allowOnce, clearBypass };
}
