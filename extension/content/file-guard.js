// The file guard: every file caught by content/file-capture.js (chosen, dropped or pasted) is
// checked by the service (/v1/analyze-file, through the worker) before the site may see it.
// Allowed files are handed over as if just chosen; a file with personal data is named in the
// dialog with what it holds and where; a file the service could not read follows policy (block,
// or warn that it was not checked), never passes as clean. Every warn/block choice is audited.

import { toBase64 } from "../shared/base64.js";
import { ACTIONS, DECISIONS, FILES, SCAN_SOURCE_UNREADABLE, TRIGGERS, UNREADABLE_FILES } from "../shared/constants.js";
import { bytesKey, files as approvedFiles } from "./approvals.js";
import { showFindingsDialog, showUnreadableFileDialog } from "./dialog.js";
import { handOver } from "./file-handover.js";
import { entityCounts } from "./masking.js";
import { showNotice } from "./paste-notice.js";
import { askUntilAnswered } from "./scan-retry.js";
import { recordEvent, scanFile } from "./worker-client.js";

// The files of a capture, taken at once: an input is emptied while its files are checked, so
// the site cannot read them from it in the meantime (and the paired input/change is one capture).
function takeFiles(caught) {
  if (caught.kind !== "input") return caught.files;
  const taken = [...(caught.target.files ?? [])];
  if (taken.length) caught.target.value = "";
  return taken;
}

async function choose(dialog, event) {
  const choice = await dialog;
  const passes = choice.action === ACTIONS.SEND_ANYWAY && Boolean(choice.reason);
  // Recorded before the file is handed over, so the audit trail never misses an override.
  await recordEvent({
    ...event,
    action: passes ? ACTIONS.SEND_ANYWAY : ACTIONS.CANCEL,
    override_reason: passes ? choice.reason : null,
    trigger: TRIGGERS.FILE,
  });
  return passes;
}

export function startFileGuard({ capture, entities, siteName }) {
  async function checkFile(file) {
    if (file.size === 0) return true; // nothing in it
    const tooLarge = file.size > FILES.MAX_BYTES;
    const buffer = tooLarge ? null : await file.arrayBuffer();
    const key = buffer ? await bytesKey(buffer) : null;
    if (key && approvedFiles.has(key)) return true;
    const request = { name: file.name, type: file.type, size: file.size, base64: buffer ? toBase64(buffer) : null };
    const scan = await askUntilAnswered(() => scanFile(request), { siteName, trigger: TRIGGERS.FILE });
    if (!scan) return false;

    let passes;
    if (scan.source === SCAN_SOURCE_UNREADABLE) {
      const { reason, mode } = scan.unreadable;
      const decision = mode === UNREADABLE_FILES.WARN ? DECISIONS.WARN : DECISIONS.BLOCK;
      const dialog = showUnreadableFileDialog({ name: file.name, reason, mode, policy: scan.policy });
      passes = await choose(dialog, { decision, entity_counts: {} });
    } else if (scan.result.decision === DECISIONS.ALLOW) {
      passes = true;
    } else {
      const dialog = showFindingsDialog({ text: "", scan, entities, subject: { kind: "file", name: file.name } });
      passes = await choose(dialog, { decision: scan.result.decision, entity_counts: entityCounts(scan.result.findings) });
    }
    if (passes && key) approvedFiles.remember(key);
    return passes;
  }

  async function guard(caught, files) {
    const allowed = [];
    for (const file of files) {
      try {
        if (await checkFile(file)) allowed.push(file);
      } catch {
        // Fail closed: a file that could not be checked is not handed over.
        showNotice(`GenAI Guard couldn't check ${file.name}, so it wasn't uploaded. Try again.`);
      }
    }
    handOver(capture, caught, allowed);
  }

  // One capture at a time: each may need the person, and dialogs must not stack.
  let queue = Promise.resolve();
  capture.connect((caught) => {
    const files = takeFiles(caught);
    if (!files.length) return;
    queue = queue.then(() => guard(caught, files)).catch(() => {});
  });
}
