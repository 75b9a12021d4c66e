// A tiny DOM builder for the replicas: el("button", { type: "button", "aria-label": "Send" }, "↑").
// Attributes are set as attributes (so data-* and aria-* read as in the real markup); `on`
// takes event listeners.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "on") {
      for (const [type, listener] of Object.entries(value)) node.addEventListener(type, listener);
    } else if (value === true) {
      node.setAttribute(name, "");
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, String(value));
    }
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

/** A send control; disabled with the attribute the site uses (`disabled` or `aria-disabled`). */
export function setEnabled(control, enabled, how = "disabled") {
  if (how === "aria") control.setAttribute("aria-disabled", String(!enabled));
  else control.disabled = !enabled;
}
