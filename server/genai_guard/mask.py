"""Masked previews of a finding, so people can see what was found without it being repeated."""

from __future__ import annotations

import re

_GROUP = re.compile(r"[^\s\-/]+")


def mask(value: str, style: str) -> str:
    """keep_first: "943 *** ****"; initials: "J. C."; hidden: a fixed number of dots."""
    if style == "keep_first":
        groups = list(_GROUP.finditer(value))
        if len(groups) > 1:
            first = groups[0]
            tail = re.sub(r"[^\s\-/]", "*", value[first.end() :])
            return value[: first.end()] + tail
        keep = min(3, max(1, len(value) // 4))
        return value[:keep] + "*" * (len(value) - keep)
    if style == "initials":
        return " ".join(word[0].upper() + "." for word in value.split() if word)
    return "•••"
