// A TipTap editor (StarterKit) as the composers of Claude, Grok and Mistral use it: Enter and
// Ctrl/Meta+Enter send from the editor's own keymap, Shift+Enter is StarterKit's hard break.

import { Editor, Extension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/** A TipTap document holding `text`, one paragraph per line. */
function docFromText(text) {
  const paragraph = (line) => ({ type: "paragraph", content: line ? [{ type: "text", text: line }] : [] });
  return { type: "doc", content: text.split("\n").map(paragraph) };
}

export function mountTiptap(parent, { attributes, onSubmit, initialText = "" }) {
  const SendKeys = Extension.create({
    name: "replicaSendKeys",
    priority: 1000,
    addKeyboardShortcuts: () => ({
      Enter: () => (onSubmit(), true),
      "Mod-Enter": () => (onSubmit(), true),
    }),
  });
  const editor = new Editor({
    element: parent,
    extensions: [StarterKit, SendKeys],
    content: initialText ? docFromText(initialText) : "",
    editorProps: { attributes },
  });
  return {
    element: editor.view.dom,
    getText: () => editor.getText({ blockSeparator: "\n" }),
    clear: () => editor.commands.clearContent(true),
    destroy: () => editor.destroy(),
    onChange: (listener) => editor.on("update", listener),
  };
}
