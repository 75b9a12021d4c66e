// ChatGPT for logged-out visitors: a React controlled textarea#prompt-textarea in a plain form.
// Enter does not send here (it is a newline like Shift+Enter); only the send button does, and
// the prompt leaves as a form-encoded POST.
import { startReplica } from "../shared/page.js";
import { mountReactComposer, useComposerModel, useStreaming } from "../shared/react-textarea.jsx";
import { postForm } from "../shared/transport.js";

function LoggedOutComposer({ chat, handle }) {
  const { value, onChange } = useComposerModel(handle);
  const streaming = useStreaming(chat);
  const onSubmit = (event) => {
    event.preventDefault();
    chat.submit();
  };
  return (
    <form className="composer" onSubmit={onSubmit}>
      <textarea id="prompt-textarea" name="prompt" placeholder="Ask anything" rows={1} value={value} onChange={onChange} />
      <button type="submit" data-testid="send-button" aria-label="Send prompt" disabled={streaming || !value.trim()}>
        ↑
      </button>
    </form>
  );
}

startReplica({
  app: document.getElementById("app"),
  mountComposer: (slot, chat) => mountReactComposer(slot, chat, LoggedOutComposer),
  deliver: (text) => postForm("/backend-anon/conversation", { prompt: text, model: "auto" }),
});
