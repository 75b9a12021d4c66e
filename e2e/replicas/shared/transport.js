// How the replicas' prompts leave the page, one helper per wire format the real sites use.
// Each returns a promise that settles when the backend has answered (the end of "streaming").

export async function postJson(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  await response.text();
}

/** A form-encoded POST through fetch (what a plain HTML form sends). */
export async function postForm(url, fields) {
  const response = await fetch(url, { method: "POST", body: new URLSearchParams(fields) });
  await response.text();
}

/** A form-encoded XMLHttpRequest, as Google's batchexecute-style endpoints receive. */
export function postXhrForm(url, fields) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
    request.onload = () => resolve();
    request.onerror = () => reject(new Error("xhr failed"));
    request.send(new URLSearchParams(fields).toString());
  });
}

/**
 * A chat socket opened on first use: send(message) resolves when the server answers with
 * `{event: "done"}` for it.
 */
export function chatSocket(url) {
  let socket = null;
  let opened = null;
  const waiting = [];

  function connect() {
    socket = new WebSocket(url);
    opened = new Promise((resolve, reject) => {
      socket.addEventListener("open", resolve, { once: true });
      socket.addEventListener("error", reject, { once: true });
    });
    socket.addEventListener("message", (event) => {
      if (JSON.parse(event.data).event === "done") waiting.shift()?.();
    });
    socket.addEventListener("close", () => {
      socket = null;
    });
  }

  return async function send(message) {
    if (!socket) connect();
    await opened;
    const answered = new Promise((resolve) => waiting.push(resolve));
    socket.send(JSON.stringify(message));
    await answered;
  };
}
