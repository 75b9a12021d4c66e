// Claude: the server-rendered textarea[data-testid=chat-input-ssr] is what the page shows
// first; hydration (a little later, as the JS arrives) replaces it with the TipTap editor
// div[data-testid=chat-input], carrying over anything already typed. The send button is a
// type=button with no form around it; the prompt leaves as fetch JSON; sent messages are
// edited in a textarea inside a form, where Enter saves.
import { el } from "../shared/dom.js";
import { startReplica } from "../shared/page.js";
import { mountTiptap } from "../shared/tiptap-composer.js";
import { postJson } from "../shared/transport.js";

const HYDRATION_DELAY_MS = 150;

function mountComposer(slot, chat) {
  const ssr = document.querySelector("[data-testid='chat-input-ssr']");
  const draft = ssr?.value ?? "";
  ssr?.closest(".composer-ssr")?.remove();

  const send = el("button", { type: "button", "aria-label": "Send message", disabled: true, on: { click: () => chat.submit() } }, "↑");
  const box = el("div", { class: "composer" }, el("div", { class: "editor" }), send);
  slot.append(box);
  const composer = mountTiptap(box.firstChild, {
    initialText: draft,
    onSubmit: () => chat.submit(),
    attributes: { "data-testid": "chat-input", role: "textbox", "aria-label": "Write your prompt to Claude" },
  });
  const refresh = () => {
    send.disabled = chat.isStreaming() || !composer.getText().trim();
  };
  composer.onChange(refresh);
  chat.onStreamingChange(refresh);
  refresh();
  return composer;
}

setTimeout(
  () =>
    startReplica({
      app: document.getElementById("app"),
      mountComposer,
      deliver: (text) => postJson("/api/organizations/replica-org/chat_conversations/replica-chat/completion", { prompt: text, attachments: [], files: [] }),
      editing: {
        bubble: { "data-testid": "user-message" },
        textarea: { "aria-label": "Edit your message" },
        form: true,
        save: { attrs: { "aria-label": "Save" }, label: "Save" },
        enterSaves: true,
      },
    }),
  HYDRATION_DELAY_MS,
);
