// One generic adapter driven by sites.json data. It answers, at event time (sites rebuild
// their composers, so nothing is cached): is this event a submission from a guarded composer,
// where is its send control, and how is its text read and written.

import { REPLAY } from "../shared/constants.js";
import { readComposerText, sameText } from "./editor-text.js";
import { writeComposerText } from "./editor-writers.js";
import { waitFor } from "./wait.js";

// A site entry has a main surface (its composer) and optionally an edit-message surface.
function surfacesOf(site) {
  const main = {
    kind: "composer",
    composers: site.composers ?? [],
    send: site.send ?? [],
    keys: { enter: true, mod_enter: true, ...(site.keys ?? {}) },
    replay: site.replay ?? "click",
  };
  const surfaces = [main];
  if (site.edit_message) {
    const edit = site.edit_message;
    surfaces.push({
      kind: "edit-message",
      composers: edit.composers ?? [],
      send: edit.send ?? [],
      keys: { ...main.keys, ...(edit.keys ?? {}) },
      replay: edit.replay ?? main.replay,
    });
  }
  return surfaces;
}

function safeClosest(node, selector) {
  try {
    return node.closest(selector);
  } catch {
    return null; // a broken selector from data must not break the page
  }
}

function safeQuery(root, selector) {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

const elementOf = (node) => (node instanceof Element ? node : node?.parentElement ?? null);

// Walks up from `start`, returning the first match of any selector found inside an ancestor:
// the composer and its send control share the nearest such container.
function nearestInAncestors(start, selectors) {
  for (let node = start; node; node = node.parentElement) {
    for (const selector of selectors) {
      const found = safeQuery(node, selector);
      if (found) return found;
    }
  }
  return null;
}

export function isControlEnabled(control) {
  return Boolean(control) && control.isConnected && !control.disabled && control.getAttribute("aria-disabled") !== "true";
}

export function createSiteAdapter(sites) {
  const entries = sites.flatMap((site) => surfacesOf(site).map((surface) => ({ site, surface })));

  const hitFor = (site, surface, composerEntry, composer, control = null) => ({
    site,
    surface,
    editor: composerEntry.editor,
    composerSelector: composerEntry.selector,
    composer,
    control,
  });

  /** The composer that contains `node` (focus target of a key event), or null. */
  function hitForComposerNode(node) {
    const element = elementOf(node);
    if (!element) return null;
    for (const { site, surface } of entries) {
      for (const entry of surface.composers) {
        const composer = safeClosest(element, entry.selector);
        if (composer) return hitFor(site, surface, entry, composer);
      }
    }
    return null;
  }

  /** The send control that `node` is part of, with the composer it sends. */
  function hitForSendNode(node) {
    const element = elementOf(node);
    if (!element) return null;
    for (const { site, surface } of entries) {
      for (const sendSelector of surface.send) {
        const control = safeClosest(element, sendSelector);
        if (!control) continue;
        for (const entry of surface.composers) {
          const composer = nearestInAncestors(control, [entry.selector]);
          if (composer) return hitFor(site, surface, entry, composer, control);
        }
      }
    }
    return null;
  }

  /** A real form being submitted that holds a guarded composer. */
  function hitForForm(form) {
    for (const { site, surface } of entries) {
      for (const entry of surface.composers) {
        const composer = safeQuery(form, entry.selector);
        if (composer) return hitFor(site, surface, entry, composer);
      }
    }
    return null;
  }

  /** The composer element now: the one we saw, or its replacement if the site rebuilt it. */
  function currentComposer(hit) {
    if (hit.composer.isConnected) return hit.composer;
    return safeQuery(document, hit.composerSelector);
  }

  function findSendControl(hit) {
    const composer = currentComposer(hit);
    return composer ? nearestInAncestors(composer, hit.surface.send) : null;
  }

  function readText(hit) {
    const composer = currentComposer(hit);
    return composer ? readComposerText(composer) : "";
  }

  /**
   * Replaces the composer's text and reads it back; resolves true once the editor shows
   * `text`. Some editors (Lexical) render their update a microtask later, so the read-back
   * waits briefly for the DOM to settle instead of reading it at once.
   */
  async function writeText(hit, text) {
    const composer = currentComposer(hit);
    if (!composer) return false;
    writeComposerText(composer, hit.editor, text);
    const shows = () => {
      const now = currentComposer(hit);
      return Boolean(now) && sameText(readComposerText(now), text);
    };
    return Boolean(await waitFor(shows, REPLAY.WRITE_SETTLE_MS));
  }

  function focus(hit) {
    currentComposer(hit)?.focus();
  }

  function pageStatus() {
    return {
      sites: [...new Set(sites.map((site) => site.name))],
      composer_found: entries.some(({ surface }) => surface.composers.some((entry) => safeQuery(document, entry.selector))),
    };
  }

  return { hitForComposerNode, hitForSendNode, hitForForm, currentComposer, findSendControl, readText, writeText, focus, pageStatus };
}
