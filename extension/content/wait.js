// Waiting for the page to catch up: editors apply input asynchronously (Lexical batches its
// updates into a microtask), and sites re-render their controls after state changes.

/** Resolves with check()'s first truthy value, re-checking on DOM changes, or null on timeout. */
export function waitFor(check, timeoutMs) {
  const immediate = check();
  if (immediate) return Promise.resolve(immediate);
  return new Promise((resolve) => {
    const finish = (value) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const value = check();
      if (value) finish(value);
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(check() || null), timeoutMs);
  });
}
