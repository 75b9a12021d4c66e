// Audit events for warn/block interactions. Only counts, the action and a reason id are sent:
// the shape is rebuilt here from known fields so no text can slip through from a page.

import { ACTIONS, DECISIONS, EVENT_TIME_BUDGET_MS, TRIGGERS } from "../shared/constants.js";
import { postEvent } from "./api-client.js";
import { loadSettings } from "./settings.js";
import { countStat } from "./stats.js";

const ENTITY_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;
const REASON_ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

export function auditEventFrom(data) {
  if (!Object.values(ACTIONS).includes(data?.action)) throw new Error("unknown-action");
  if (!Object.values(DECISIONS).includes(data?.decision)) throw new Error("unknown-decision");
  const entityCounts = {};
  for (const [type, count] of Object.entries(data.entity_counts ?? {})) {
    if (ENTITY_TYPE.test(type) && Number.isInteger(count) && count > 0) entityCounts[type] = count;
  }
  const reason = data.action === ACTIONS.SEND_ANYWAY && REASON_ID.test(data.override_reason ?? "") ? data.override_reason : null;
  if (data.action === ACTIONS.SEND_ANYWAY && !reason) throw new Error("override-reason-required");
  return {
    site: String(data.site ?? "").slice(0, 253),
    decision: data.decision,
    entity_counts: entityCounts,
    action: data.action,
    override_reason: reason,
    trigger: Object.values(TRIGGERS).includes(data.trigger) ? data.trigger : TRIGGERS.SUBMIT,
  };
}

export async function recordEvent(data) {
  const event = auditEventFrom(data);
  await countStat(event.action);
  const settings = await loadSettings();
  if (!settings.values.audit_enabled) return { recorded: false, reason: "audit-off" };
  try {
    const reply = await postEvent(settings.values.service_url, event, EVENT_TIME_BUDGET_MS);
    return { recorded: true, id: reply.id ?? null };
  } catch (error) {
    return { recorded: false, reason: error.kind ?? "unreachable" };
  }
}
