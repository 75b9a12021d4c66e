// Writes text into a composer so that the site's editor notices, one small writer per editor
// kind. Each replaces the whole content; the caller reads the text back to confirm.

function selectAllIn(element) {
  element.focus();
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

// ProseMirror, TipTap and Quill treat execCommand input as real typing (undo keeps working).
// Lines go in one by one with insertParagraph between them, so each becomes its own block.
function writeWithExecCommand(element, text) {
  selectAllIn(element);
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (index > 0) document.execCommand("insertParagraph", false);
    if (line) document.execCommand("insertText", false, line);
  });
  if (!text) document.execCommand("delete", false);
}

// Lexical reverts DOM edits it did not make; it applies exactly one beforeinput insertText
// (a second event would duplicate the text).
function writeLexical(element, text) {
  selectAllIn(element);
  element.dispatchEvent(
    new InputEvent("beforeinput", { inputType: "insertText", data: text, bubbles: true, cancelable: true, composed: true }),
  );
}

// React controlled textareas ignore `value =` on the element itself: use the prototype's
// native setter, then a bubbling input event so React updates its state.
function writeTextarea(element, text) {
  const prototype = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, "value").set;
  element.focus();
  setter.call(element, text);
  element.dispatchEvent(new Event("input", { bubbles: true }));
}

export const WRITERS = Object.freeze({
  prosemirror: writeWithExecCommand,
  tiptap: writeWithExecCommand,
  quill: writeWithExecCommand,
  lexical: writeLexical,
  textarea: writeTextarea,
});

export function writeComposerText(element, editorKind, text) {
  const writer = WRITERS[editorKind];
  if (!writer) throw new Error(`no writer for editor kind ${editorKind}`);
  writer(element, text);
}
