"""Split long texts into overlapping pieces so analysis time grows with length, not faster.

Several steps inside Presidio compare every result with every other, so a 100,000-character
paste analysed in one piece costs far more than twenty 5,000-character pieces. Each piece owns a
core stretch and reads `overlap` characters either side of it, so anything shorter than the
overlap that crosses a boundary is seen whole by the piece whose core it starts in, with its
context words. Boundaries fall on a paragraph, sentence or word break near the ideal place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


@dataclass(frozen=True)
class Chunk:
    start: int  # what the piece reads
    end: int
    core_start: int  # what the piece owns: results starting here belong to it
    core_end: int


def _boundary(text: str, ideal: int, slack: int) -> int:
    """A break close before `ideal`: paragraph first, then sentence, then any whitespace."""
    low = max(ideal - slack, 0)
    for pattern in BREAKS:
        found = [m.end() for m in pattern.finditer(text, low, ideal)]
        if found:
            return found[-1]
    return ideal


def chunks(text: str, size: int, overlap: int) -> list[Chunk]:
    if len(text) <= size + overlap:
        return [Chunk(0, len(text), 0, len(text))]
    cores = [0]
    while len(text) - cores[-1] > size + overlap:
        cores.append(_boundary(text, cores[-1] + size, size // 4))
    cores.append(len(text))
    return [
        Chunk(max(0, begin - overlap), min(len(text), end + overlap), begin, end)
        for begin, end in pairwise(cores)
    ]
