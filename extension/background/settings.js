// Settings: the user's choices in chrome.storage.sync, overridden by IT's policy in
// chrome.storage.managed. Nothing is kept in worker globals: the worker may stop at any time.

import { ext } from "../shared/browser-api.js";
import { AUDIENCES, DEFAULT_SERVICE_URL, FAILURE_MODES, UNREADABLE_FILES } from "../shared/constants.js";

// Keys a user may change on the options page.
export const USER_KEYS = Object.freeze(["service_url", "audience", "failure_mode", "unreadable_files"]);

// Keys IT may set (managed_schema.json); a managed key locks the user's field of the same name.
export const MANAGED_KEYS = Object.freeze([
  "service_url",
  "failure_mode",
  "unreadable_files",
  "allow_override_warn",
  "allow_override_block",
  "audience",
  "extra_sites",
  "organisation_guidance_url",
  "dpo_contact",
  "audit_enabled",
]);

export const DEFAULTS = Object.freeze({
  service_url: DEFAULT_SERVICE_URL,
  audience: "worker",
  failure_mode: null, // null: decided by the service's policy, then by the kind of install
  unreadable_files: null, // files the service could not read; null: as failure_mode is decided
  allow_override_warn: null, // null: the service's policy decides
  allow_override_block: null,
  extra_sites: [],
  organisation_guidance_url: "",
  dpo_contact: "",
  audit_enabled: true,
});

const VALID = {
  service_url: (v) => typeof v === "string" && /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(v),
  audience: (v) => AUDIENCES.includes(v),
  failure_mode: (v) => v === null || Object.values(FAILURE_MODES).includes(v),
  unreadable_files: (v) => v === null || Object.values(UNREADABLE_FILES).includes(v),
  allow_override_warn: (v) => typeof v === "boolean",
  allow_override_block: (v) => typeof v === "boolean",
  extra_sites: (v) => Array.isArray(v),
  organisation_guidance_url: (v) => typeof v === "string",
  dpo_contact: (v) => typeof v === "string",
  audit_enabled: (v) => typeof v === "boolean",
};

export function isValidSetting(key, value) {
  return Object.hasOwn(VALID, key) && VALID[key](value);
}

function pickValid(source, keys) {
  const picked = {};
  for (const key of keys) {
    if (source && Object.hasOwn(source, key) && isValidSetting(key, source[key])) picked[key] = source[key];
  }
  return picked;
}

/**
 * Pure merge: defaults < user < managed. Returns the values, which keys IT locked, and
 * whether this is a managed install (any managed key present).
 */
export function mergeSettings({ user = {}, managed = {} } = {}) {
  const userValues = pickValid(user, USER_KEYS);
  const managedValues = pickValid(managed, MANAGED_KEYS);
  return {
    values: { ...DEFAULTS, ...userValues, ...managedValues },
    locked: Object.keys(managedValues),
    managed: Object.keys(managedValues).length > 0,
  };
}

async function readManaged(area) {
  try {
    return (await area.get(null)) ?? {};
  } catch {
    // No policy for this install (or the browser has no managed storage): nothing is locked.
    return {};
  }
}

export async function loadSettings(storage = ext.storage) {
  const [user, managed] = await Promise.all([storage.sync.get(USER_KEYS), readManaged(storage.managed)]);
  return mergeSettings({ user, managed });
}

/** Saves user settings; refuses unknown keys, invalid values and keys IT has locked. */
export async function saveUserSettings(changes, storage = ext.storage) {
  const current = await loadSettings(storage);
  const accepted = {};
  const removed = [];
  for (const [key, value] of Object.entries(changes ?? {})) {
    if (!USER_KEYS.includes(key)) throw new Error(`not-a-user-setting:${key}`);
    if (current.locked.includes(key)) throw new Error(`locked-by-organisation:${key}`);
    if (value === null || value === "") {
      removed.push(key);
    } else if (isValidSetting(key, value)) {
      accepted[key] = value;
    } else {
      throw new Error(`invalid-value:${key}`);
    }
  }
  if (removed.length) await storage.sync.remove(removed);
  if (Object.keys(accepted).length) await storage.sync.set(accepted);
  return loadSettings(storage);
}
