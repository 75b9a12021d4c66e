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

function headlineFor(result, source) {
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
    const key = `${label}|${preview}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const explanation = explanations.get(finding.entity_type);
    explanations.delete(finding.entity_type); // explain each type once
    items.push(
      el(
        "li",
        {},
        el("span", { class: "finding-label", text: label }),
        preview ? [" ", el("span", { class: "preview", text: preview })] : el("span", { class: "note", text: " (not shown)" }),
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

/** Shows what was found; resolves with {action, reason} once the person chooses. */
export function showFindingsDialog({ text, scan, entities }) {
  const { result, policy, source } = scan;
  const canOverride = Boolean(policy?.overrides?.[result.decision]);
  const canRedact = typeof result.redacted_text === "string" && result.redacted_text !== text;

  return openModal({
    variant: result.decision === DECISIONS.BLOCK ? "block" : "warn",
    titleText: headlineFor(result, source),
    buildBody: () => [
      source === "degraded"
        ? el("p", { class: "note", text: "GenAI Guard's service isn't running, so a simpler check on this computer was used." })
        : null,
      el("p", { text: "Nothing has been sent yet. This message contains:" }),
      el("ul", { class: "findings" }, findingItems(text, result, entities)),
      guidanceList("What to do", result.guidance?.what_to_do),
      guidanceList("Why this matters", result.guidance?.why, { collapsed: true }),
      organisationBlock(result.guidance?.organisation ?? policy?.organisation),
    ],
    buildActions: (close, root) => {
      const sendAnyway = el("button", { type: "button", "data-action": ACTIONS.SEND_ANYWAY, disabled: true, text: "Send anyway" });
      const buttons = [
        el("button", { type: "button", "data-action": ACTIONS.EDIT, text: "Edit" }),
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
      const reasons = el(
        "fieldset",
        {},
        el("legend", { text: "To send anyway, choose a reason" }),
        policy.override_reasons.map((reason) => el("label", {}, el("input", { type: "radio", name: "gg-reason", value: reason.id }), el("span", { text: reason.text }))),
      );
      reasons.addEventListener("change", () => {
        sendAnyway.disabled = !root.querySelector("input[name='gg-reason']:checked");
      });
      return [reasons, ...buttons];
    },
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
