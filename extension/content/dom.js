// Tiny helpers for building UI inside closed shadow roots without any framework.

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "text") element.textContent = value;
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}

/**
 * A host element on <html> (frameworks re-render <body>) holding a closed shadow root, so the
 * site's CSS cannot reach our UI and our CSS cannot leak into the site.
 */
export function createShadowHost(tagName, css) {
  const host = document.createElement(tagName);
  for (const [property, value] of Object.entries({ all: "initial", position: "fixed", "z-index": "2147483647" })) {
    host.style.setProperty(property, value, "important");
  }
  const root = host.attachShadow({ mode: "closed" });
  root.append(el("style", { text: css }));
  // Keep our keystrokes away from the site's own (bubbling) key handlers.
  for (const type of ["keydown", "keyup", "keypress", "input", "beforeinput", "paste"]) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  document.documentElement.append(host);
  return { host, root };
}
