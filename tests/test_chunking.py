"""Long texts are analysed in overlapping pieces; nothing is lost or found twice at the joins."""

from __future__ import annotations

import itertools

import pytest

from genai_guard.chunking import chunks
from genai_guard.guard import Guard


def test_short_text_is_one_piece() -> None:
    assert len(chunks("short text", 5_000, 200)) == 1


def test_pieces_cover_the_text_and_cores_do_not_overlap() -> None:
    text = ("A sentence about a visit. " * 40 + "\n\n") * 30
    pieces = chunks(text, 2_000, 200)
    assert pieces[0].core_start == 0 and pieces[-1].core_end == len(text)
    for before, after in itertools.pairwise(pieces):
        assert before.core_end == after.core_start
        assert after.start == after.core_start - 200
    assert all(p.end - p.start <= 2_000 + 2 * 200 + 1 for p in pieces)


@pytest.mark.parametrize("shift", range(0, 40, 7))
def test_identifier_across_a_join_is_found_once(guard: Guard, shift: int) -> None:
    filler = "Visit went well and the plan was agreed with the family today. "
    text = filler * 79 + "x" * shift + " NHS 943 476 5919 and " + filler * 20
    found = [f for f in guard.detector.detect(text) if f.entity_type == "UK_NHS"]
    assert [text[f.start : f.end] for f in found] == ["943 476 5919"]


def test_long_text_finds_what_each_part_holds(guard: Guard) -> None:
    part = "Seen mum Sarah Khan at home; NHS 943 476 5919; postcode LS6 2AB. "
    text = part * 400  # about 26,000 characters
    found = guard.detector.detect(text)
    assert sum(f.entity_type == "UK_NHS" for f in found) == 400
    assert sum(f.entity_type == "UK_POSTCODE" for f in found) == 400
