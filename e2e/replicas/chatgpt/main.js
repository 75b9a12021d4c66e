// ChatGPT (logged in): the real ProseMirror editor as div#prompt-textarea inside
// form[data-type=unified-composer] with the hidden textarea fallback beside it; a send button
// that exists only while there is text and is replaced by a stop button while streaming;
// Enter and Ctrl/Meta+Enter send from the editor's keymap, Shift+Enter splits the block; the
// prompt leaves as fetch JSON; sent messages can be edited in a textarea.
import { baseKeymap, splitBlock } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { schema } from "prosemirror-schema-basic";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { el } from "../shared/dom.js";
import { startReplica } from "../shared/page.js";
import { postJson } from "../shared/transport.js";

const promptText = (state) => state.doc.textBetween(0, state.doc.content.size, "\n", "\n");

function mountComposer(slot, chat) {
  const trailing = el("div", { id: "composer-trailing" });
  const mountPoint = el("div", { class: "editor" });
  const form = el(
    "form",
    { class: "composer", "data-type": "unified-composer", on: { submit: (event) => (event.preventDefault(), chat.submit()) } },
    el("textarea", { name: "prompt-textarea", hidden: true }),
    mountPoint,
    trailing,
  );
  slot.append(form);

  // Like the real site, the control is re-created on every change rather than toggled.
  function renderControl() {
    let control = null;
    if (chat.isStreaming()) {
      control = el("button", { type: "button", "data-testid": "stop-button", "aria-label": "Stop streaming" }, "■");
    } else if (promptText(view.state).trim()) {
      control = el("button", { type: "submit", id: "composer-submit-button", "data-testid": "send-button", "aria-label": "Send prompt" }, "↑");
    }
    trailing.replaceChildren(...(control ? [control] : []));
  }

  const send = () => (chat.submit(), true);
  const view = new EditorView(mountPoint, {
    state: EditorState.create({
      schema,
      plugins: [
        history(),
        keymap({ Enter: send, "Mod-Enter": send, "Shift-Enter": splitBlock, "Mod-z": undo, "Mod-y": redo }),
        keymap(baseKeymap),
      ],
    }),
    attributes: { id: "prompt-textarea", role: "textbox", "aria-label": "Message ChatGPT", "data-virtualkeyboard": "true" },
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      renderControl();
    },
  });
  chat.onStreamingChange(renderControl);
  renderControl();

  return {
    getText: () => promptText(view.state),
    clear: () => view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, schema.node("paragraph"))),
    destroy: () => view.destroy(),
  };
}

startReplica({
  app: document.getElementById("app"),
  mountComposer,
  deliver: (text, { edit }) =>
    postJson("/backend-api/conversation", {
      action: edit ? "variant" : "next",
      messages: [{ author: { role: "user" }, content: { content_type: "text", parts: [text] } }],
    }),
  editing: {
    bubble: { "data-message-author-role": "user" },
    textarea: {},
    form: false,
    save: { attrs: { class: "btn btn-primary" }, label: "Send" },
    enterSaves: false,
  },
});
