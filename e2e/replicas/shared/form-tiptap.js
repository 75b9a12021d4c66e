// A TipTap composer inside a real <form> with a submit button, as Grok and Mistral build it:
// Enter asks the form to submit (a real submit event), and the form's submit handler sends.

import { el } from "./dom.js";
import { mountTiptap } from "./tiptap-composer.js";

export function mountFormTiptap(slot, chat, { attributes, submitAttrs }) {
  const submit = el("button", { type: "submit", disabled: true, ...submitAttrs }, "↑");
  const form = el("form", { class: "composer", on: { submit: (event) => (event.preventDefault(), chat.submit()) } }, el("div", { class: "editor" }), submit);
  slot.append(form);
  const composer = mountTiptap(form.firstChild, { attributes, onSubmit: () => form.requestSubmit() });
  const refresh = () => {
    submit.disabled = chat.isStreaming() || !composer.getText().trim();
  };
  composer.onChange(refresh);
  chat.onStreamingChange(refresh);
  return composer;
}
