// Handles a content script's request to check a file: POST /v1/analyze-file with its bytes,
// within the files' own (longer) time budget. A file the service cannot read comes back as
// "unreadable" with the effective policy for such files (block, or warn that it was not
// checked); it is never reported as clean. When the service is unavailable, the failure mode
// applies as for prompts: fail-closed asks to start it; degraded checks plain-text files with
// the local detector and treats any other file as not checked.

import { fromBase64 } from "../shared/base64.js";
import { DEFAULT_TIME_BUDGET_MS, FAILURE_MODES, FILES, SCAN_SOURCES, SCAN_SOURCE_UNREADABLE, START_COMMAND, TRIGGERS } from "../shared/constants.js";
import { analyzeFile } from "./api-client.js";
import { detectLocally } from "./degraded-detector.js";
import { cachedPolicy, currentPolicy, dialogPolicy, effectiveFailureMode, effectiveUnreadableFiles } from "./policy.js";
import { loadSettings } from "./settings.js";
import { countStat } from "./stats.js";

const PLAIN_TEXT_NAME = /\.(txt|md|csv)$/i;

function checkedFile(data) {
  const valid =
    typeof data?.name === "string" && Number.isInteger(data?.size) && (data.base64 === null || typeof data.base64 === "string");
  if (!valid) throw new Error("file-required");
  return { name: data.name.slice(0, 255), type: String(data.type ?? ""), size: data.size, base64: data.base64, site: data.site };
}

export async function scanFile(data) {
  const file = checkedFile(data);
  const settings = await loadSettings();
  const serviceUrl = settings.values.service_url;
  const cached = (await cachedPolicy())?.policy ?? null;
  const policyPromise = currentPolicy(serviceUrl, cached?.time_budget_ms ?? DEFAULT_TIME_BUDGET_MS);

  async function unreadable(reason) {
    const policy = await policyPromise;
    await countStat("unreadable");
    return {
      source: SCAN_SOURCE_UNREADABLE,
      result: null,
      unreadable: { reason, mode: effectiveUnreadableFiles(settings, policy) },
      policy: dialogPolicy(settings, policy),
    };
  }

  if (file.base64 === null || file.size > FILES.MAX_BYTES) return unreadable("too_large");
  const bytes = fromBase64(file.base64);
  const upload = { file: new Blob([bytes]), name: file.name, fields: { site: file.site, audience: settings.values.audience, trigger: TRIGGERS.FILE } };
  try {
    const result = await analyzeFile(serviceUrl, upload, FILES.TIME_BUDGET_MS);
    await countStat(result.decision);
    return { source: SCAN_SOURCES.SERVICE, result, policy: dialogPolicy(settings, await policyPromise) };
  } catch (error) {
    // The service answered but could not read the file (422), or refused it (413 too large, ...).
    if (error.kind === "http") return unreadable(error.payload?.reason ?? (error.status === 413 ? "too_large" : "corrupt"));
    const policy = await policyPromise;
    const failureMode = effectiveFailureMode(settings, policy);
    const failure = { kind: error.kind ?? "unreachable", status: error.status ?? null, failure_mode: failureMode };
    if (failureMode === FAILURE_MODES.DEGRADED) {
      if (!PLAIN_TEXT_NAME.test(file.name) && !file.type.startsWith("text/")) return unreadable("service_unavailable");
      const result = await detectLocally(new TextDecoder().decode(bytes));
      await countStat(result.decision);
      return { source: SCAN_SOURCES.DEGRADED, result, policy: dialogPolicy(settings, policy), failure };
    }
    await countStat("unavailable");
    return { source: SCAN_SOURCES.UNAVAILABLE, result: null, policy: dialogPolicy(settings, policy), failure: { ...failure, start_command: START_COMMAND } };
  }
}
