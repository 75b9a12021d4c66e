// React controlled textareas, as Copilot, DeepSeek, Poe and logged-out ChatGPT build their
// composers: the text lives in React state (the model), so a script that sets `.value`
// without the native setter and an input event is silently undone on the next render.

import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";

/** Enter that sends: not with Shift, not while an IME composition is being confirmed. */
export const isSendKey = (event) => event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing;

/** The composer's model: React state, plus a ref the test hook reads between renders. */
export function useComposerModel(handle) {
  const [value, setValue] = useState("");
  const model = useRef("");
  const update = (next) => {
    model.current = next;
    setValue(next);
  };
  handle.getText = () => model.current;
  handle.clear = () => update("");
  return { value, onChange: (event) => update(event.target.value) };
}

export function useStreaming(chat) {
  const [streaming, setStreaming] = useState(chat.isStreaming());
  useEffect(() => {
    chat.onStreamingChange(setStreaming);
  }, [chat]);
  return streaming;
}

/** Renders `Component` into the slot synchronously and returns the composer interface. */
export function mountReactComposer(slot, chat, Component) {
  const handle = {};
  const root = createRoot(slot);
  flushSync(() => root.render(<Component chat={chat} handle={handle} />));
  return {
    getText: () => handle.getText(),
    clear: () => handle.clear(),
    destroy: () => root.unmount(),
  };
}
