"""The term-list matcher: whole words, longest first, offsets in the original text."""

from __future__ import annotations

import pytest

from genai_guard.recognizers.term_list import TermMatcher


def found(terms: list[str], text: str, group: str | None = "value") -> list[str]:
    return [text[slice(*m.span(group))] for m in TermMatcher(terms).finditer(text)]


def test_longest_term_wins_and_case_is_ignored() -> None:
    assert found(["diabetes", "type 1 diabetes"], "Mum has Type 1 Diabetes.") == ["Type 1 Diabetes"]


def test_whole_words_only() -> None:
    assert found(["ms", "hiv"], "terms, MS, hivemind, HIV") == ["MS", "HIV"]
    assert found(["ms"], "ms-word, o'ms, ms_x") == []


def test_shorter_term_when_the_longer_one_runs_into_a_word() -> None:
    assert found(["self harm", "self harming"], "self harmingly") == []
    assert found(["epilepsy", "epilepsy nurse"], "epilepsy nurses") == ["epilepsy"]


def test_possessive_follows_but_stays_out_of_the_value() -> None:
    assert found(["bowlby"], "Bowlby's theory and Bowlby’s critics") == ["Bowlby", "Bowlby"]
    assert found(["bowlby"], "Bowlby's theory", group=None) == ["Bowlby's"]
    assert found(["bowlby"], "Bowlby'sx") == []


def test_any_run_of_spaces_matches_a_space_and_offsets_map_back() -> None:
    text = "x  y\n\n  type 1 \t diabetes   and   sickle cell"
    assert found(["type 1 diabetes", "sickle cell"], text) == ["type 1 \t diabetes", "sickle cell"]


def test_curly_and_straight_apostrophes_match_each_other() -> None:
    assert found(["crohn's disease"], "Crohn’s disease") == ["Crohn’s disease"]


def test_letters_whose_lower_case_is_longer_keep_offsets() -> None:
    assert found(["adhd"], "İİ ADHD İ adhd") == ["ADHD", "adhd"]


def test_matches_do_not_overlap() -> None:
    assert found(["care leaver", "leaver support"], "care leaver support") == ["care leaver"]


def test_an_empty_list_is_refused() -> None:
    with pytest.raises(ValueError):
        TermMatcher(["  ", ""])


def test_a_single_newline_or_tab_between_words_matches_a_space() -> None:
    text = "on the sex offenders\nregister; type 1\tdiabetes"
    assert found(["sex offenders register", "type 1 diabetes"], text) == [
        "sex offenders\nregister",
        "type 1\tdiabetes",
    ]
