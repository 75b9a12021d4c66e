// Message types exchanged between content scripts, extension pages and the service worker.
// Every message is {type, data}; the worker's dispatcher refuses any type not listed here.

export const MESSAGES = Object.freeze({
  // content script -> worker
  GET_PAGE_CONFIG: "get-page-config",
  SCAN_PROMPT: "scan-prompt",
  RECORD_EVENT: "record-event",
  SCAN_FILE: "scan-file",
  // extension pages (popup, options) -> worker
  GET_STATUS: "get-status",
  GET_SETTINGS: "get-settings",
  SET_SETTINGS: "set-settings",
  // popup -> content script of the active tab
  GET_PAGE_STATUS: "get-page-status",
});

// Which kind of sender may send each worker message. Content scripts run inside web pages
// and are treated as less trusted: they can ask for a scan but never change settings.
export const SENDERS_ALLOWED = Object.freeze({
  [MESSAGES.GET_PAGE_CONFIG]: ["content"],
  [MESSAGES.SCAN_PROMPT]: ["content"],
  [MESSAGES.RECORD_EVENT]: ["content"],
  [MESSAGES.SCAN_FILE]: ["content"],
  [MESSAGES.GET_STATUS]: ["extension"],
  [MESSAGES.GET_SETTINGS]: ["extension"],
  [MESSAGES.SET_SETTINGS]: ["extension"],
});
