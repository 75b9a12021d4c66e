// What happens to one intercepted submission: ask the guard, then send, or explain and let
// the person choose. Only one submission is handled at a time.

import { ACTIONS, DECISIONS, SCAN_SOURCES } from "../shared/constants.js";
import { approvePrompt } from "./approvals.js";
import { showFindingsDialog, showUnavailableDialog } from "./dialog.js";
import { entityCounts, maskedPreview } from "./masking.js";
import { pasteMessage, showNotice } from "./paste-notice.js";
import { replaySend } from "./replay.js";
import { recordEvent, scanPrompt } from "./worker-client.js";

const REPLAY_PROBLEMS = {
  "no-control": "GenAI Guard checked your message but couldn't find the site's Send button. Press Send again.",
  unconfirmed: "GenAI Guard checked your message, but the site doesn't seem to have sent it. Check before sending again.",
  "write-failed": "GenAI Guard couldn't replace the text in this editor. Nothing was sent; please edit the message yourself.",
};

export function createSubmissionHandler({ adapter, entities, getInterceptor }) {
  let busy = false;

  async function scanUntilAnswered(hit, text) {
    let scan = await scanPrompt(text, "submit");
    while (scan.source === SCAN_SOURCES.UNAVAILABLE) {
      const choice = await showUnavailableDialog({ failure: scan.failure, siteName: hit.site.name });
      if (choice.action !== "retry") {
        await recordEvent({ decision: DECISIONS.BLOCK, entity_counts: {}, action: ACTIONS.SERVICE_UNAVAILABLE, override_reason: null });
        if (choice.action === ACTIONS.EDIT) adapter.focus(hit);
        return null;
      }
      scan = await scanPrompt(adapter.readText(hit), "submit");
    }
    return scan;
  }

  async function send(hit, checkedText, checkAgain) {
    await approvePrompt(checkedText); // so the network backstop does not ask about it again
    const outcome = await replaySend({ adapter, interceptor: getInterceptor(), hit, checkedText });
    if (outcome === "changed" && checkAgain) return check(hit, false);
    if (REPLAY_PROBLEMS[outcome]) showNotice(REPLAY_PROBLEMS[outcome]);
    return outcome;
  }

  async function check(hit, checkAgainIfChanged = true) {
    const text = adapter.readText(hit);
    if (!text.trim()) return "empty"; // the site would not send an empty message either
    const scan = await scanUntilAnswered(hit, text);
    if (!scan) return "not-sent";
    const { result } = scan;
    if (result.decision === DECISIONS.ALLOW) return send(hit, text, checkAgainIfChanged);

    const choice = await showFindingsDialog({ text, scan, entities });
    const event = { decision: result.decision, entity_counts: entityCounts(result.findings), action: choice.action, override_reason: null };
    switch (choice.action) {
      case ACTIONS.REDACT_SEND: {
        if (!(await adapter.writeText(hit, result.redacted_text))) {
          showNotice(REPLAY_PROBLEMS["write-failed"]);
          return "not-sent";
        }
        await recordEvent(event);
        return send(hit, result.redacted_text, false);
      }
      case ACTIONS.SEND_ANYWAY: {
        if (!choice.reason) return "not-sent";
        // Recorded before the send, so the audit trail never misses an override.
        await recordEvent({ ...event, override_reason: choice.reason });
        return send(hit, text, false);
      }
      // Edit and Cancel are recorded without waiting for the service: the person may press Send
      // again at once, and a handler still busy recording would swallow that press.
      case ACTIONS.EDIT:
        recordEvent(event);
        adapter.focus(hit);
        return "not-sent";
      default:
        recordEvent({ ...event, action: ACTIONS.CANCEL });
        return "not-sent";
    }
  }

  async function handle(hit) {
    if (busy) return;
    busy = true;
    try {
      await check(hit);
    } catch {
      // Fail closed: whatever went wrong, nothing was replayed; the text stays for the person.
      showNotice("GenAI Guard couldn't check this message, so it wasn't sent. Try again.");
    } finally {
      busy = false;
    }
  }

  async function handlePaste(hit, text) {
    try {
      const scan = await scanPrompt(text, "paste");
      if (!scan.result || scan.result.decision === DECISIONS.ALLOW) return;
      const items = scan.result.findings.map((finding) => ({
        label: entities?.[finding.entity_type]?.label ?? finding.label ?? finding.entity_type,
        preview: maskedPreview(text, finding, entities),
      }));
      const unique = [...new Map(items.map((item) => [`${item.label}|${item.preview}`, item])).values()];
      showNotice(pasteMessage(unique));
    } catch {
      // The paste itself went ahead; the check at send time still applies.
    }
  }

  return { handle, handlePaste, isBusy: () => busy };
}
