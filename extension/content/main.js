// Module entry of the content script (loaded by loader.js): fetches this page's site entries
// from the worker and wires the interceptor to the submission handler.

import { ext } from "../shared/browser-api.js";
import { MESSAGES } from "../shared/messages.js";
import { createInterceptor } from "./intercept.js";
import { startPageGuards, stopPageGuards } from "./page-guards.js";
import { createSiteAdapter } from "./site-adapter.js";
import { createSubmissionHandler } from "./submission.js";
import { getPageConfig } from "./worker-client.js";

export async function start() {
  const config = await getPageConfig();
  if (!config.sites?.length) {
    stopPageGuards();
    return null;
  }
  startPageGuards(config);

  const adapter = createSiteAdapter(config.sites);
  let interceptor = null;
  const submissions = createSubmissionHandler({ adapter, entities: config.entities, getInterceptor: () => interceptor });
  interceptor = createInterceptor({
    adapter,
    onSubmission: (hit) => submissions.handle(hit),
    onPaste: (hit, text) => submissions.handlePaste(hit, text),
    isBusy: submissions.isBusy,
  });

  // The popup asks the active tab which sites are protected here.
  ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== ext.runtime.id || message?.type !== MESSAGES.GET_PAGE_STATUS) return false;
    sendResponse({ ok: true, data: adapter.pageStatus() });
    return false;
  });

  return {
    handleEvent: interceptor.handleEvent,
    // Events the loader kept while these modules were loading.
    submitFrom(target) {
      const hit = adapter.hitForComposerNode(target);
      if (hit) submissions.handle(hit);
    },
    pasteFrom(target, text) {
      const hit = adapter.hitForComposerNode(target);
      if (hit) submissions.handlePaste(hit, text);
    },
  };
}
