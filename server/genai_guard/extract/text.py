"""Plain text (.txt, .md and anything else that decodes as text): one part per non-blank line."""

from __future__ import annotations

import codecs

from genai_guard.extract.base import Limits, Part, PartCollector, Unreadable

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\r", "\f", "\v", "\x1a"}


def decode(data: bytes) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM, else Windows-1252 as Office and Notepad save it.

    Binary data is refused rather than checked as mojibake, which would look clean.
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding:
        text = data.decode(encoding, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if looks_binary(text):
        raise Unreadable("unsupported_type", "This file is not text or a document type GenAI Guard can read.")
    return text


def looks_binary(text: str) -> bool:
    """NUL bytes, or more than 1 in 20 of the first 4,000 characters being control characters."""
    sample = text[:4000]
    if "\x00" in sample:
        return True
    controls = sum(1 for char in sample if char in _CONTROL)
    return controls * 20 > len(sample)


def lines(text: str, limits: Limits) -> list[Part]:
    collector = PartCollector(limits)
    for number, line in enumerate(text.splitlines(), 1):
        collector.add(line, f"line {number}")
    return collector.parts


def extract(data: bytes, limits: Limits | None = None) -> list[Part]:
    return lines(decode(data), limits or Limits())
