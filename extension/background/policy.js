// The service's /v1/policy, cached in chrome.storage.local so the decision rules, override
// reasons and updated site selectors are still known when the service is briefly away.

import { ext } from "../shared/browser-api.js";
import { FAILURE_MODES, FALLBACK_OVERRIDE_REASONS, POLICY_MAX_AGE_MS, STORAGE_KEYS, UNREADABLE_FILES } from "../shared/constants.js";
import { fetchPolicy } from "./api-client.js";

export async function cachedPolicy() {
  const stored = await ext.storage.local.get(STORAGE_KEYS.POLICY);
  return stored[STORAGE_KEYS.POLICY] ?? null;
}

export async function refreshPolicy(serviceUrl, budgetMs) {
  const policy = await fetchPolicy(serviceUrl, budgetMs);
  await ext.storage.local.set({ [STORAGE_KEYS.POLICY]: { fetched_at: Date.now(), service_url: serviceUrl, policy } });
  return policy;
}

/** The cached policy for this service URL, refreshed when missing or stale (errors swallowed). */
export async function currentPolicy(serviceUrl, budgetMs) {
  const cached = await cachedPolicy();
  const fresh = cached && cached.service_url === serviceUrl && Date.now() - cached.fetched_at < POLICY_MAX_AGE_MS;
  if (fresh) return cached.policy;
  try {
    return await refreshPolicy(serviceUrl, budgetMs);
  } catch {
    return cached?.policy ?? null;
  }
}

// Managed settings win, then the user's choice, then the service's policy, then the install kind.
function effectiveChoice(settings, policy, key, { managed, personal }) {
  if (settings.locked.includes(key)) return settings.values[key];
  if (settings.values[key]) return settings.values[key];
  if (policy?.[key]) return policy[key];
  return settings.managed ? managed : personal;
}

export function effectiveFailureMode(settings, policy) {
  return effectiveChoice(settings, policy, "failure_mode", { managed: FAILURE_MODES.FAIL_CLOSED, personal: FAILURE_MODES.DEGRADED });
}

/** What happens to a file the service could not read: "block", or "warn" that it was not checked. */
export function effectiveUnreadableFiles(settings, policy) {
  return effectiveChoice(settings, policy, "unreadable_files", { managed: UNREADABLE_FILES.BLOCK, personal: UNREADABLE_FILES.WARN });
}

/** What the dialog needs to offer: which decisions may be overridden, the reasons, contacts. */
export function dialogPolicy(settings, policy) {
  const values = settings.values;
  const allowed = (decision, managedKey) =>
    typeof values[managedKey] === "boolean" ? values[managedKey] : Boolean(policy?.overrides?.[decision]?.allowed ?? decision === "warn");
  const organisation = { ...(policy?.organisation ?? {}) };
  if (values.organisation_guidance_url) organisation.policy_url = values.organisation_guidance_url;
  if (values.dpo_contact) organisation.dpo_contact = values.dpo_contact;
  return {
    overrides: { warn: allowed("warn", "allow_override_warn"), block: allowed("block", "allow_override_block") },
    override_reasons: policy?.override_reasons?.length ? policy.override_reasons : FALLBACK_OVERRIDE_REASONS,
    organisation,
  };
}
