// DeepSeek: a React controlled textarea (placeholder "Message DeepSeek", hashed class names)
// and a send control that is a div[role=button] with aria-disabled, right after the
// persistent file input. Enter sends from React's onKeyDown; the prompt leaves as fetch JSON.
import { startReplica } from "../shared/page.js";
import { isSendKey, mountReactComposer, useComposerModel, useStreaming } from "../shared/react-textarea.jsx";
import { postJson } from "../shared/transport.js";

function DeepSeekComposer({ chat, handle }) {
  const { value, onChange } = useComposerModel(handle);
  const streaming = useStreaming(chat);
  const disabled = streaming || !value.trim();
  const onKeyDown = (event) => {
    if (!isSendKey(event)) return;
    event.preventDefault();
    chat.submit();
  };
  const onClick = () => {
    if (!disabled) chat.submit();
  };
  return (
    <div className="composer _77cefa5">
      <textarea id="chat-input" className="_27c9245" placeholder="Message DeepSeek" rows={1} value={value} onChange={onChange} onKeyDown={onKeyDown} />
      <div className="ec4f5d61">
        <input type="file" multiple style={{ display: "none" }} />
        <div role="button" className="_7436101" aria-disabled={String(disabled)} tabIndex={0} onClick={onClick}>
          ↑
        </div>
      </div>
    </div>
  );
}

startReplica({
  app: document.getElementById("app"),
  mountComposer: (slot, chat) => mountReactComposer(slot, chat, DeepSeekComposer),
  deliver: (text) => postJson("/api/v0/chat/completion", { chat_session_id: "replica", parent_message_id: null, prompt: text, ref_file_ids: [], thinking_enabled: false, search_enabled: false }),
});
