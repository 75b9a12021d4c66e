// Handles a content script's request to check a prompt: the service first, within its time
// budget; when it is unavailable, the failure mode decides between the local detector and
// blocking with a "start the service" message. Never a silent pass.

import { DEFAULT_TIME_BUDGET_MS, FAILURE_MODES, SCAN_SOURCES, START_COMMAND } from "../shared/constants.js";
import { analyze } from "./api-client.js";
import { detectLocally } from "./degraded-detector.js";
import { cachedPolicy, currentPolicy, dialogPolicy, effectiveFailureMode } from "./policy.js";
import { loadSettings } from "./settings.js";
import { countStat } from "./stats.js";

function checkedText(data) {
  if (typeof data?.text !== "string") throw new Error("text-required");
  return data.text;
}

export async function scanPrompt(data) {
  const text = checkedText(data);
  const settings = await loadSettings();
  const serviceUrl = settings.values.service_url;
  // The policy (override rules, reasons) is refreshed alongside the analysis, not before it,
  // so a stale cache never adds a round trip to the person's wait.
  const cached = (await cachedPolicy())?.policy ?? null;
  const budgetMs = cached?.time_budget_ms ?? DEFAULT_TIME_BUDGET_MS;
  const policyPromise = currentPolicy(serviceUrl, budgetMs);
  const request = { text, site: data.site, trigger: data.trigger ?? "submit", audience: settings.values.audience };
  try {
    const result = await analyze(serviceUrl, request, budgetMs);
    await countStat(result.decision);
    return { source: SCAN_SOURCES.SERVICE, result, policy: dialogPolicy(settings, await policyPromise) };
  } catch (error) {
    const policy = await policyPromise;
    const shownPolicy = dialogPolicy(settings, policy);
    const failureMode = effectiveFailureMode(settings, policy);
    const failure = { kind: error.kind ?? "unreachable", status: error.status ?? null, failure_mode: failureMode };
    if (failureMode === FAILURE_MODES.DEGRADED) {
      const result = await detectLocally(text);
      await countStat(result.decision);
      return { source: SCAN_SOURCES.DEGRADED, result, policy: shownPolicy, failure };
    }
    await countStat("unavailable");
    return { source: SCAN_SOURCES.UNAVAILABLE, result: null, policy: shownPolicy, failure: { ...failure, start_command: START_COMMAND } };
  }
}
