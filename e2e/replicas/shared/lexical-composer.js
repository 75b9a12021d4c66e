// A Lexical plain-text editor, mounted with plain JS, as Perplexity's and Meta AI's composers
// are built. Lexical owns its DOM: edits it did not make itself (a script writing the DOM, an
// isolated world's execCommand) are reverted by its mutation observer, which is exactly what
// breaks extensions. Enter sends from a KEY_ENTER_COMMAND handler; Shift+Enter is a line break.

import { registerPlainText } from "@lexical/plain-text";
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from "lexical";

function resetRoot() {
  const root = $getRoot();
  root.clear();
  root.append($createParagraphNode());
}

export function mountLexical(rootElement, { namespace, onSubmit }) {
  rootElement.contentEditable = "true";
  const editor = createEditor({
    namespace,
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(rootElement);
  const sendOnEnter = (event) => {
    if (event?.shiftKey) return false;
    event?.preventDefault();
    onSubmit();
    return true;
  };
  const unregister = [registerPlainText(editor), editor.registerCommand(KEY_ENTER_COMMAND, sendOnEnter, COMMAND_PRIORITY_HIGH)];
  editor.update(resetRoot, { discrete: true });

  return {
    element: rootElement,
    getText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () => editor.update(resetRoot, { discrete: true }),
    destroy: () => {
      for (const release of unregister) release();
      editor.setRootElement(null);
    },
    onChange: (listener) => editor.registerUpdateListener(() => listener()),
  };
}
