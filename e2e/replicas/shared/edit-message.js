// A sent message that can be edited in place: "Edit message" swaps the bubble's text for a
// textarea and a save control, as ChatGPT, Claude and Gemini do. The markup comes from the
// site's replica:
//   bubble:   attributes of the message container
//   textarea: attributes of the edit field
//   form:     whether the field and buttons sit in a <form> (save is then a submit)
//   save:     { attrs, label } of the save control
//   enterSaves: whether Enter in the field saves (Shift+Enter and IME Enter never do)

import { el } from "./dom.js";

export function editableBubble(initialText, config, resend) {
  const bubble = el("div", { class: "bubble", ...config.bubble });
  let text = initialText;

  function showText() {
    const edit = el("button", { type: "button", class: "edit", "aria-label": "Edit message", on: { click: showEditor } }, "✎");
    bubble.replaceChildren(el("span", { class: "message-text" }, text), edit);
  }

  function showEditor() {
    const field = el("textarea", { rows: 3, ...config.textarea });
    field.value = text;
    const save = () => {
      if (!field.value.trim()) return;
      text = field.value;
      showText();
      resend(text);
    };
    field.addEventListener("keydown", (event) => {
      if (!config.enterSaves || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      save();
    });
    const cancel = el("button", { type: "button", class: "cancel", on: { click: showText } }, "Cancel");
    if (config.form) {
      const saveButton = el("button", { type: "submit", ...config.save.attrs }, config.save.label);
      const form = el("form", { on: { submit: (event) => (event.preventDefault(), save()) } }, field, cancel, saveButton);
      bubble.replaceChildren(form);
    } else {
      const saveButton = el("button", { type: "button", ...config.save.attrs, on: { click: save } }, config.save.label);
      bubble.replaceChildren(field, cancel, saveButton);
    }
    field.focus();
  }

  showText();
  return bubble;
}
