"""Special-category term lists and the public-names allowlist: clean, specific, one per category."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

PATTERNS = Path(__file__).resolve().parents[1] / "patterns"
TERMS_DIR = PATTERNS / "terms"
ENTITIES = yaml.safe_load((PATTERNS / "entities.yaml").read_text(encoding="utf-8"))
CATEGORIES = sorted(ENTITIES["categories"])

# Words that name a topic, not a fact about a person: a bare match would flag general questions
# such as "What does the Mental Health Act say?" or "How do I refer to the police?".
_STOP_WORDS = """
    mental health court police religion religious act section law legal care child children
    abuse neglect harm risk hospital doctor gp nurse medication medicine illness disability
    disabled sex sexual sexuality gender race ethnicity ethnic faith belief church crime offence
    prison probation drug drugs alcohol immigration asylum refugee visa union party vote strike
    assessment order support safeguarding trauma labour conservative prevent christian transition
    leaver aids send sen cp ms ed od crack charged arrest custody conviction convictions
"""
STOPLIST = set(_STOP_WORDS.split()) | {
    "mental health",
    "home office",
    "domestic abuse",
    "social care",
    "criminal record check",
}
# A term must start and end with a letter or digit, so whole-word matching works on both sides.
_EDGE = r"[0-9a-z\u00c0-\u024f]"
TERM_SHAPE = re.compile(rf"^{_EDGE}(?:[0-9a-z\u00c0-\u024f' ,/().-]*{_EDGE})?$")
MINIMUM_TERMS = {"health": 300}


def read_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, entry) for every non-comment line, as written (case and spacing kept)."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append((number, entry))
    return entries


def terms_of(category: str) -> list[str]:
    return [term for _, term in read_lines(TERMS_DIR / f"{category}.txt")]


def test_one_file_per_category_and_no_strays() -> None:
    files = sorted(p.stem for p in TERMS_DIR.glob("*.txt"))
    assert files == CATEGORIES


@pytest.mark.parametrize("category", CATEGORIES)
def test_terms_file_parses(category: str) -> None:
    path = TERMS_DIR / f"{category}.txt"
    path.read_text(encoding="utf-8")  # UTF-8, readable
    entries = read_lines(path)
    assert len(entries) >= MINIMUM_TERMS.get(category, 15), f"{path.name}: too few terms"
    for number, term in entries:
        assert TERM_SHAPE.match(term), f"{path.name}:{number}: odd characters in {term!r}"
        assert "  " not in term, f"{path.name}:{number}: double space in {term!r}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_terms_are_lower_case(category: str) -> None:
    for number, term in read_lines(TERMS_DIR / f"{category}.txt"):
        assert term == term.lower(), f"{category}.txt:{number}: {term!r} is not lower case"


@pytest.mark.parametrize("category", CATEGORIES)
def test_no_duplicates_in_a_file(category: str) -> None:
    terms = terms_of(category)
    duplicates = sorted({t for t in terms if terms.count(t) > 1})
    assert not duplicates, f"{category}.txt repeats {duplicates}"


def test_no_term_in_two_categories() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for category in CATEGORIES:
        for term in terms_of(category):
            if term in owner and owner[term] != category:
                clashes.append(f"{term!r} in {owner[term]} and {category}")
            owner.setdefault(term, category)
    assert not clashes


@pytest.mark.parametrize("category", CATEGORIES)
def test_no_bare_generic_words(category: str) -> None:
    generic = sorted(set(terms_of(category)) & STOPLIST)
    assert not generic, f"{category}.txt lists topic words {generic}"


def test_mental_health_act_detention_is_covered() -> None:
    health = set(terms_of("health"))
    for term in (
        "sectioned",
        "s2",
        "s3",
        "section 2 of the mha",
        "detained under the mental health act",
        "sertraline",
        "olanzapine",
        "methadone",
        "hiv",
        "self-harm",
        "overdose",
    ):
        assert term in health, term


def test_key_terms_per_category() -> None:
    expected = {
        "ethnic_origin": [
            "white british",
            "black caribbean",
            "gypsy roma traveller",
            "irish traveller",
            "mixed heritage",
            "british pakistani",
        ],
        "criminal_offence": [
            "on bail",
            "conditional caution",
            "sex offender register",
            "remanded",
            "youth offending",
        ],
        "immigration_status": [
            "asylum seeker",
            "nrpf",
            "no recourse to public funds",
            "overstayer",
            "refugee status",
            "leave to remain",
            "uasc",
        ],
    }
    for category, terms in expected.items():
        missing = set(terms) - set(terms_of(category))
        assert not missing, f"{category}.txt lacks {sorted(missing)}"


# --- public-record names -----------------------------------------------------------------------


PUBLIC_NAME_FILES = ("public_names.txt", "public_cases.txt")  # read together by the guard


def test_public_names_parse_without_duplicates() -> None:
    entries = [
        (f"{file}:{number}", name)
        for file in PUBLIC_NAME_FILES
        for number, name in read_lines(PATTERNS / file)
    ]
    names = [name.lower() for _, name in entries]
    assert len(names) >= 100
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert not duplicates, duplicates
    for where, name in entries:
        assert not name.isdigit(), where


def test_public_names_include_the_core_cases_and_theorists() -> None:
    names = {name.lower() for file in PUBLIC_NAME_FILES for _, name in read_lines(PATTERNS / file)}
    for name in (
        "Victoria Climbié",
        "Peter Connelly",
        "Baby P",
        "Arthur Labinjo-Hughes",
        "Star Hobson",
        "Daniel Pelka",
        "Khyra Ishaq",
        "Jasmine Beckford",
        "Maria Colwell",
        "Lord Laming",
        "Laming",
        "Eileen Munro",
        "Josh MacAlister",
        "Bowlby",
        "John Bowlby",
        "Ainsworth",
        "Maslow",
        "Bronfenbrenner",
        "Erikson",
        "Piaget",
        "Vygotsky",
        "Carl Rogers",
        "Lena Dominelli",
        "Jan Fook",
        "Gerard Egan",
        "Neil Thompson",
        "Donald Schön",
        "David Kolb",
        "Graham Gibbs",
        "Brid Featherstone",
        "Harry Ferguson",
    ):
        assert name.lower() in names, name
