// Classic content script, run at document_start before the main-world backstop
// (main-world/backstop.js). That script hands over one end of a MessageChannel in a single
// cancelable event before any page script exists; this takes it (cancelling the event tells the
// backstop it was taken) and keeps it in the isolated world, where the page cannot reach it.
// content/backstop-host.js answers on it once the guard has started.
(() => {
  "use strict";
  const CHANNEL_EVENT = "genai-guard:page-channel"; // the name main-world/backstop.js dispatches
  let port = null;

  function take(event) {
    if (port || !(event instanceof MessageEvent) || !event.ports?.[0]) return;
    port = event.ports[0];
    event.preventDefault();
    event.stopImmediatePropagation();
    window.removeEventListener(CHANNEL_EVENT, take, true);
  }
  window.addEventListener(CHANNEL_EVENT, take, true);

  // Isolated-world global: visible to this extension's content scripts only.
  globalThis.genaiGuardPageChannel = Object.freeze({ port: () => port });
})();
