// Finds the prompt inside a request body in the site's own format, as the site entry's
// "backstop" declares it, and writes a replacement (the redacted prompt) back in place.
//
// format "json": the body is JSON; "form": the body is form-encoded (each field one value).
// Each path is "/"-separated: an object key or array index, "*" for every element or value,
// "@json" to read the current string as JSON (Gemini's f.req holds JSON inside JSON inside a
// form field: "f.req/@json/1/@json/0/0").

const WILDCARD = "*";
const JSON_STEP = "@json";

function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isContainer = (value) => value !== null && typeof value === "object";

/**
 * Walks `segments` from `value`, calling visit(string) for every string found at the end;
 * returns the value with each such string replaced by visit's result (the same object when
 * nothing changed, so unchanged JSON is never re-serialised).
 */
function rewriteAt(value, segments, visit) {
  if (!segments.length) return typeof value === "string" ? visit(value) : value;
  const [head, ...rest] = segments;
  if (head === JSON_STEP) {
    if (typeof value !== "string") return value;
    const parsed = parseJson(value);
    if (!parsed.ok) return value;
    const changed = rewriteAt(parsed.value, rest, visit);
    return changed === parsed.value ? value : JSON.stringify(changed);
  }
  if (!isContainer(value)) return value;
  const keys = head === WILDCARD ? Object.keys(value) : Object.hasOwn(value, head) ? [head] : [];
  let copy = value;
  for (const key of keys) {
    const next = rewriteAt(value[key], rest, visit);
    if (next === value[key]) continue;
    if (copy === value) copy = Array.isArray(value) ? [...value] : { ...value };
    copy[key] = next;
  }
  return copy;
}

// The body as a tree the paths walk, and how to turn the tree back into a body.
const FORMATS = {
  json: {
    read: (body) => {
      const parsed = parseJson(body);
      return parsed.ok ? parsed.value : undefined;
    },
    write: (tree) => JSON.stringify(tree),
  },
  form: {
    read: (body) => Object.fromEntries(new URLSearchParams(body)),
    write: (tree, body) => {
      const fields = new URLSearchParams(body);
      for (const [name, value] of Object.entries(tree)) if (fields.get(name) !== value) fields.set(name, value);
      return fields.toString();
    },
  },
};

const segmentsOf = (path) => path.split("/").filter((segment) => segment !== "");

/** The prompt strings in `body` (empty ones left out), in path order. */
export function promptsIn(body, backstop) {
  const format = FORMATS[backstop.format];
  const tree = format?.read(body);
  if (tree === undefined) return [];
  const found = [];
  for (const path of backstop.paths ?? []) {
    rewriteAt(tree, segmentsOf(path), (text) => {
      if (text.trim()) found.push(text);
      return text;
    });
  }
  return found;
}

/** `body` with every prompt string replaced by replace(text), in the site's own format. */
export function replacePrompts(body, backstop, replace) {
  const format = FORMATS[backstop.format];
  let tree = format?.read(body);
  if (tree === undefined) return body;
  const original = tree;
  for (const path of backstop.paths ?? []) {
    tree = rewriteAt(tree, segmentsOf(path), (text) => (text.trim() ? replace(text) : text));
  }
  return tree === original ? body : format.write(tree, body);
}
