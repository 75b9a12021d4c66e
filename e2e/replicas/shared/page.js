// The life cycle every replica shares: the composer is mounted into a slot, a submit sends
// the editor model's text (never the DOM's) and the page "streams" until the backend answers,
// sent messages appear in the conversation (editable where the site allows it), and
// navigating to another chat throws the composer away and builds a new one, as the real
// single-page apps do.
//
// What the tests see: body[data-state] ("loading", "idle", "streaming") and window.__replica:
// getModelText() reads the editor's own model; navigate(path) switches chats; generation
// counts the composers built so far; delivered counts the sends the backend has answered.

import { el } from "./dom.js";
import { editableBubble } from "./edit-message.js";
import { mountUploads } from "./uploads.js";

const setPageState = (name) => {
  document.body.dataset.state = name;
};

/**
 * @param app         element the conversation and the composer slot go into
 * @param mountComposer (slot, chat) => { getText, clear, destroy }; chat has submit(),
 *                    isStreaming() and onStreamingChange(listener)
 * @param deliver     (text, { edit }) => Promise, the site's own wire format
 * @param editing     edit-message markup (see edit-message.js), or null
 */
export function startReplica({ app, mountComposer, deliver, editing = null }) {
  const conversation = el("div", { id: "conversation", "aria-live": "polite" });
  app.prepend(conversation);
  const listeners = new Set();
  let streaming = false;
  let composer = null;
  let slot = null;
  let generation = 0;
  let delivered = 0;

  function setStreaming(value) {
    streaming = value;
    setPageState(value ? "streaming" : "idle");
    for (const listener of listeners) listener(value);
  }

  async function deliverWhileStreaming(text, options) {
    setStreaming(true);
    try {
      await deliver(text, options);
      delivered += 1;
    } finally {
      setStreaming(false);
    }
  }

  const resend = (text) => deliverWhileStreaming(text, { edit: true });

  function submit() {
    const text = composer.getText();
    if (streaming || !text.trim()) return false;
    conversation.append(editing ? editableBubble(text, editing, resend) : el("div", { class: "bubble" }, text));
    composer.clear();
    deliverWhileStreaming(text, { edit: false });
    return true;
  }

  const chat = {
    submit,
    isStreaming: () => streaming,
    onStreamingChange: (listener) => listeners.add(listener),
  };

  function mount() {
    listeners.clear();
    slot = el("div", { class: "composer-slot" });
    app.append(slot);
    composer = mountComposer(slot, chat);
    generation += 1;
    setPageState("idle");
  }

  function navigate(path) {
    setPageState("loading");
    history.pushState({}, "", path);
    composer.destroy();
    slot.remove();
    conversation.replaceChildren();
    // The new route renders in a later task, like a router's lazy chunk.
    setTimeout(mount, 0);
  }

  window.__replica = {
    getModelText: () => composer.getText(),
    navigate,
    get generation() {
      return generation;
    },
    get delivered() {
      return delivered;
    },
  };
  mountUploads(); // files: e2e/test_files.py
  mount();
}
