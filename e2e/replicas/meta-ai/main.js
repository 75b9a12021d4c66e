// Meta AI: a Lexical editor div[data-testid=composer-input], mounted with plain JS. The send
// button stays disabled until the page's own state catches up with the editor, a frame after
// each update, as the real React page does. The prompt leaves as a form-encoded GraphQL POST.
import { el } from "../shared/dom.js";
import { mountLexical } from "../shared/lexical-composer.js";
import { startReplica } from "../shared/page.js";
import { postForm } from "../shared/transport.js";

function mountComposer(slot, chat) {
  const input = el("div", { class: "editor", "data-testid": "composer-input", role: "textbox", "aria-label": "Ask Meta AI anything" });
  const send = el("button", { type: "button", "data-testid": "composer-send-button", "aria-label": "Send", disabled: true, on: { click: () => chat.submit() } }, "↑");
  slot.append(el("div", { class: "composer" }, input, send));
  const composer = mountLexical(input, { namespace: "meta-ai-composer", onSubmit: () => chat.submit() });
  const refreshLater = () =>
    requestAnimationFrame(() => {
      send.disabled = chat.isStreaming() || !composer.getText().trim();
    });
  composer.onChange(refreshLater);
  chat.onStreamingChange(refreshLater);
  return composer;
}

const variables = (text) => JSON.stringify({ message: { sensitive_string_value: text }, externalConversationId: "replica", entrypoint: "ABRA__CHAT__TEXT" });

startReplica({
  app: document.getElementById("app"),
  mountComposer,
  deliver: (text) => postForm("/api/graphql/", { fb_api_req_friendly_name: "useAbraSendMessageMutation", doc_id: "replica", variables: variables(text) }),
});
