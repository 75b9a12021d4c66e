// Perplexity: a Lexical editor div#ask-input (Lexical marks it data-lexical-editor), mounted
// with plain JS; button[data-testid=submit-button] is disabled while the editor is empty.
// Enter sends from a KEY_ENTER_COMMAND handler; the prompt leaves as fetch JSON.
import { el } from "../shared/dom.js";
import { mountLexical } from "../shared/lexical-composer.js";
import { startReplica } from "../shared/page.js";
import { postJson } from "../shared/transport.js";

function mountComposer(slot, chat) {
  const input = el("div", { id: "ask-input", class: "editor", role: "textbox", "aria-label": "Ask anything…" });
  const submit = el("button", { type: "button", "data-testid": "submit-button", "aria-label": "Submit", disabled: true, on: { click: () => chat.submit() } }, "→");
  slot.append(el("div", { class: "composer" }, input, submit));
  const composer = mountLexical(input, { namespace: "perplexity-ask", onSubmit: () => chat.submit() });
  const refresh = () => {
    submit.disabled = chat.isStreaming() || !composer.getText().trim();
  };
  composer.onChange(refresh);
  chat.onStreamingChange(refresh);
  return composer;
}

startReplica({
  app: document.getElementById("app"),
  mountComposer,
  deliver: (text) => postJson("/rest/sse/perplexity_ask", { query_str: text, params: { mode: "concise", language: "en-US", sources: ["web"] } }),
});
