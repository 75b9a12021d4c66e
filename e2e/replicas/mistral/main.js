// Mistral Le Chat: a TipTap/ProseMirror editor (it was a textarea[name="message.text"]
// before 2026) in a form with a submit button; Enter submits. The prompt leaves as fetch JSON.
import { mountFormTiptap } from "../shared/form-tiptap.js";
import { startReplica } from "../shared/page.js";
import { postJson } from "../shared/transport.js";

startReplica({
  app: document.getElementById("app"),
  mountComposer: (slot, chat) =>
    mountFormTiptap(slot, chat, {
      attributes: { role: "textbox", "aria-label": "Ask Le Chat or @mention an agent" },
      submitAttrs: { "aria-label": "Send question" },
    }),
  deliver: (text) => postJson("/api/trpc/message.newChat?batch=1", { 0: { json: { content: [{ type: "text", text }], chatId: "replica" } } }),
});
