// Hands allowed files to the site as if the person had just chosen, dropped or pasted them:
// a new DataTransfer holding exactly those files, on the same input or target, with events the
// site's own listeners receive (content/file-capture.js lets them pass once, while dispatching).

function transferOf(files, strings = []) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  for (const [type, data] of strings) transfer.setData(type, data);
  return transfer;
}

// Where a drop or paste goes when the element it was aimed at has gone meanwhile.
function liveTarget(caught) {
  if (caught.target instanceof Node && caught.target.isConnected) return caught.target;
  if (caught.kind === "drop") return document.elementFromPoint(caught.point.clientX, caught.point.clientY) ?? document.body;
  return document.activeElement ?? document.body;
}

const EVENTS = {
  input: (caught, transfer) => {
    caught.target.files = transfer.files;
    return [new Event("input", { bubbles: true, composed: true }), new Event("change", { bubbles: true })];
  },
  drop: (caught, transfer) => [new DragEvent("drop", { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer, ...caught.point })],
  paste: (_caught, transfer) => [new ClipboardEvent("paste", { bubbles: true, cancelable: true, composed: true, clipboardData: transfer })],
};

/** Returns true when something was handed over (files, or the text that came with them). */
export function handOver(capture, caught, files) {
  const strings = caught.strings ?? [];
  if (!files.length && !strings.some(([, data]) => data)) return false;
  const transfer = transferOf(files, strings);
  const target = caught.kind === "input" ? caught.target : liveTarget(caught);
  const events = EVENTS[caught.kind](caught, transfer);
  capture.passThrough(() => {
    for (const event of events) target.dispatchEvent(event);
  });
  return true;
}
