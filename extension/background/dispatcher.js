// One dispatcher for every runtime message. It checks who is asking (content script in a tab
// or one of our own pages), accepts only the types in shared/messages.js, and refuses the rest.

import { ext, extensionOrigin } from "../shared/browser-api.js";
import { MESSAGES, SENDERS_ALLOWED } from "../shared/messages.js";
import { recordEvent } from "./events.js";
import { DATA_FILES, DEFAULT_TIME_BUDGET_MS } from "../shared/constants.js";
import { readBundled } from "./bundled-data.js";
import { cachedPolicy, currentPolicy } from "./policy.js";
import { scanFile } from "./file-scan.js";
import { scanPrompt } from "./scan.js";
import { loadSettings, saveUserSettings } from "./settings.js";
import { sitesFor } from "./site-config.js";
import { serviceStatus } from "./status.js";

// Site entries for the sender's page, and entity labels and masks for the dialog.
async function pageConfig(_data, sender) {
  const settings = await loadSettings();
  const policy = (await cachedPolicy())?.policy ?? null;
  // Refresh a stale policy for the next page without making this one wait for the service.
  currentPolicy(settings.values.service_url, DEFAULT_TIME_BUDGET_MS).catch(() => {});
  const [sites, entities] = await Promise.all([
    sitesFor(sender.url ?? sender.tab?.url ?? "", policy, settings),
    readBundled(DATA_FILES.ENTITIES),
  ]);
  return { sites, entities: entities.entities ?? {} };
}

const HANDLERS = {
  [MESSAGES.GET_PAGE_CONFIG]: pageConfig,
  [MESSAGES.SCAN_PROMPT]: (data) => scanPrompt(data),
  [MESSAGES.RECORD_EVENT]: (data) => recordEvent(data),
  [MESSAGES.SCAN_FILE]: (data) => scanFile(data),
  [MESSAGES.GET_STATUS]: () => serviceStatus(),
  [MESSAGES.GET_SETTINGS]: () => loadSettings(),
  [MESSAGES.SET_SETTINGS]: (data) => saveUserSettings(data),
};

export function senderKind(sender) {
  if (sender.id !== ext.runtime.id) return "foreign";
  if (sender.url && new URL(sender.url).origin === extensionOrigin()) return "extension";
  if (sender.tab) return "content";
  return "unknown";
}

export function dispatch(message, sender, sendResponse) {
  const type = message?.type;
  const handler = Object.hasOwn(HANDLERS, type) ? HANDLERS[type] : null;
  const kind = senderKind(sender);
  if (!handler || !SENDERS_ALLOWED[type]?.includes(kind)) {
    // Types only, never the message body: it may carry prompt text.
    console.warn(`GenAI Guard refused message type ${JSON.stringify(String(type)).slice(0, 80)} from ${kind}`);
    sendResponse({ ok: false, error: handler ? "sender-not-allowed" : "unknown-message-type" });
    return false;
  }
  Promise.resolve()
    .then(() => handler(message.data ?? {}, sender))
    .then(
      (data) => sendResponse({ ok: true, data }),
      (error) => sendResponse({ ok: false, error: error?.message ?? "failed" }),
    );
  return true; // the reply is asynchronous
}
