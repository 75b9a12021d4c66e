// The dialog a person sees when a message is held back. It lives in a closed Shadow DOM,
// is a proper ARIA dialog (modal, labelled, described), traps focus, and Esc cancels.
// Nothing from the prompt appears in it except masked previews of what was found.

import { ACTIONS, DECISIONS } from "../shared/constants.js";
import { DIALOG_CSS } from "./dialog-styles.js";
import { createShadowHost, el } from "./dom.js";
import { maskedPreview } from "./masking.js";

const FOCUSABLE = "button:not([disabled]), a[href], input:not([disabled]), summary";

function openModal({ variant, titleText, buildBody, buildActions }) {
  return new Promise((resolve) => {
    const { host, root } = createShadowHost("genai-guard-dialog", DIALOG_CSS);
    const previouslyFocused = document.activeElement;
    let closed = false;

    function close(result) {
      if (closed) return;
      closed = true;
      document.removeEventListener("focusin", keepFocusInside, true);
      host.remove();
      if (previouslyFocused instanceof HTMLElement && previouslyFocused.isConnected) previouslyFocused.focus();
      resolve(result);
    }

    const title = el("h2", { id: "gg-title", text: titleText });
    // Title and buttons stay in view; only the body scrolls (at 200% zoom it has to).
    const body = el("div", { id: "gg-body", class: "body" }, buildBody());
    const built = buildActions(close, root);
    body.append(...built.filter((node) => node.tagName !== "BUTTON"));
    const actions = el("div", { class: "actions" }, built.filter((node) => node.tagName === "BUTTON"));
    const panel = el(
      "div",
      { class: `panel ${variant}`, role: "dialog", "aria-modal": "true", "aria-labelledby": "gg-title", "aria-describedby": "gg-body" },
      title,
      body,
      actions,
    );
    root.append(el("div", { class: "backdrop" }, panel));

    const focusables = () => [...root.querySelectorAll(FOCUSABLE)];
    root.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        close({ action: ACTIONS.CANCEL });
      } else if (event.key === "Tab") {
        const items = focusables();
        const first = items[0];
        const last = items[items.length - 1];
        if (event.shiftKey && root.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && root.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    });

    // Sites like to pull focus back to their composer; keep it in the dialog while it is open.
    function keepFocusInside(event) {
      if (event.target !== host) actions.querySelector("button")?.focus();
    }
    document.addEventListener("focusin", keepFocusInside, true);
    actions.querySelector("button")?.focus();
  });
}

function headlineFor(result, source, subject) {
  if (subject?.kind === "file") {
    return result.decision === DECISIONS.BLOCK ? "This file contains personal data and hasn't been uploaded" : "Check this file before you upload it";
  }
  if (result.guidance?.headline) return result.guidance.headline;
  if (source === "degraded") return "This message looks like it contains personal data";
  return result.decision === DECISIONS.BLOCK
    ? "This message contains personal data and hasn't been sent"
    : "Check this message before you send it";
}

function findingItems(text, result, entities) {
  const explanations = new Map((result.guidance?.findings ?? []).map((g) => [g.entity_type, g]));
  const seen = new Set();
  const items = [];
  for (const finding of result.findings) {
    const label = entities?.[finding.entity_type]?.label ?? finding.label ?? finding.entity_type;
    const preview = maskedPreview(text, finding, entities);
    const key = `${label}|${preview}|${finding.location ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const explanation = explanations.get(finding.entity_type);
    explanations.delete(finding.entity_type); // explain each type once
    let shown = el("span", { class: "note", text: " (not shown)" });
    if (preview) shown = [" ", el("span", { class: "preview", text: preview })];
    else if (!text) shown = null; // a file's findings: the extension never has its text
    items.push(
      el(
        "li",
        {},
        el("span", { class: "finding-label", text: label }),
        shown,
        finding.location ? el("span", { class: "note", text: ` (${finding.location})` }) : null,
        explanation?.explanation ? el("div", { class: "explanation", text: explanation.explanation }) : null,
      ),
    );
  }
  return items;
}

function guidanceList(heading, entries, { collapsed = false } = {}) {
  if (!entries?.length) return null;
  const list = el(
    "ul",
    {},
    entries.map((entry) => el("li", {}, entry.text, entry.source ? el("div", { class: "source", text: `Source: ${entry.source}` }) : null)),
  );
  // Long background reading is one click away so the findings and choices stay short.
  if (collapsed) return el("details", {}, el("summary", { text: heading }), list);
  return [el("h3", { text: heading }), list];
}

// The service's organisation details, with the policy's (IT's managed contacts over the
// service's) winning wherever they are filled in.
function mergeOrganisation(fromService, fromPolicy) {
  if (!fromService && !fromPolicy) return null;
  const filled = Object.entries(fromPolicy ?? {}).filter(
    ([, value]) => value !== null && value !== "" && !(Array.isArray(value) && !value.length),
  );
  return { ...(fromService ?? {}), ...Object.fromEntries(filled) };
}

function organisationBlock(organisation) {
  if (!organisation) return null;
  const parts = [];
  if (organisation.policy_url) {
    parts.push(el("p", {}, "Your organisation's policy: ", el("a", { href: organisation.policy_url, target: "_blank", rel: "noopener", text: organisation.policy_url })));
  }
  if (organisation.dpo_contact) parts.push(el("p", { text: `Data protection officer: ${organisation.dpo_contact}` }));
  if (organisation.approved_tools?.length) parts.push(el("p", { text: `Approved tools: ${organisation.approved_tools.join(", ")}` }));
  return parts;
}

// What is being held back: a composer's message (the default), a request the site sent by
// itself that the network backstop caught, or a file on its way to the site.
const SUBJECTS = {
  message: { intro: () => "Nothing has been sent yet. This message contains:", edit: true, redact: true, verb: "send" },
  request: {
    intro: () => "The site tried to send a message GenAI Guard hadn't checked. Nothing has been sent yet. It contains:",
    edit: false,
    redact: true,
    verb: "send",
  },
  file: { intro: (subject) => `Nothing has been uploaded yet. The file ${subject.name} contains:`, edit: false, redact: false, verb: "upload" },
};

const capitalised = (word) => word[0].toUpperCase() + word.slice(1);

/**
 * The choice buttons: Edit (composer only), Replace with placeholders, <Verb> anyway with a
 * reason (where policy allows it), Cancel. Returns the nodes buildActions wants.
 */
function choiceActions(close, root, { verb, canEdit, canRedact, canOverride, reasons }) {
  const sendAnyway = el("button", { type: "button", "data-action": ACTIONS.SEND_ANYWAY, disabled: true, text: `${capitalised(verb)} anyway` });
  const buttons = [
    canEdit ? el("button", { type: "button", "data-action": ACTIONS.EDIT, text: "Edit" }) : null,
    canRedact ? el("button", { type: "button", class: "primary", "data-action": ACTIONS.REDACT_SEND, text: "Replace with placeholders and send" }) : null,
    canOverride ? sendAnyway : null,
    el("button", { type: "button", "data-action": ACTIONS.CANCEL, text: "Cancel" }),
  ].filter(Boolean);
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const reason = root.querySelector("input[name='gg-reason']:checked")?.value ?? null;
      close({ action: button.dataset.action, reason });
    });
  }
  if (!canOverride) return buttons;
  // The reasons end the body, before the buttons: choose a reason, then send.
  const fieldset = el(
    "fieldset",
    {},
    el("legend", { text: `To ${verb} anyway, choose a reason` }),
    reasons.map((reason) => el("label", {}, el("input", { type: "radio", name: "gg-reason", value: reason.id }), el("span", { text: reason.text }))),
  );
  fieldset.addEventListener("change", () => {
    sendAnyway.disabled = !root.querySelector("input[name='gg-reason']:checked");
  });
  return [fieldset, ...buttons];
}

/**
 * Shows what was found; resolves with {action, reason} once the person chooses.
 * `subject`: null for a composer's message, {kind: "request", rewritable} for a request the
 * backstop held, {kind: "file", name} for a file (its findings carry a `location`).
 */
export function showFindingsDialog({ text, scan, entities, subject = null }) {
  const { result, policy, source } = scan;
  const wording = SUBJECTS[subject?.kind ?? "message"];
  const canOverride = Boolean(policy?.overrides?.[result.decision]);
  const canRedact =
    wording.redact && subject?.rewritable !== false && typeof result.redacted_text === "string" && result.redacted_text !== text;

  return openModal({
    variant: result.decision === DECISIONS.BLOCK ? "block" : "warn",
    titleText: headlineFor(result, source, subject),
    buildBody: () => [
      source === "degraded"
        ? el("p", { class: "note", text: "GenAI Guard's service isn't running, so a simpler check on this computer was used." })
        : null,
      el("p", { text: wording.intro(subject) }),
      el("ul", { class: "findings" }, findingItems(text, result, entities)),
      guidanceList("What to do", result.guidance?.what_to_do),
      guidanceList("Why this matters", result.guidance?.why, { collapsed: true }),
      organisationBlock(mergeOrganisation(result.guidance?.organisation, policy?.organisation)),
    ],
    buildActions: (close, root) =>
      choiceActions(close, root, { verb: wording.verb, canEdit: wording.edit, canRedact, canOverride, reasons: policy?.override_reasons ?? [] }),
  });
}

// Why a file could not be checked, by the service's reason code.
const UNREADABLE_REASONS = {
  image: "It's an image, and GenAI Guard can't read text in pictures.",
  encrypted: "It's protected with a password, so GenAI Guard couldn't open it.",
  no_text: "It has no text GenAI Guard can read (a scanned document is a picture of text).",
  corrupt: "GenAI Guard couldn't open it: it may be damaged, or not the kind of file its name says.",
  unsupported_type: "GenAI Guard can't read this kind of file.",
  too_large: "It's larger than GenAI Guard can check (10 MB).",
  service_unavailable: "GenAI Guard's service isn't running, so it couldn't be checked.",
};

/**
 * A file the service could not read is never treated as clean. `mode` "block": it is not
 * uploaded; "warn": it may be uploaded anyway with a reason. Resolves with {action, reason}.
 */
export function showUnreadableFileDialog({ name, reason, mode, policy }) {
  const warn = mode === "warn";
  return openModal({
    variant: warn ? "warn" : "block",
    titleText: "GenAI Guard couldn't check this file",
    buildBody: () => [
      el("p", { text: `Nothing has been uploaded yet. ${name}: ${UNREADABLE_REASONS[reason] ?? UNREADABLE_REASONS.unsupported_type}` }),
      el("p", {
        text: warn
          ? "Upload it only if you're sure it holds no personal data, or share a version GenAI Guard can read."
          : "Your organisation doesn't allow uploading files that couldn't be checked. Share a version GenAI Guard can read.",
      }),
      organisationBlock(policy?.organisation),
    ],
    buildActions: (close, root) =>
      choiceActions(close, root, { verb: "upload", canEdit: false, canRedact: false, canOverride: warn, reasons: policy?.override_reasons ?? [] }),
  });
}

/** Fail-closed: the service could not be asked. Resolves with retry, edit or cancel. */
export function showUnavailableDialog({ failure, siteName }) {
  const why = failure?.kind === "timeout" ? "It didn't answer in time" : "It couldn't be reached on this computer";
  return openModal({
    variant: "unavailable",
    titleText: "GenAI Guard isn't running",
    buildBody: () => [
      el("p", { text: `Nothing has been sent to ${siteName}. GenAI Guard checks messages for personal data before they leave, and ${why.toLowerCase()}.` }),
      el("p", {}, "Start it with ", el("code", { text: failure?.start_command ?? "genai-guard serve" }), ", then choose Retry."),
      el("p", { class: "note", text: "If this keeps happening, contact your IT service desk." }),
    ],
    buildActions: (close) =>
      [
        ["retry", "Retry", "primary"],
        [ACTIONS.EDIT, "Edit", ""],
        [ACTIONS.CANCEL, "Cancel", ""],
      ].map(([action, label, cls]) => {
        const button = el("button", { type: "button", class: cls || null, "data-action": action, text: label });
        button.addEventListener("click", () => close({ action }));
        return button;
      }),
  });
}
