// Toolbar popup: is the service connected, its version and model, which sites are protected
// on this page, and today's counts.

import { ext, sendToWorker } from "../shared/browser-api.js";
import { MESSAGES } from "../shared/messages.js";

const COUNT_LABELS = {
  allow: "Checked and sent",
  warn: "Warnings",
  block: "Blocked",
  redact_send: "Sent with placeholders",
  send_anyway: "Sent anyway",
  unavailable: "Held while the service was down",
};

const show = (id, text, cls) => {
  const node = document.getElementById(id);
  node.textContent = text;
  if (cls) node.className = cls;
};

async function showServiceStatus() {
  const status = await sendToWorker(MESSAGES.GET_STATUS);
  show("service-state", status.connected ? "Connected" : `Not running (${status.error})`, status.connected ? "ok" : "bad");
  show("service-version", status.version ?? "–");
  show("service-model", status.nlp_model ? `${status.nlp_model}${status.degraded ? " (degraded)" : ""}` : "–");
  show("failure-mode", status.failure_mode === "fail-closed" ? "Block sending" : "Use the built-in check");
  const today = document.getElementById("today");
  today.replaceChildren();
  for (const [key, label] of Object.entries(COUNT_LABELS)) {
    const dt = document.createElement("dt");
    dt.textContent = label;
    const dd = document.createElement("dd");
    dd.textContent = String(status.today?.[key] ?? 0);
    today.append(dt, dd);
  }
}

async function showPageSites() {
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return;
  try {
    const reply = await ext.tabs.sendMessage(tab.id, { type: MESSAGES.GET_PAGE_STATUS });
    if (reply?.ok && reply.data.sites.length) {
      show("page-sites", `Protected: ${reply.data.sites.join(", ")}${reply.data.composer_found ? "" : " (no message box found yet)"}`, "ok");
    }
  } catch {
    // No content script in this tab: not a guarded site.
  }
}

showServiceStatus().catch(() => show("service-state", "Unknown", "bad"));
showPageSites();
