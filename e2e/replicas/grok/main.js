// Grok: a TipTap editor (a textarea until late 2025) inside a real <form>; Enter submits the
// form, button[type=submit][aria-label=Submit] too. The prompt leaves as fetch JSON.
import { mountFormTiptap } from "../shared/form-tiptap.js";
import { startReplica } from "../shared/page.js";
import { postJson } from "../shared/transport.js";

startReplica({
  app: document.getElementById("app"),
  mountComposer: (slot, chat) =>
    mountFormTiptap(slot, chat, {
      attributes: { role: "textbox", "aria-label": "Ask Grok anything" },
      submitAttrs: { "aria-label": "Submit" },
    }),
  deliver: (text) => postJson("/rest/app-chat/conversations/new", { message: text, modelName: "grok-replica", fileAttachments: [], imageAttachments: [] }),
});
