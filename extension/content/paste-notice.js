// A non-blocking notice shown right after a paste that contains personal data, before the
// person even presses Enter. It is a polite live region; it never takes focus.

import { NOTICE_CSS } from "./dialog-styles.js";
import { createShadowHost, el } from "./dom.js";

const VISIBLE_MS = 15000;
let current = null;

export function showNotice(message) {
  current?.remove();
  const { host, root } = createShadowHost("genai-guard-notice", NOTICE_CSS);
  current = host;
  const dismiss = el("button", { type: "button", "aria-label": "Dismiss GenAI Guard notice", text: "Dismiss" });
  dismiss.addEventListener("click", () => host.remove());
  root.append(el("div", { class: "notice", role: "status", "aria-live": "polite" }, el("p", { text: message }), dismiss));
  setTimeout(() => host.remove(), VISIBLE_MS);
  return host;
}

export function pasteMessage(items) {
  const listed = items.map(({ label, preview }) => (preview ? `${label} (${preview})` : label)).join(", ");
  return `GenAI Guard: what you pasted contains ${listed}. You'll be asked before anything is sent.`;
}
