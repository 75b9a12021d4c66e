// What the popup and options page show: connection, service version and model, today's counts.

import { HEALTH_TIME_BUDGET_MS } from "../shared/constants.js";
import { fetchHealth } from "./api-client.js";
import { cachedPolicy, effectiveFailureMode } from "./policy.js";
import { loadSettings } from "./settings.js";
import { todaysStats } from "./stats.js";

export async function serviceStatus() {
  const settings = await loadSettings();
  const policy = (await cachedPolicy())?.policy ?? null;
  let health = null;
  let error = null;
  try {
    health = await fetchHealth(settings.values.service_url, HEALTH_TIME_BUDGET_MS);
  } catch (failure) {
    error = failure.kind ?? "unreachable";
  }
  return {
    connected: health !== null,
    error,
    service_url: settings.values.service_url,
    version: health?.version ?? null,
    nlp_model: health?.nlp_model ?? null,
    degraded: health?.degraded ?? false,
    failure_mode: effectiveFailureMode(settings, policy),
    today: await todaysStats(),
  };
}
