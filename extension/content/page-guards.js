// Wires the guards that do not start from the composer: files (content/file-guard.js) and the
// network backstop (content/backstop-host.js). Both were set up at document_start by the classic
// scripts content/file-capture.js and content/page-channel.js, which hold what arrives early.

import { startBackstopHost } from "./backstop-host.js";
import { startFileGuard } from "./file-guard.js";

let started = false;

export function startPageGuards({ sites, entities }) {
  if (started) return; // start-up may be retried; each guard listens once
  started = true;
  const siteName = sites[0]?.name ?? location.hostname;
  const capture = globalThis.genaiGuardFileCapture;
  if (capture) startFileGuard({ capture, entities, siteName });
  const port = globalThis.genaiGuardPageChannel?.port();
  if (port) startBackstopHost({ port, sites, entities });
}

/** Not a guarded page after all: let files through as if the extension were not there. */
export function stopPageGuards() {
  globalThis.genaiGuardFileCapture?.release();
}
