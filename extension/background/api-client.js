// The only code that talks to the local guard service. Every call has a time budget:
// a service slower than its budget counts as unavailable, never as a silent pass.

export class ServiceError extends Error {
  constructor(kind, message, status = null, payload = null) {
    super(message);
    this.kind = kind; // "timeout" | "unreachable" | "http" | "bad-reply"
    this.status = status;
    this.payload = payload; // the error body, e.g. /v1/analyze-file's "unreadable_file" answer
  }
}

function endpoint(serviceUrl, path) {
  return new URL(path, serviceUrl.endsWith("/") ? serviceUrl : `${serviceUrl}/`).toString();
}

async function requestJson(serviceUrl, path, { method = "GET", body, form, budgetMs }) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), budgetMs);
  let response;
  try {
    response = await fetch(endpoint(serviceUrl, path), {
      method,
      // a FormData body sets its own multipart Content-Type
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      signal: controller.signal,
      credentials: "omit",
    });
  } catch (error) {
    if (controller.signal.aborted) throw new ServiceError("timeout", `no answer within ${budgetMs} ms`);
    throw new ServiceError("unreachable", "the service could not be reached");
  } finally {
    clearTimeout(timer);
  }
  let payload;
  try {
    payload = await response.json();
  } catch {
    throw new ServiceError("bad-reply", "the service answered with something that is not JSON", response.status);
  }
  if (!response.ok) {
    throw new ServiceError("http", payload?.error ?? `status ${response.status}`, response.status, payload);
  }
  return payload;
}

export function analyze(serviceUrl, request, budgetMs) {
  return requestJson(serviceUrl, "v1/analyze", { method: "POST", body: request, budgetMs });
}

/** `file` is a Blob; `fields` the optional site, audience and trigger. */
export function analyzeFile(serviceUrl, { file, name, fields }, budgetMs) {
  const form = new FormData();
  form.append("file", file, name);
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  return requestJson(serviceUrl, "v1/analyze-file", { method: "POST", form, budgetMs });
}

export function fetchPolicy(serviceUrl, budgetMs) {
  return requestJson(serviceUrl, "v1/policy", { budgetMs });
}

export function fetchHealth(serviceUrl, budgetMs) {
  return requestJson(serviceUrl, "v1/health", { budgetMs });
}

export function postEvent(serviceUrl, event, budgetMs) {
  return requestJson(serviceUrl, "v1/events", { method: "POST", body: event, budgetMs });
}
