// Named constants shared by the worker, the content scripts and the extension pages.

export const DEFAULT_SERVICE_URL = "http://127.0.0.1:8765";
export const DEFAULT_TIME_BUDGET_MS = 2000;
export const HEALTH_TIME_BUDGET_MS = 1500;
// Audit events must not delay a send noticeably: they get their own short budget.
export const EVENT_TIME_BUDGET_MS = 1000;
// A cached /v1/policy is refreshed in the background once it is older than this.
export const POLICY_MAX_AGE_MS = 5 * 60 * 1000;

export const START_COMMAND = "genai-guard serve";

export const DECISIONS = Object.freeze({ ALLOW: "allow", WARN: "warn", BLOCK: "block" });

export const FAILURE_MODES = Object.freeze({ FAIL_CLOSED: "fail-closed", DEGRADED: "degraded" });

export const AUDIENCES = Object.freeze(["worker", "student"]);

export const ACTIONS = Object.freeze({
  EDIT: "edit",
  REDACT_SEND: "redact_send",
  SEND_ANYWAY: "send_anyway",
  CANCEL: "cancel",
  SERVICE_UNAVAILABLE: "service_unavailable",
});

export const TRIGGERS = Object.freeze({ SUBMIT: "submit", PASTE: "paste", FILE: "file" });

// Where the result of a scan came from.
export const SCAN_SOURCES = Object.freeze({
  SERVICE: "service",
  DEGRADED: "degraded",
  UNAVAILABLE: "unavailable",
});

// Used when the service has never been reached, so no policy with reason ids is cached.
export const FALLBACK_OVERRIDE_REASONS = Object.freeze([
  { id: "consent", text: "I have the person's informed consent and my employer permits this tool" },
  { id: "not_personal", text: "This is not personal data" },
]);

// Files the build writes into the extension (data/), read with fetch(runtime.getURL()).
export const DATA_FILES = Object.freeze({
  SITES: "data/sites.json",
  DEGRADED_RULES: "data/degraded-rules.json",
  ENTITIES: "data/entities.json",
});

export const STORAGE_KEYS = Object.freeze({
  POLICY: "policy_cache",
  STATS: "daily_stats",
});

// Timings of the replay of a send through the site's own control.
export const REPLAY = Object.freeze({
  CONTROL_WAIT_MS: 1500,
  CLEARED_WAIT_MS: 4000,
  BYPASS_WINDOW_MS: 1000,
  // how long a rewritten composer may take to show the new text (Lexical renders a microtask later)
  WRITE_SETTLE_MS: 500,
});

// Files and the network backstop (issue 9).
export const SCAN_SOURCE_UNREADABLE = "unreadable"; // a file the service could not read
export const UNREADABLE_FILES = Object.freeze({ BLOCK: "block", WARN: "warn" });
export const FILES = Object.freeze({
  // the service's default limit for /v1/analyze-file; larger files are not sent at all
  MAX_BYTES: 10_000_000,
  // reading a document takes longer than a prompt: its own, longer budget
  TIME_BUDGET_MS: 20_000,
});
// How long an approved prompt (or file) is remembered, by hash only, so the backstop and a
// second hand-over do not ask about it again.
export const APPROVAL_TTL_MS = 2 * 60 * 1000;
