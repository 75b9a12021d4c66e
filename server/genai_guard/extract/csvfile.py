"""Comma-, semicolon- or tab-separated values: one part per row, cells joined by tabs."""

from __future__ import annotations

import csv
import io

from genai_guard.extract import text as plain
from genai_guard.extract.base import Limits, Part, PartCollector

_DELIMITERS = (",", ";", "\t", "|")


def _delimiter(first_line: str) -> str:
    """The separator used most on the first line (Excel in many locales writes semicolons)."""
    return max(_DELIMITERS, key=first_line.count)


def extract(data: bytes, limits: Limits | None = None) -> list[Part]:
    limits = limits or Limits()
    text = plain.decode(data)
    collector = PartCollector(limits)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.partition("\n")[0]))
    try:
        for number, row in enumerate(reader, 1):
            collector.add("\t".join(cell for cell in row if cell.strip()), f"row {number}")
    except csv.Error:
        # Malformed quoting or an oversized field: still text, so check it line by line.
        return plain.lines(text, limits)
    return collector.parts
