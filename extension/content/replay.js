// Replays an allowed send through the site's own control, then verifies it: the text about to
// leave is the text that was checked, the control is enabled, and the composer empties after.

import { REPLAY } from "../shared/constants.js";
import { sameText } from "./editor-text.js";
import { isControlEnabled } from "./site-adapter.js";
import { waitFor } from "./wait.js";

/**
 * Returns "sent" (composer emptied), "unconfirmed" (sent but not emptied in time),
 * "changed" (text differs from what was checked: nothing sent) or "no-control".
 */
export async function replaySend({ adapter, interceptor, hit, checkedText }) {
  if (!sameText(adapter.readText(hit), checkedText)) return "changed";
  const method = hit.surface.replay;
  try {
    if (method === "click") {
      const control = await waitFor(() => {
        const found = adapter.findSendControl(hit);
        return isControlEnabled(found) ? found : null;
      }, REPLAY.CONTROL_WAIT_MS);
      if (!control) return "no-control";
      if (!sameText(adapter.readText(hit), checkedText)) return "changed";
      interceptor.allowOnce(["click", "submit"]);
      control.click();
    } else if (method === "form") {
      const form = adapter.currentComposer(hit)?.closest("form");
      if (!form) return "no-control";
      interceptor.allowOnce(["submit"]);
      form.requestSubmit();
    } else {
      // "enter": the site sends from its own keydown handler, as the real sites do.
      interceptor.allowOnce(["key", "submit"]);
      adapter.currentComposer(hit)?.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Enter", code: "Enter", keyCode: 13, which: 13, bubbles: true, cancelable: true }),
      );
    }
    const emptied = await waitFor(() => adapter.readText(hit).trim() === "", REPLAY.CLEARED_WAIT_MS);
    return emptied ? "sent" : "unconfirmed";
  } finally {
    interceptor.clearBypass();
  }
}
