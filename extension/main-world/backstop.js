// The network backstop. It runs in the page's own world (manifest "world": "MAIN") at
// document_start, before any script of the site, and wraps fetch, XMLHttpRequest.send,
// WebSocket.send and navigator.sendBeacon. A request to one of the site's prompt endpoints
// (the "backstop" rules of sites.json) is held and its body handed to the content script, which
// finds the prompt in it, lets it go at once when the composer path already approved that text,
// and otherwise checks it and asks the person. Only the content script's answer releases it.
//
// The answer travels over a MessageChannel whose port is handed to the content script by one
// synchronous, cancelable event dispatched before any page script exists; the page never holds
// a reference to it. The originals of the wrapped functions and every built-in used here are
// captured first, inside this closure, so the page can neither call around the checks nor
// change how they decide. (A page that really wants to can still send from a fresh iframe's
// window: this is a backstop for text the composer path missed, not a sandbox.)
(() => {
  "use strict";

  // Event names shared with content/page-channel.js and content/file-capture.js.
  const CHANNEL_EVENT = "genai-guard:page-channel";
  const FILE_INPUT_EVENT = "genai-guard:file-input";
  // Written by the build (main-world/backstop-rules.js, run just before this file); read once.
  const RULES_GLOBAL = "__genaiGuardBackstopRules";

  // ---- Built-ins, captured before the page can replace them. ----
  const win = window;
  const { apply, getOwnPropertyDescriptor: descriptorOf, defineProperty } = Reflect;
  const getter = (proto, name) => descriptorOf(proto, name).get;
  const call = (fn, self, ...args) => apply(fn, self, args);
  const PromiseCtor = Promise;
  const RegExpCtor = RegExp;
  const URLCtor = URL;
  const MapCtor = Map;
  const WeakMapCtor = WeakMap;
  const TypeErrorCtor = TypeError;
  const ArrayBufferCtor = ArrayBuffer;
  const BlobCtor = Blob;
  const FormDataCtor = FormData;
  const RequestCtor = Request;
  const URLSearchParamsCtor = URLSearchParams;
  const TextDecoderCtor = TextDecoder;
  const ProgressEventCtor = ProgressEvent;
  const MouseEventCtor = MouseEvent;
  const MessageEventCtor = MessageEvent;
  const MessageChannelCtor = MessageChannel;
  const promiseThen = PromiseCtor.prototype.then;
  const regexpExec = RegExpCtor.prototype.exec;
  const urlPathname = getter(URLCtor.prototype, "pathname");
  const mapGet = MapCtor.prototype.get;
  const mapSet = MapCtor.prototype.set;
  const mapDelete = MapCtor.prototype.delete;
  const weakGet = WeakMapCtor.prototype.get;
  const weakSet = WeakMapCtor.prototype.set;
  const weakDelete = WeakMapCtor.prototype.delete;
  const isView = ArrayBufferCtor.isView;
  const blobText = BlobCtor.prototype.text;
  const requestClone = RequestCtor.prototype.clone;
  const requestText = RequestCtor.prototype.text;
  const requestUrl = getter(RequestCtor.prototype, "url");
  const searchParamsString = URLSearchParamsCtor.prototype.toString;
  const formDataEntries = FormDataCtor.prototype.entries;
  const decode = TextDecoderCtor.prototype.decode;
  const dispatchEvent = EventTarget.prototype.dispatchEvent;
  const addEventListener = EventTarget.prototype.addEventListener;
  const portPost = MessagePort.prototype.postMessage;
  const portStart = MessagePort.prototype.start;
  const messageData = getter(MessageEventCtor.prototype, "data");
  const inputType = getter(HTMLInputElement.prototype, "type");
  const arrayPush = Array.prototype.push;
  const arraySplice = Array.prototype.splice;
  const isArray = Array.isArray;
  const indexOf = String.prototype.indexOf;
  const decoder = new TextDecoderCtor();
  const asString = String;
  const then = (promise, onValue, onError) => call(promiseThen, promise, onValue, onError);
  const resolvedWith = (value) => new PromiseCtor((resolve) => resolve(value));

  // ---- Where prompts leave: URL path patterns per site. ----
  // Bundled rules are compiled now, before any page script; rules sent later by the content
  // script are compiled with the captured built-ins only, so a page cannot skew them.
  const hostMatches = (pattern, host) =>
    pattern.startsWith("*.") ? host === pattern.slice(2) || host.endsWith(pattern.slice(1)) : host === pattern;

  // "*" is any run of characters but "/", "**" any run at all; the whole path must match.
  const SPECIAL = ".+?^${}()|[]\\/";
  function pathPattern(glob) {
    let source = "^";
    for (let index = 0; index < glob.length; index += 1) {
      const char = glob[index];
      if (char === "*" && glob[index + 1] === "*") {
        source += ".*";
        index += 1;
      } else if (char === "*") {
        source += "[^/]*";
      } else {
        source += call(indexOf, SPECIAL, char) >= 0 ? `\\${char}` : char;
      }
    }
    return new RegExpCtor(`${source}$`);
  }

  function compileRules(list, checkHost) {
    const compiled = [];
    if (!isArray(list)) return compiled;
    for (let index = 0; index < list.length; index += 1) {
      const rule = list[index];
      if (typeof rule?.site !== "string" || typeof rule?.url !== "string") continue;
      if (checkHost && !(isArray(rule.hosts) && rule.hosts.some((pattern) => hostMatches(pattern, location.hostname)))) continue;
      call(arrayPush, compiled, { site: rule.site, test: pathPattern(rule.url) });
    }
    return compiled;
  }

  let rules = compileRules(win[RULES_GLOBAL], true);
  delete win[RULES_GLOBAL];

  function ruleFor(url) {
    let path;
    try {
      path = call(urlPathname, new URLCtor(asString(url), location.href));
    } catch {
      return null;
    }
    for (let index = 0; index < rules.length; index += 1) {
      if (call(regexpExec, rules[index].test, path) !== null) return rules[index];
    }
    return null;
  }

  // ---- The private channel to the content script. ----
  const channel = new MessageChannelCtor();
  const port = channel.port1;
  const waiting = new MapCtor(); // request id -> resolve
  let nextId = 1;
  // The content script (listed first in the manifest) is already listening; it cancels the event
  // to say it took the port. Nobody else can have heard it: no page script has run yet.
  const connected = !call(dispatchEvent, win, new MessageEventCtor(CHANNEL_EVENT, { ports: [channel.port2], cancelable: true }));

  call(addEventListener, port, "message", (event) => {
    const message = call(messageData, event);
    if (message?.type === "rules") {
      rules = compileRules(message.rules, false);
    } else if (message?.type === "verdict") {
      const resolve = call(mapGet, waiting, message.id);
      call(mapDelete, waiting, message.id);
      resolve?.(message);
    }
  });
  call(portStart, port);

  /** Resolves with {action: "send"|"block", body?} from the content script. */
  function ask(rule, url, transport, read) {
    if (!connected) return resolvedWith({ action: "block" }); // no guard to ask: never a silent pass
    return new PromiseCtor((resolve) => {
      const id = nextId;
      nextId += 1;
      call(mapSet, waiting, id, resolve);
      call(portPost, port, { type: "check", id, site: rule.site, url: asString(url), transport, body: read.text, rewritable: read.rewritable });
    });
  }

  // ---- Reading a body as text (what the content script parses). ----
  function readBody(body) {
    if (body === null || body === undefined) return resolvedWith(null);
    if (typeof body === "string") return resolvedWith({ text: body, rewritable: true });
    if (body instanceof URLSearchParamsCtor) return resolvedWith({ text: call(searchParamsString, body), rewritable: true });
    if (body instanceof FormDataCtor) {
      const fields = new URLSearchParamsCtor();
      for (const [name, value] of call(formDataEntries, body)) if (typeof value === "string") fields.append(name, value);
      return resolvedWith({ text: call(searchParamsString, fields), rewritable: false });
    }
    if (body instanceof BlobCtor) return then(call(blobText, body), (text) => ({ text, rewritable: false }));
    if (body instanceof ArrayBufferCtor || isView(body)) return resolvedWith({ text: call(decode, decoder, body), rewritable: false });
    return resolvedWith(null); // a stream: it cannot be read without consuming it
  }

  // A rewritten body keeps the original's kind, so the browser sets the same Content-Type.
  const rewrittenLike = (original, text) => (original instanceof URLSearchParamsCtor ? new URLSearchParamsCtor(text) : text);

  // Holds `body` for `url`; calls send(bodyToSend) or refuse() once the content script answers.
  function hold(url, transport, body, send, refuse) {
    const rule = ruleFor(url);
    if (!rule) return false;
    const decided = then(readBody(body), (read) => (read ? ask(rule, url, transport, read) : { action: "send" }));
    then(
      decided,
      (verdict) => (verdict.action === "send" ? send(typeof verdict.body === "string" ? rewrittenLike(body, verdict.body) : body) : refuse()),
      () => refuse(),
    );
    return true;
  }

  // ---- fetch ----
  const originalFetch = win.fetch;
  function fetch(input, init) {
    const self = this;
    const isRequest = input instanceof RequestCtor;
    const url = isRequest ? call(requestUrl, input) : input;
    if (!ruleFor(url)) return apply(originalFetch, self, arguments);
    const initBody = init?.body ?? null;
    const inRequest = initBody === null && isRequest;
    const body = inRequest
      ? then(call(requestText, call(requestClone, input)), (text) => text || null, () => null)
      : resolvedWith(initBody);
    return then(body, (found) => new PromiseCtor((resolve, reject) => {
      const go = (sent) => {
        let request = input;
        let options = init;
        if (sent !== found && inRequest) request = new RequestCtor(input, { body: sent });
        else if (sent !== found) options = { ...init, body: sent };
        then(apply(originalFetch, self, [request, options]), resolve, reject);
      };
      const refuse = () => reject(new TypeErrorCtor("Failed to fetch: held back by GenAI Guard"));
      if (!hold(url, "fetch", found, go, refuse)) go(found);
    }));
  }
  defineProperty(win, "fetch", { ...descriptorOf(win, "fetch"), value: fetch });

  // ---- XMLHttpRequest ----
  const xhrProto = XMLHttpRequest.prototype;
  const originalOpen = xhrProto.open;
  const originalSend = xhrProto.send;
  const opened = new WeakMapCtor(); // xhr -> {url, async}

  function failLikeTheNetwork(xhr) {
    defineProperty(xhr, "readyState", { value: 4, configurable: true });
    defineProperty(xhr, "status", { value: 0, configurable: true });
    for (const type of ["readystatechange", "error", "loadend"]) call(dispatchEvent, xhr, new ProgressEventCtor(type));
  }

  xhrProto.open = function open(method, url, async) {
    call(weakSet, opened, this, { url, async: arguments.length < 3 || Boolean(async) });
    return apply(originalOpen, this, arguments);
  };
  xhrProto.send = function send(body) {
    const xhr = this;
    const state = call(weakGet, opened, xhr);
    if (!state || body === undefined || body === null || !ruleFor(state.url)) return apply(originalSend, xhr, arguments);
    if (!state.async) throw new DOMException("GenAI Guard holds synchronous requests to this endpoint", "NetworkError");
    call(weakDelete, opened, xhr);
    hold(
      state.url,
      "xhr",
      body,
      (sent) => {
        try {
          call(originalSend, xhr, sent);
        } catch {
          // aborted while it was held: nothing to send
        }
      },
      () => failLikeTheNetwork(xhr),
    );
    return undefined;
  };

  // ---- WebSocket: frames on one socket keep their order while one of them is held. ----
  // A class the page installs as window.WebSocket later (a wrapper, a mock) is guarded too.
  const nativeSocketUrl = descriptorOf(WebSocket.prototype, "url")?.get;
  const queues = new WeakMapCtor(); // socket -> {frames: [{data, send}], busy}
  const guardedSocketProtos = new WeakMapCtor();

  function socketUrlOf(socket) {
    try {
      return call(nativeSocketUrl, socket);
    } catch {
      return socket.url; // the page's own class
    }
  }

  function drain(socket, queue) {
    if (queue.busy) return;
    const frame = queue.frames[0];
    if (!frame) {
      call(weakDelete, queues, socket);
      return;
    }
    queue.busy = true;
    const next = () => {
      call(arraySplice, queue.frames, 0, 1);
      queue.busy = false;
      drain(socket, queue);
    };
    const send = (data) => {
      try {
        call(frame.send, socket, data);
      } catch {
        // closed while it was held
      }
      next();
    };
    if (!hold(socketUrlOf(socket), "websocket", frame.data, send, next)) send(frame.data);
  }

  function guardSocketClass(SocketClass) {
    const proto = SocketClass?.prototype;
    const originalSocketSend = proto?.send;
    if (typeof originalSocketSend !== "function" || call(weakGet, guardedSocketProtos, proto)) return;
    call(weakSet, guardedSocketProtos, proto, true);
    defineProperty(proto, "send", {
      value: function send(data) {
        const queue = call(weakGet, queues, this);
        if (!queue && !ruleFor(socketUrlOf(this))) return apply(originalSocketSend, this, arguments);
        const current = queue ?? { frames: [], busy: false };
        call(weakSet, queues, this, current);
        call(arrayPush, current.frames, { data, send: originalSocketSend });
        drain(this, current);
        return undefined;
      },
      writable: true,
      configurable: true,
    });
  }

  let socketClass = win.WebSocket;
  guardSocketClass(socketClass);
  defineProperty(win, "WebSocket", {
    get: () => socketClass,
    set: (value) => {
      guardSocketClass(value);
      socketClass = value;
    },
    configurable: true,
  });

  // ---- navigator.sendBeacon: queued by the browser anyway, so "true" now and sent once allowed. ----
  const navigatorProto = Navigator.prototype;
  const originalBeacon = navigatorProto.sendBeacon;
  navigatorProto.sendBeacon = function sendBeacon(url, data) {
    const self = this;
    if (data === undefined || data === null) return apply(originalBeacon, self, arguments);
    const held = hold(url, "beacon", data, (sent) => call(originalBeacon, self, url, sent), () => {});
    return held ? true : apply(originalBeacon, self, arguments);
  };

  // ---- File inputs the site creates and clicks without adding them to the document (Gemini). ----
  // Their change event never reaches the window, so the content script is told to watch them.
  const inputProto = HTMLInputElement.prototype;
  const originalClick = HTMLElement.prototype.click;
  const originalShowPicker = inputProto.showPicker;
  const announce = (input) => {
    if (call(inputType, input) === "file") call(dispatchEvent, win, new MouseEventCtor(FILE_INPUT_EVENT, { relatedTarget: input }));
  };
  defineProperty(inputProto, "click", {
    value: function click() {
      announce(this);
      return apply(originalClick, this, arguments);
    },
    writable: true,
    configurable: true,
  });
  if (originalShowPicker) {
    inputProto.showPicker = function showPicker() {
      announce(this);
      return apply(originalShowPicker, this, arguments);
    };
  }
})();
