"""Replace every finding with a numbered placeholder that stays the same for the same value."""

from __future__ import annotations

import re

from genai_guard.entities import Catalogue
from genai_guard.findings import Finding

_NOT_ALNUM = re.compile(r"[\W_]+")


def _value_key(value: str) -> str:
    """Spacing and case do not make a different person or number ("943 476 5919" = "9434765919")."""
    return _NOT_ALNUM.sub("", value.casefold())


def redact(text: str, findings: list[Finding], catalogue: Catalogue) -> str:
    numbers: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    pieces: list[str] = []
    position = 0
    for finding in sorted(findings):
        if finding.start < position:
            continue
        placeholder = catalogue[finding.entity_type].placeholder
        key = (placeholder, _value_key(text[finding.start : finding.end]))
        if key not in numbers:
            counters[placeholder] = counters.get(placeholder, 0) + 1
            numbers[key] = counters[placeholder]
        pieces.append(text[position : finding.start])
        pieces.append(f"[{placeholder} {numbers[key]}]")
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)
