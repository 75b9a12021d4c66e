// A small local detector used only when the service is unavailable and policy says "degraded".
// Its rules are generated at build time from the same patterns/ data the service uses
// (data/degraded-rules.json); checksums come from shared/validators.js.

import { DATA_FILES, DECISIONS } from "../shared/constants.js";
import { utf16ToCodePoint } from "../shared/text-offsets.js";
import { validate } from "../shared/validators.js";
import { readBundled } from "./bundled-data.js";

// How far before a match a context word raises its score (characters).
const CONTEXT_WINDOW = 60;
const CONTEXT_BOOST = 0.35;
const MIN_SCORE = 0.5;

function compile(rule) {
  // "d" gives the offsets of the named group `value` (the identifier without its label).
  // No "u" added: it makes some escapes that are fine in Python regexes a syntax error.
  const flags = [...new Set(`${rule.flags ?? ""}gd`.replace(/[^dgimsuy]/g, ""))].join("");
  return rule.patterns.map((pattern) => ({ ...pattern, re: new RegExp(pattern.regex, flags) }));
}

function hasContext(text, start, end, words) {
  if (!words?.length) return false;
  const around = text.slice(Math.max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW).toLowerCase();
  return words.some((word) => around.includes(word.toLowerCase()));
}

// The span of the identifier: the named group `value` when the pattern has one.
function spanOf(match) {
  const group = match.indices?.groups?.value;
  return group ? { start: group[0], end: group[1] } : { start: match.index, end: match.index + match[0].length };
}

function rawFindings(text, rules, labels) {
  const found = [];
  for (const rule of rules) {
    for (const pattern of compile(rule)) {
      for (const match of text.matchAll(pattern.re)) {
        const { start, end } = spanOf(match);
        const value = text.slice(start, end);
        if (!value) continue;
        if (hasContext(text, start, end, rule.negative_context)) continue;
        let score = pattern.score;
        if (rule.validator) {
          if (!validate(rule.validator, value)) continue;
          score = 1.0;
        }
        if (hasContext(text, start, end, rule.context)) score = Math.min(1, score + CONTEXT_BOOST);
        if (score < MIN_SCORE) continue;
        found.push({ entity_type: rule.entity_type, label: labels[rule.entity_type] ?? rule.entity_type, start, end, score });
      }
    }
  }
  return found;
}

// Overlapping matches: keep the highest score, then the longest.
function withoutOverlaps(findings) {
  const ranked = [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept = [];
  for (const finding of ranked) {
    if (!kept.some((k) => finding.start < k.end && k.start < finding.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function redact(text, findings, placeholders) {
  const numbering = new Map();
  let out = "";
  let cursor = 0;
  for (const finding of findings) {
    const value = text.slice(finding.start, finding.end);
    const word = placeholders[finding.entity_type] ?? finding.entity_type.replace(/_/g, " ");
    const key = `${finding.entity_type}\u0000${value}`;
    if (!numbering.has(key)) {
      const sameType = [...numbering.keys()].filter((k) => k.startsWith(`${finding.entity_type}\u0000`)).length;
      numbering.set(key, sameType + 1);
    }
    out += `${text.slice(cursor, finding.start)}[${word} ${numbering.get(key)}]`;
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}

/** Same shape as the service's /v1/analyze answer, offsets in code points like the service's. */
export async function detectLocally(text) {
  const started = performance.now();
  const [rules, entities] = await Promise.all([readBundled(DATA_FILES.DEGRADED_RULES), readBundled(DATA_FILES.ENTITIES)]);
  const known = Object.entries(entities.entities ?? {});
  const placeholders = Object.fromEntries(known.map(([type, e]) => [type, e.placeholder]));
  const labels = Object.fromEntries(known.map(([type, e]) => [type, e.label]));
  const findings = withoutOverlaps(rawFindings(text, rules, labels));
  return {
    decision: findings.length ? DECISIONS.BLOCK : DECISIONS.ALLOW,
    findings: findings.map((f) => ({
      ...f,
      start: utf16ToCodePoint(text, f.start),
      end: utf16ToCodePoint(text, f.end),
      score: Math.round(f.score * 1000) / 1000,
    })),
    guidance: null,
    redacted_text: redact(text, findings, placeholders),
    elapsed_ms: Math.round((performance.now() - started) * 100) / 100,
    reasons: findings.length ? ["degraded-local-detector"] : [],
  };
}
