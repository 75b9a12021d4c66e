// What was already approved, remembered for a short time by a SHA-256 hash only (never the text
// or the bytes): a prompt allowed, redacted or sent anyway on the composer path is not asked
// about again when the backstop sees it leave, and a file handed over is not checked twice.

import { APPROVAL_TTL_MS } from "../shared/constants.js";

const encoder = new TextEncoder();

// Editors and request bodies differ in whitespace (a trailing newline, non-breaking spaces).
const normalise = (text) => text.normalize("NFC").replace(/\s+/g, " ").trim();

async function sha256(data) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export const textKey = (text) => sha256(encoder.encode(normalise(text)));
export const bytesKey = (buffer) => sha256(buffer);

function createApprovals(ttlMs = APPROVAL_TTL_MS) {
  const expiries = new Map(); // key -> time it is forgotten

  function prune(now) {
    for (const [key, until] of expiries) if (until <= now) expiries.delete(key);
  }

  return {
    remember(key) {
      const now = performance.now();
      prune(now);
      expiries.set(key, now + ttlMs);
    },
    has(key) {
      const until = expiries.get(key);
      return until !== undefined && until > performance.now();
    },
  };
}

const prompts = createApprovals();
export const files = createApprovals();

export async function approvePrompt(text) {
  prompts.remember(await textKey(text));
}

export async function isPromptApproved(text) {
  return prompts.has(await textKey(text));
}
