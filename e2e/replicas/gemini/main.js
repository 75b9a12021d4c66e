// Gemini: Quill inside an Angular-style <rich-textarea>, div.ql-editor[role=textbox] (class
// ql-blank while empty). The send container [data-test-id=send-button-container] is removed
// from the DOM while the composer is empty and rebuilt when text appears. Enter sends from a
// Quill keyboard binding; Shift+Enter is Quill's own new line. The prompt leaves as an
// XMLHttpRequest with a form-encoded f.req, and sent prompts are edited in
// textarea[aria-label="Edit prompt"] with an Update button.
import Quill from "quill";
import { el } from "../shared/dom.js";
import { startReplica } from "../shared/page.js";
import { postXhrForm } from "../shared/transport.js";

const STREAM_GENERATE = "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?bl=replica&_reqid=1&rt=c";

function mountComposer(slot, chat) {
  const host = el("div");
  const trailing = el("div", { class: "trailing-actions-wrapper" });
  slot.append(el("div", { class: "composer input-area" }, el("rich-textarea", { class: "text-input-field" }, host), trailing));

  const submit = () => (chat.submit(), false); // false: Quill stops here, no new line
  const quill = new Quill(host, {
    formats: [],
    modules: {
      keyboard: {
        bindings: {
          replicaSend: { key: "Enter", shiftKey: false, handler: submit },
          replicaSendWithModifier: { key: "Enter", shortKey: true, handler: submit },
        },
      },
    },
  });
  quill.root.setAttribute("role", "textbox");
  quill.root.setAttribute("aria-label", "Enter a prompt here");
  const getText = () => quill.getText().replace(/\n$/, "");

  function renderSendContainer() {
    const show = getText().trim() !== "" && !chat.isStreaming();
    if (!show) {
      trailing.replaceChildren();
      return;
    }
    const button = el("button", { type: "button", class: "send-button", "aria-label": "Send message", on: { click: () => chat.submit() } }, "➤");
    trailing.replaceChildren(el("div", { class: "send-button-container", "data-test-id": "send-button-container" }, button));
  }
  quill.on("text-change", renderSendContainer);
  chat.onStreamingChange(renderSendContainer);

  return {
    getText,
    clear: () => quill.setText(""),
    destroy: () => quill.off("text-change", renderSendContainer),
  };
}

/** Gemini's f.req: an outer JSON array holding the inner request as a JSON string. */
const fReq = (text) => JSON.stringify([null, JSON.stringify([[text, 0, null, null, null, null, 0], ["en"], ["", "", ""]])]);

startReplica({
  app: document.getElementById("app"),
  mountComposer,
  deliver: (text) => postXhrForm(STREAM_GENERATE, { "f.req": fReq(text), at: "replica-token" }),
  editing: {
    bubble: { class: "bubble user-query" },
    textarea: { "aria-label": "Edit prompt" },
    form: false,
    save: { attrs: { class: "update-button", "aria-label": "Update" }, label: "Update" },
    enterSaves: false,
  },
});
