// The content script's only way to reach the guard: messages to the service worker
// (pages may not fetch the loopback address themselves, and must not see the service).

import { sendToWorker } from "../shared/browser-api.js";
import { MESSAGES } from "../shared/messages.js";

export const getPageConfig = () => sendToWorker(MESSAGES.GET_PAGE_CONFIG);

export const scanPrompt = (text, trigger) => sendToWorker(MESSAGES.SCAN_PROMPT, { text, trigger, site: location.hostname });

// Audit events are best effort: a failure to record must never block the person.
export function recordEvent(event) {
  return sendToWorker(MESSAGES.RECORD_EVENT, { site: location.hostname, ...event }).catch(() => ({ recorded: false }));
}

// A file goes as base64 (messages are JSON); `base64` is null for a file too large to check.
export const scanFile = ({ name, type, size, base64 }) =>
  sendToWorker(MESSAGES.SCAN_FILE, { name, type, size, base64, site: location.hostname });
