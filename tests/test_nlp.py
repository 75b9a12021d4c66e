"""The NER model runs only where its answer can change a finding, and the artifacts it hands
Presidio are the same as Presidio would build token by token."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from genai_guard.guard import Guard
from genai_guard.nlp import NO_MODEL, UNUSED_COMPONENTS, SelectiveNerNlpEngine, TokenArtifacts, ner_windows


@pytest.fixture(scope="module")
def engine(guard: Guard) -> SelectiveNerNlpEngine:
    nlp_engine = guard.detector.analyzer.nlp_engine
    assert isinstance(nlp_engine, SelectiveNerNlpEngine)
    if nlp_engine.model.name == NO_MODEL:
        pytest.skip("no spaCy model with NER installed")
    return nlp_engine


def windowed(engine: SelectiveNerNlpEngine, text: str) -> list[str]:
    return [text[start:end] for start, end in ner_windows(text, engine.question(text, text))]


@pytest.mark.parametrize(
    "text",
    [
        "Visited today and spoke with Sarah about school.",  # a listed name settles itself
        "Visited the family at Harehills with the team manager.",  # a place, but no jigsaw risk
        "Seen at home; the referral came via Liquidlogic on Monday.",  # an unlisted word, no cue
        "Harehills is where the family moved last year.",  # opens the sentence
        "In the front room were Oluwatobiloba (9) and Summer (6).",  # an age says they are names
        "Review moved to June 12, then to early July.",  # months, not people
    ],
)
def test_no_model_where_its_answer_cannot_matter(engine: SelectiveNerNlpEngine, text: str) -> None:
    assert windowed(engine, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Home visit done and Grace was in her room.", "Grace"),  # a name that is also a word
        ("Spoke to key worker Oluwadarasimi about the plan.", "Oluwadarasimi"),  # after a role cue
        ("Grace - update on the visit this morning.", "Grace"),  # addressed, at a line's start
        (
            "A 14-year-old in Much Wenlock has been self-harming, says school.",
            "Wenlock",
        ),  # a place, where age and special-category detail make jigsaw risk possible
    ],
)
def test_model_reads_around_words_it_can_decide(engine: SelectiveNerNlpEngine, text: str, word: str) -> None:
    windows = windowed(engine, text)
    assert len(windows) == 1 and word in windows[0]


def test_windows_are_whole_words_and_merge(engine: SelectiveNerNlpEngine) -> None:
    text = "Home visit done and Grace was there with Hope and the dog, then we left for the office."
    [window] = windowed(engine, text)
    assert "Grace" in window and "Hope" in window
    start = text.index(window)
    assert start == 0 or text[start - 1] in " \n"
    assert start + len(window) == len(text) or text[start + len(window)] in " \n"


def test_artifacts_match_token_by_token_values(engine: SelectiveNerNlpEngine) -> None:
    text = "Mum (Kasia) said DOB: 04/11/2011; NHS no. 943 476 5919 — she isn't sure.\nSeen by SW."
    artifacts = engine.process_text(text, "en")
    assert isinstance(artifacts, TokenArtifacts)
    doc = artifacts.tokens
    assert artifacts.tokens_indices == [token.idx for token in doc]
    assert artifacts.lemmas == [token.lower_ for token in doc]
    assert {"dob", "nhs", "kasia", "04/11/2011"} <= set(artifacts.keywords)
    assert not {"she", "by", ":", "—"} & set(artifacts.keywords)


def _padded(gap: int) -> str:
    filler = "and the " * gap
    return f"Mum's DOB: {filler}04/11/2011 (she said) so it is in the   file.\nNHS no. 943 476 5919"


@pytest.mark.parametrize(
    "text",
    [
        _padded(0),
        _padded(30),
        _padded(400),  # the context words lie far behind stop words: the stretch read grows
        "   DOB   04/11/2011",  # spaces before the first word
        "DOB:04/11/2011;NHS:9434765919;" * 120,  # no spaces at all: read from the whole text
    ],
    ids=["near", "further", "far", "leading spaces", "no spaces"],
)
def test_words_around_a_finding_are_those_of_the_whole_text(engine: SelectiveNerNlpEngine, text: str) -> None:
    """Tokenizing only near a finding gives the words Presidio finds in the whole text."""
    artifacts = engine.process_text(text, "en")
    assert isinstance(artifacts, TokenArtifacts)
    keywords = set(artifacts.keywords)
    for start in {text.find("04/11"), text.find("943"), text.rfind("04/11"), 0} - {-1}:
        index = max(i for i, offset in enumerate(artifacts.tokens_indices) if offset <= start)
        back = [w for w in reversed(artifacts.lemmas[: index + 1]) if w in keywords][:6]
        ahead = [w for w in artifacts.lemmas[index:] if w in keywords][:4]
        assert artifacts.words_around(start, 5, 3) == back + ahead


def test_model_entities_are_spans_of_the_whole_text(engine: SelectiveNerNlpEngine) -> None:
    text = "A 14-year-old in Much Wenlock has been self-harming, says school."
    artifacts = engine.process_text(text, "en")
    assert [entity.text for entity in artifacts.entities] == ["Wenlock"]
    [entity] = artifacts.entities
    assert text[entity.start_char : entity.end_char] == "Wenlock"
    assert entity.label_ in {"PERSON", "LOCATION"}  # the model's label, mapped to Presidio's
    assert len(artifacts.scores) == len(artifacts.entities)


def test_default_tokenizer_is_the_one_the_model_saved(engine: SelectiveNerNlpEngine) -> None:
    saved = spacy.load(engine.model.name, exclude=UNUSED_COMPONENTS).tokenizer
    ours = engine.model.nlp.tokenizer
    assert ours.rules == saved.rules
    for attribute in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        assert _pattern(getattr(ours, attribute)) == _pattern(getattr(saved, attribute))


def test_partly_read_vocabulary_finds_the_same_entities_as_a_full_load(
    engine: SelectiveNerNlpEngine,
) -> None:
    """The string store is left unread; the word norms the NER features use are read."""
    full = spacy.load(engine.model.name, exclude=UNUSED_COMPONENTS)
    ours = engine.model.nlp
    assert len(ours.vocab.strings) < len(full.vocab.strings)
    texts = [
        "Visited Colour Street with Ms Honour Okafor; organise behaviour support for Jayden.",
        "Mum Sarah Kowalczyk (Polish) and her partner Darren said the neighbour in Harehills called.",
        "The Authorisation from Leeds City Council came for Aisha Rahman and Omar in Bradford.",
    ]
    for text in texts:
        assert [(e.start_char, e.end_char, e.label_) for e in ours(text).ents] == [
            (e.start_char, e.end_char, e.label_) for e in full(text).ents
        ]


def _pattern(bound_search: Any) -> str | None:
    """The expression behind a tokenizer's bound `search`/`finditer`/`match`, if it has one."""
    return None if bound_search is None else bound_search.__self__.pattern


def test_a_batch_gives_each_text_what_it_would_get_alone(engine: SelectiveNerNlpEngine) -> None:
    texts = [
        "Home visit done and Grace was in her room.",
        "Nothing for the model here.",
        "A 14-year-old in Much Wenlock has been self-harming, says school.",
    ]
    alone = [engine.process_text(text, "en") for text in texts]
    batched = engine.process_batch(texts, "en")
    assert [text for text, _ in batched] == texts
    for single, (_, together) in zip(alone, batched, strict=True):
        found = [(e.start_char, e.end_char, e.label_) for e in together.entities]
        assert found == [(e.start_char, e.end_char, e.label_) for e in single.entities]
        assert together.tokens_indices == single.tokens_indices
    assert batched[0][1].entities and not batched[1][1].entities


def test_places_matter_when_age_and_detail_are_in_different_pieces(guard: Guard) -> None:
    """Jigsaw risk is read over the whole text, so a long text's pieces ask about places too."""
    filler = "The visit went ahead as planned and the plan was reviewed. " * 110
    text = f"The young person is aged 15. {filler}He has depression and lives in Harehills now."
    assert len(text) > 6_000  # more than one piece
    answer = guard.analyze(text)
    assert answer.decision == "warn" and "jigsaw" in answer.reasons
