"""A pattern's `place` group is read against a gazetteer (patterns/small_places.txt)."""

from __future__ import annotations

import pytest

from genai_guard.recognizers.pattern_recognizer import CaseNotePatternRecognizer, CompiledPattern, place_key

CALLING = r"(?P<place>(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)*)) farmer"


def _recognizer(places: set[str]) -> CaseNotePatternRecognizer:
    return CaseNotePatternRecognizer(
        supported_entity="UNIQUE_DESCRIPTOR",
        patterns=[CompiledPattern("a farmer by place", CALLING, 0.6)],
        name="SmallPlaceTest",
        places=frozenset(place_key(place) for place in places),
    )


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Hay-on-Wye", "Hay on Wye"),
        ("Bishop’s Castle", "Bishops Castle"),
        ("St. Davids", "Saint Davids"),
        ("ST  IVES", "St Ives"),
    ],
)
def test_a_place_is_looked_up_however_its_name_is_written(written: str, listed: str) -> None:
    assert place_key(written) == place_key(listed)


def test_a_run_names_a_place_whole_or_before_words_such_as_post_office() -> None:
    recognizer = _recognizer({"Clun"})
    assert recognizer.names_a_place("Clun")
    assert recognizer.names_a_place("Clun Post Office")
    assert recognizer.names_a_place("Clun Castle")  # a landmark of the place, with few staff
    assert not recognizer.names_a_place("Clun Road")
    assert not recognizer.names_a_place("Kendal")


def test_a_run_that_goes_on_through_a_joining_word_names_the_place_before_it() -> None:
    recognizer = _recognizer({"Tobermory"})
    assert recognizer.names_a_place("Tobermory on Fridays")
    assert recognizer.names_a_place("Tobermory in May")
    assert not recognizer.names_a_place("Tobermory Road on Fridays")


def test_after_a_run_that_names_no_place_the_search_goes_on_from_the_next_character() -> None:
    text = "Yesterday Clun farmer rang; the Kendal farmer did not."
    found = _recognizer({"Clun"}).analyze(text, ["UNIQUE_DESCRIPTOR"])
    assert [text[f.start : f.end] for f in found] == ["Clun farmer"]


def test_a_place_group_with_no_places_to_read_it_against_is_refused() -> None:
    with pytest.raises(ValueError, match="lists no places"):
        _recognizer(set())
