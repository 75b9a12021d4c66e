// The content-script end of the network backstop (main-world/backstop.js holds the requests).
// For each held request it finds the prompt in the site's own format (the site entry's
// "backstop"), lets it go at once when that text was already approved (by hash), and otherwise
// checks it and, on warn or block, shows the same dialog as the composer path. Only this side
// can release a request: the page never holds the channel's port.

import { ACTIONS, DECISIONS, TRIGGERS } from "../shared/constants.js";
import { approvePrompt, isPromptApproved } from "./approvals.js";
import { showFindingsDialog } from "./dialog.js";
import { entityCounts } from "./masking.js";
import { promptsIn, replacePrompts } from "./request-body.js";
import { askUntilAnswered } from "./scan-retry.js";
import { recordEvent, scanPrompt } from "./worker-client.js";

const SEND = Object.freeze({ action: "send" });
const BLOCK = Object.freeze({ action: "block" });

export function startBackstopHost({ port, sites, entities }) {
  const guarded = new Map(sites.filter((site) => site.backstop).map((site) => [site.id, site]));
  // The page's rules as this page's site entries have them (the policy may have updated them).
  port.postMessage({ type: "rules", rules: [...guarded.values()].map((site) => ({ site: site.id, url: site.backstop.url })) });

  async function decide(message) {
    const site = guarded.get(message.site);
    if (!site || typeof message.body !== "string") return SEND;
    const prompts = promptsIn(message.body, site.backstop);
    if (!prompts.length) return SEND;
    const approved = await Promise.all(prompts.map(isPromptApproved));
    if (approved.every(Boolean)) return SEND;

    const text = prompts.join("\n\n");
    const scan = await askUntilAnswered(() => scanPrompt(text, TRIGGERS.SUBMIT), { siteName: site.name, trigger: TRIGGERS.SUBMIT });
    if (!scan) return BLOCK;
    const { result } = scan;
    if (result.decision === DECISIONS.ALLOW) {
      await Promise.all(prompts.map(approvePrompt));
      return SEND;
    }
    const rewritable = Boolean(message.rewritable) && prompts.length === 1;
    const choice = await showFindingsDialog({ text, scan, entities, subject: { kind: "request", rewritable } });
    const event = { decision: result.decision, entity_counts: entityCounts(result.findings), action: choice.action, override_reason: null };
    if (choice.action === ACTIONS.REDACT_SEND && rewritable) {
      await recordEvent(event);
      await approvePrompt(result.redacted_text);
      return { action: "send", body: replacePrompts(message.body, site.backstop, () => result.redacted_text) };
    }
    if (choice.action === ACTIONS.SEND_ANYWAY && choice.reason) {
      await recordEvent({ ...event, override_reason: choice.reason });
      await Promise.all(prompts.map(approvePrompt));
      return SEND;
    }
    await recordEvent({ ...event, action: ACTIONS.CANCEL });
    return BLOCK;
  }

  // One request at a time: each may need the person, and the next may carry the same text.
  let queue = Promise.resolve();
  port.addEventListener("message", (event) => {
    const message = event.data;
    if (message?.type !== "check") return;
    queue = queue.then(async () => {
      const verdict = await decide(message).catch(() => BLOCK); // fail closed
      port.postMessage({ type: "verdict", id: message.id, ...verdict });
    });
  });
  port.start();
}
