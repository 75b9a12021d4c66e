// The one place that knows which browser we run in. Chrome and Edge expose `chrome`;
// Firefox (later) exposes `browser` with the same promise-based API.

export const ext = globalThis.browser ?? globalThis.chrome;

export function extensionUrl(path) {
  return ext.runtime.getURL(path);
}

export function extensionOrigin() {
  return new URL(ext.runtime.getURL("/")).origin;
}

export async function sendToWorker(type, data = {}) {
  const reply = await ext.runtime.sendMessage({ type, data });
  if (!reply || !reply.ok) {
    throw new Error(reply?.error ?? "no-reply");
  }
  return reply.data;
}
