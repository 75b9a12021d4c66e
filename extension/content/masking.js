// Masked previews of what was found, computed here from the text and the finding's offsets
// so the service never has to send identifiers back: "NHS number 943 *** ****".

import { sliceByCodePoints } from "../shared/text-offsets.js";

const SEPARATOR = /[\s\-/.]+/;

function keepFirstGroup(value) {
  const groups = value.split(SEPARATOR).filter(Boolean);
  if (groups.length > 1) {
    const first = value.indexOf(groups[0]) + groups[0].length;
    return value.slice(0, first) + value.slice(first).replace(/[0-9A-Za-z]/g, "*");
  }
  const visible = Math.min(3, Math.ceil(value.length / 3));
  return value.slice(0, visible) + value.slice(visible).replace(/[^\s]/g, "*");
}

function initials(value) {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0].toUpperCase()}.`)
    .join(" ");
}

const MASKS = {
  keep_first: keepFirstGroup,
  initials,
  hidden: () => null,
};

/** The preview string for one finding, or null when its kind is never shown. */
export function maskedPreview(text, finding, entities) {
  const kind = entities?.[finding.entity_type]?.mask ?? "hidden";
  const value = sliceByCodePoints(text, finding.start, finding.end).trim();
  if (!value) return null;
  return (MASKS[kind] ?? MASKS.hidden)(value);
}

export function entityCounts(findings) {
  const counts = {};
  for (const finding of findings) counts[finding.entity_type] = (counts[finding.entity_type] ?? 0) + 1;
  return counts;
}
