// Microsoft Copilot (consumer): a React controlled textarea#userInput and
// button[data-testid=submit-button]; Enter sends from React's onKeyDown, Shift+Enter is a new
// line. The chat goes over a WebSocket.
import { startReplica } from "../shared/page.js";
import { isSendKey, mountReactComposer, useComposerModel, useStreaming } from "../shared/react-textarea.jsx";
import { chatSocket } from "../shared/transport.js";

function CopilotComposer({ chat, handle }) {
  const { value, onChange } = useComposerModel(handle);
  const streaming = useStreaming(chat);
  const onKeyDown = (event) => {
    if (!isSendKey(event)) return;
    event.preventDefault();
    chat.submit();
  };
  return (
    <div className="composer">
      <textarea id="userInput" placeholder="Message Copilot" rows={1} value={value} onChange={onChange} onKeyDown={onKeyDown} />
      <button type="button" data-testid="submit-button" aria-label="Submit message" disabled={streaming || !value.trim()} onClick={() => chat.submit()}>
        ↑
      </button>
    </div>
  );
}

const sendOverSocket = chatSocket("wss://copilot.microsoft.com/c/api/chat?api-version=2");

startReplica({
  app: document.getElementById("app"),
  mountComposer: (slot, chat) => mountReactComposer(slot, chat, CopilotComposer),
  deliver: (text) => sendOverSocket({ event: "send", conversationId: "replica", content: [{ type: "text", text }], mode: "chat" }),
});
