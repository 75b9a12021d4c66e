// Asking the guard when its service may be down (fail-closed): the "isn't running" dialog with
// Retry until it answers, or null (and an audit event) once the person gives up.

import { ACTIONS, DECISIONS, SCAN_SOURCES } from "../shared/constants.js";
import { showUnavailableDialog } from "./dialog.js";
import { recordEvent } from "./worker-client.js";

export async function askUntilAnswered(ask, { siteName, trigger }) {
  let scan = await ask();
  while (scan.source === SCAN_SOURCES.UNAVAILABLE) {
    const choice = await showUnavailableDialog({ failure: scan.failure, siteName });
    if (choice.action !== "retry") {
      await recordEvent({ decision: DECISIONS.BLOCK, entity_counts: {}, action: ACTIONS.SERVICE_UNAVAILABLE, override_reason: null, trigger });
      return null;
    }
    scan = await ask();
  }
  return scan;
}
