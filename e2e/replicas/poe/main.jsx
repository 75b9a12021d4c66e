// Poe: a React controlled textarea whose class carries a CSS-module hash
// (GrowingTextArea_textArea__…); the Enter handler sits on an ancestor, not on the textarea;
// button[data-button-send=true] sends. The prompt leaves as fetch JSON (a GraphQL mutation).
import { startReplica } from "../shared/page.js";
import { isSendKey, mountReactComposer, useComposerModel, useStreaming } from "../shared/react-textarea.jsx";
import { postJson } from "../shared/transport.js";

function PoeComposer({ chat, handle }) {
  const { value, onChange } = useComposerModel(handle);
  const streaming = useStreaming(chat);
  const onKeyDown = (event) => {
    if (!isSendKey(event) || event.target.tagName !== "TEXTAREA") return;
    event.preventDefault();
    chat.submit();
  };
  return (
    <div className="ChatMessageInputContainer_inputContainer__s2AGa composer" onKeyDown={onKeyDown}>
      <div className="GrowingTextArea_growWrap___1PZM">
        <textarea className="GrowingTextArea_textArea__ZWQbP" placeholder="Start a new chat" rows={1} value={value} onChange={onChange} />
      </div>
      <input type="file" className="ChatMessageFileInputButton_input__svNx4" style={{ display: "none" }} />
      <button type="button" data-button-send="true" aria-label="Send message" className="ChatMessageSendButton_sendButton__4ZyI4" disabled={streaming || !value.trim()} onClick={() => chat.submit()}>
        ↑
      </button>
    </div>
  );
}

startReplica({
  app: document.getElementById("app"),
  mountComposer: (slot, chat) => mountReactComposer(slot, chat, PoeComposer),
  deliver: (text) => postJson("/api/gql_POST", { queryName: "sendMessageMutation", variables: { bot: "Assistant", query: text, chatId: null, source: null } }),
});
