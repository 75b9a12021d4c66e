"""The labelled corpus builds, validates, and has the shape the evaluation relies on."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from genai_guard.corpus import (
    CATEGORIES,
    ENTITY_TYPES,
    GENRES,
    CorpusError,
    Prompt,
    decide,
    iban_valid,
    load_corpus,
    luhn_valid,
    mod11_valid,
    parse_file,
    select_split,
    upn_valid,
    validate_corpus,
)

CORPUS_DIR = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def corpus() -> list[Prompt]:
    return load_corpus([CORPUS_DIR])


def test_corpus_validates() -> None:
    assert validate_corpus([CORPUS_DIR]) == []


def test_corpus_size_and_mix(corpus: list[Prompt]) -> None:
    assert len(corpus) >= 300
    kinds = Counter(p.kind for p in corpus)
    # prompts to stop and to pass in like measure: each side's rates rest on thousands of prompts
    assert 0.35 <= kinds["identifying"] / len(corpus) <= 0.65
    assert kinds["benign"] / len(corpus) >= 0.15
    assert kinds["tricky"] / len(corpus) >= 0.15
    decisions = Counter(p.decision for p in corpus)
    assert decisions["warn"] >= 25
    assert sum(p.jigsaw for p in corpus) >= 5


def test_every_genre_entity_type_and_category_present(corpus: list[Prompt]) -> None:
    assert {p.genre for p in corpus} == set(GENRES)
    types = Counter(s.entity_type for p in corpus for s in p.spans)
    assert set(types) == ENTITY_TYPES
    assert {s.category for p in corpus for s in p.spans if s.category} == CATEGORIES


def test_heldout_slice(corpus: list[Prompt]) -> None:
    heldout = select_split(corpus, "heldout")
    assert len(heldout) / len(corpus) >= 0.15
    assert len({p.genre for p in heldout}) >= 12
    assert {p.kind for p in heldout} == {"identifying", "benign", "tricky"}
    assert len(select_split(corpus, "dev")) + len(heldout) == len(select_split(corpus, "all"))


def test_spans_point_at_their_text(corpus: list[Prompt]) -> None:
    for prompt in corpus:
        assert "[[" not in prompt.text and "]]" not in prompt.text, prompt.id
        for span in prompt.spans:
            assert prompt.text[span.start : span.end] == span.text, prompt.id


def test_labels_follow_the_decision_rules(corpus: list[Prompt]) -> None:
    for prompt in corpus:
        assert decide((s.entity_type for s in prompt.spans), prompt.jigsaw) == prompt.decision


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mini.txt"
    path.write_text(body, encoding="utf-8")
    return path


HEADER = "### id={id} decision={decision} kind={kind} genre=case_note split=dev{extra}\n"


def test_parser_offsets_invisibles_and_multiline(tmp_path: Path) -> None:
    body = (
        "preamble is ignored\n\n"
        + HEADER.format(id="a", decision="block", kind="identifying", extra="")
        + "\nSeen [[PERSON:Jayden Clarke]], NHS [[UK_NHS:943{zwsp}476\n5919]].\n\n"
    )
    prompts, errors = parse_file(write(tmp_path, body))
    assert errors == []
    (prompt,) = prompts
    assert prompt.text == "Seen Jayden Clarke, NHS 943\u200b476\n5919."
    person, nhs = prompt.spans
    assert (person.start, person.end, person.entity_type) == (5, 18, "PERSON")
    assert prompt.text[nhs.start : nhs.end] == "943\u200b476\n5919"


@pytest.mark.parametrize(
    ("header", "text", "message"),
    [
        (("block", "identifying", ""), "NHS [[UK_NHS:943 476 5918]]", "modulus 11"),
        (("block", "identifying", ""), "CHI [[SCOT_CHI:3102851234]]", "CHI"),
        (("block", "identifying", ""), "card [[CREDIT_CARD:4539 1488 0343 6468]]", "Luhn"),
        (("block", "identifying", ""), "see [[UK_UPN:A383708513570]]", "UPN"),
        (("block", "identifying", ""), "at [[UK_POSTCODE:LS8 4CS]]", "postcode"),
        (
            ("warn", "identifying", ""),
            "[[PERSON:Amira]] and [[SPECIAL_CATEGORY/health:asthma]]",
            "give block",
        ),
        (("warn", "identifying", ""), "no spans here", "give allow"),
        (("allow", "benign", ""), "hi [[PERSON:Sam]]", "give warn"),
        (("block", "benign", ""), "[[UK_NINO:AB123456C]]", "kind=benign"),
        (("allow", "tricky", ""), "[[SPECIAL_CATEGORY/mood:sad]]", "known category"),
        (("allow", "tricky", ""), "[[POSTCODE:LS1 1AA]]", "unknown entity type"),
        (("warn", "identifying", ""), "open [[PERSON:Sam and more", "markup"),
        (("warn", "identifying", ""), "[[PERSON:Sam]] met sam again", "unannotated"),
        (("warn", "identifying", ""), "[[PERSON: Sam]]", "whitespace"),
        (("allow", "tricky", " flags=urgent"), "nothing", "unknown flags"),
    ],
)
def test_parser_reports_problems_with_file_and_line(
    tmp_path: Path, header: tuple[str, str, str], text: str, message: str
) -> None:
    decision, kind, extra = header
    body = HEADER.format(id="x", decision=decision, kind=kind, extra=extra) + text + "\n"
    _, errors = parse_file(write(tmp_path, body))
    assert errors, text
    assert any(message in e for e in errors), errors
    assert all(e.startswith(f"{tmp_path / 'mini.txt'}:") for e in errors)


def test_jigsaw_flag_makes_special_category_alone_a_warn(tmp_path: Path) -> None:
    body = HEADER.format(id="j", decision="warn", kind="identifying", extra=" flags=jigsaw")
    body += "a 14-year-old in Much Wenlock with a [[SPECIAL_CATEGORY/genetic:rare condition]]\n"
    prompts, errors = parse_file(write(tmp_path, body))
    assert errors == [] and prompts[0].jigsaw


def test_duplicate_ids_and_load_errors(tmp_path: Path) -> None:
    block = HEADER.format(id="d", decision="allow", kind="benign", extra="") + "hello\n"
    write(tmp_path, block + block)
    errors = validate_corpus([tmp_path])
    assert any("duplicate id 'd'" in e for e in errors)
    with pytest.raises(CorpusError):
        load_corpus([tmp_path])


def test_checksum_helpers() -> None:
    assert mod11_valid("9434765919") and not mod11_valid("9434765918")
    assert mod11_valid("0335945805")  # an ISBN-10 passes the NHS check: the tricky prompts use it
    assert luhn_valid("4911114656977781") and not luhn_valid("4911114656977782")
    assert upn_valid("J681492814986") and not upn_valid("A681492814986")
    assert iban_valid("GB61LOYD82201805154382") and not iban_valid("GB62LOYD82201805154382")


def test_decide_rules() -> None:
    assert decide([]) == "allow"
    assert decide(["SPECIAL_CATEGORY"]) == "allow"
    assert decide(["SPECIAL_CATEGORY"], jigsaw=True) == "warn"
    assert decide(["PERSON"]) == "warn"
    assert decide(["PERSON", "SPECIAL_CATEGORY"]) == "block"
    assert decide(["UK_POSTCODE"]) == "block"
