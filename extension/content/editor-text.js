// Reads the text of a composer the way the site's editor model sees it: one line per block
// (<p>, <div>, <li>), <br> as a newline, and the placeholder <br> editors put in empty or
// last lines ignored.

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGURE", "FOOTER", "H1", "H2", "H3",
  "H4", "H5", "H6", "HEADER", "HR", "LI", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);

const isBlock = (node) => node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has(node.tagName);
const hasBlockChild = (node) => [...node.childNodes].some(isBlock);

// A <br> that is the last thing in its block only keeps an empty line open; it is not a newline.
function isPlaceholderBreak(br) {
  if (br.classList.contains("ProseMirror-trailingBreak")) return true;
  let next = br.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && next.data === "") next = next.nextSibling;
  return next === null && isBlock(br.parentNode);
}

function inlineText(node) {
  let text = "";
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.data;
    else if (child.nodeType !== Node.ELEMENT_NODE) continue;
    else if (child.tagName === "BR") text += isPlaceholderBreak(child) ? "" : "\n";
    else text += inlineText(child);
  }
  return text;
}

function blockLines(container) {
  const lines = [];
  let inline = null;
  for (const child of container.childNodes) {
    if (isBlock(child)) {
      if (inline !== null) lines.push(inline);
      inline = null;
      if (hasBlockChild(child)) lines.push(...blockLines(child));
      else lines.push(inlineText(child));
    } else if (child.nodeType === Node.TEXT_NODE) {
      inline = (inline ?? "") + child.data;
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      inline = (inline ?? "") + (child.tagName === "BR" ? (isPlaceholderBreak(child) ? "" : "\n") : inlineText(child));
    }
  }
  if (inline !== null) lines.push(inline);
  return lines;
}

export function readComposerText(element) {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return element.value;
  return blockLines(element).join("\n").replace(/\u00a0/g, " ");
}

/** For comparing what was checked with what is about to be sent. */
export function sameText(a, b) {
  const norm = (s) => s.replace(/\u00a0/g, " ").replace(/\r\n/g, "\n").trimEnd();
  return norm(a) === norm(b);
}
