// Handles a content script's request to check a prompt: the service first, within its time
// budget; when it is unavailable, the failure mode decides between the local detector and
// blocking with a "start the service" message. Never a silent pass.

import { DEFAULT_TIME_BUDGET_MS, FAILURE_MODES, SCAN_SOURCES, START_COMMAND } from "../shared/constants.js";
import { analyze } from "./api-client.js";
import { detectLocally } from "./degraded-detector.js";
import { currentPolicy, dialogPolicy, effectiveFailureMode } from "./policy.js";
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
  const policy = await currentPolicy(serviceUrl, DEFAULT_TIME_BUDGET_MS / 2);
  const budgetMs = policy?.time_budget_ms ?? DEFAULT_TIME_BUDGET_MS;
  const request = { text, site: data.site, trigger: data.trigger ?? "submit", audience: settings.values.audience };
  const shownPolicy = dialogPolicy(settings, policy);
  try {
    const result = await analyze(serviceUrl, request, budgetMs);
    await countStat(result.decision);
    return { source: SCAN_SOURCES.SERVICE, result, policy: shownPolicy };
  } catch (error) {
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
