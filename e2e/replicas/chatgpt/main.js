// ChatGPT-shaped replica: the real ProseMirror editor as #prompt-textarea, a send button that
// exists only while there is text and becomes a stop button while "streaming", Enter and
// Ctrl/Meta+Enter send from the editor's own keymap, Shift+Enter makes a new line, and the
// prompt leaves as fetch JSON read from the editor's state (not from the DOM).
import { baseKeymap, splitBlock } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { schema } from "prosemirror-schema-basic";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";

const form = document.querySelector("form[data-type='unified-composer']");
const trailing = document.getElementById("composer-trailing");
const conversation = document.getElementById("conversation");
let streaming = false;

const promptText = (state) => state.doc.textBetween(0, state.doc.content.size, "\n", "\n");

function setState(name) {
  document.body.dataset.state = name;
}

// Like the real site, the control is re-created on every change rather than toggled.
function renderControl() {
  let control = null;
  if (streaming) {
    control = Object.assign(document.createElement("button"), { type: "button", textContent: "■" });
    control.dataset.testid = "stop-button";
    control.setAttribute("aria-label", "Stop streaming");
  } else if (promptText(view.state).trim()) {
    control = Object.assign(document.createElement("button"), { type: "submit", id: "composer-submit-button", textContent: "↑" });
    control.dataset.testid = "send-button";
    control.setAttribute("aria-label", "Send prompt");
  }
  trailing.replaceChildren(...(control ? [control] : []));
}

function clearEditor() {
  const { state } = view;
  view.dispatch(state.tr.replaceWith(0, state.doc.content.size, schema.node("paragraph")));
}

async function sendPrompt() {
  const text = promptText(view.state);
  if (streaming || !text.trim()) return true;
  const bubble = document.createElement("div");
  bubble.dataset.messageAuthorRole = "user";
  bubble.textContent = text;
  conversation.append(bubble);
  streaming = true;
  setState("streaming");
  clearEditor();
  try {
    await fetch("/backend-api/conversation", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "next", messages: [{ author: { role: "user" }, content: { content_type: "text", parts: [text] } }] }),
    });
  } finally {
    streaming = false;
    renderControl();
    setState("idle");
  }
  return true;
}

const view = new EditorView(document.getElementById("composer-mount"), {
  state: EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({
        Enter: () => {
          sendPrompt();
          return true;
        },
        "Mod-Enter": () => {
          sendPrompt();
          return true;
        },
        "Shift-Enter": splitBlock,
        "Mod-z": undo,
        "Mod-y": redo,
      }),
      keymap(baseKeymap),
    ],
  }),
  attributes: { id: "prompt-textarea", role: "textbox", "aria-label": "Message ChatGPT", "data-virtualkeyboard": "true" },
  dispatchTransaction(transaction) {
    view.updateState(view.state.apply(transaction));
    renderControl();
  },
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  sendPrompt();
});

// What the tests read: the editor's own model, not the DOM.
window.__replica = { text: () => promptText(view.state) };
renderControl();
setState("idle");
