"""From text to findings: normalize, run the analyzer, then apply what case notes need.

After Presidio has scored every candidate, the detector promotes a date that stands in a
person's details to a date of birth, drops public-record names and public helpline numbers,
keeps one finding per stretch of text, and maps offsets back to the text as submitted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from genai_guard.chunking import chunks
from genai_guard.entities import Catalogue
from genai_guard.findings import Finding
from genai_guard.normalize import normalize
from genai_guard.recognizers.name_recognizer import WORD, CaseNoteNameRecognizer
from genai_guard.recognizers.pattern_recognizer import CATEGORY_KEY
from genai_guard.recognizers.term_list import read_terms, terms_regex

KIND_PRIORITY = {"identifier": 3, "name": 2, "special": 1, "context": 0}
DETAILS_GAP = re.compile(
    r"^[ \t]*(?:\(|,)[ \t]*(?:(?:aged?[ \t]*)?\d{1,2}[ \t]*[,)][ \t]*)?(?:(?:d\.?o\.?b|born)[ \t.:\-]*)?$",
    re.IGNORECASE,
)
DETAILS_GAP_CHARS = 16
PROMOTED_DOB_SCORE = 0.75
CHUNK_CHARS = 5_000
CHUNK_OVERLAP = 200
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")
ADDRESS_JOIN = re.compile(r"^\s*,?\s*$")
# An author cited with a year ("Munro (2011)", "(Ferguson, 2011)", "Brandon et al. 2020") or a
# party in a reported case ("Williams v Hackney"): public record, not someone's personal data.
CITATION_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+(?:et\s+al\.?|and\s+\w+))?\s*\(\s*(?:19|20)\d{2}"  # Munro (2011)
    r"|^\s+v\.?\s+\w"  # Williams v Hackney
)
BRACKETED_CITATION = re.compile(r"^(?:\s+et\s+al\.?)?,?\s*(?:19|20)\d{2}[a-z]?\s*[);]")  # (Ferguson, 2011)
CASE_PARTY_BEFORE = re.compile(r"\w\s+v\.?\s+$")
NER_RECOGNIZER = "SpacyRecognizer"
UNKNOWN_NER_NAME_SCORE = 0.35


@dataclass
class Candidate:
    entity_type: str
    start: int
    end: int
    score: float
    category: str | None
    recognizer: str | None = None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Allowlist:
    """Phrases that are public record, and the entity types they excuse."""

    pattern: re.Pattern[str] | None
    entity_types: frozenset[str]

    @classmethod
    def from_files(cls, paths: list[Path], entity_types: set[str], extra: list[str] = ()) -> Allowlist:
        terms = [term for path in paths if path.exists() for term in read_terms(path)]
        terms.extend(t.lower() for t in extra)
        if not terms:
            return cls(None, frozenset(entity_types))
        return cls(re.compile(terms_regex(terms), re.IGNORECASE), frozenset(entity_types))

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.pattern.finditer(text)] if self.pattern else []


class Detector:
    """Finds personal data in a text with the assembled analyzer and the catalogue's rules."""

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        catalogue: Catalogue,
        allowlists: list[Allowlist],
        threshold: float,
    ) -> None:
        self.analyzer = analyzer
        self.catalogue = catalogue
        self.allowlists = allowlists
        self.threshold = threshold
        self.names = next(
            (r for r in analyzer.registry.recognizers if isinstance(r, CaseNoteNameRecognizer)), None
        )

    def detect(self, text: str) -> list[Finding]:
        normalized = normalize(text)
        results = self._analyze_in_chunks(normalized.text)
        candidates = [self._candidate(r) for r in results if r.entity_type in self.catalogue.entities]
        candidates = self._check_model_names(normalized.text, candidates)
        candidates = self._promote_dates_in_details(normalized.text, candidates)
        candidates = [c for c in candidates if c.score >= self.threshold]
        candidates = self._drop_allowlisted(normalized.text, candidates)
        candidates = self._drop_inside_placeholders(normalized.text, candidates)
        candidates = self._drop_citations(normalized.text, candidates)
        candidates = self._join_address_parts(normalized.text, candidates)
        findings = []
        for candidate in self._resolve_overlaps(candidates):
            start, end = normalized.to_original(candidate.start, candidate.end)
            info = self.catalogue[candidate.entity_type]
            findings.append(
                Finding(start, end, candidate.entity_type, candidate.score, info.label, candidate.category)
            )
        return sorted(findings)

    def _analyze_in_chunks(self, text: str) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for chunk in chunks(text, CHUNK_CHARS, CHUNK_OVERLAP):
            piece = text[chunk.start : chunk.end]
            for result in self.analyzer.analyze(piece, language="en", score_threshold=0.0):
                result.start += chunk.start
                result.end += chunk.start
                if chunk.core_start <= result.start < chunk.core_end:
                    results.append(result)
        return results

    @staticmethod
    def _candidate(result: RecognizerResult) -> Candidate:
        metadata = result.recognition_metadata or {}
        return Candidate(
            result.entity_type,
            result.start,
            result.end,
            result.score,
            metadata.get(CATEGORY_KEY),
            metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY),
        )

    def _check_model_names(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Trim titles off model names, and doubt a "name" none of whose words is a known name.

        The small spaCy model calls capitalised phrases names ("Summarise Working Together");
        a real name nearly always has a word in the gazetteers, or a cue the name recognizer sees.
        """
        if self.names is None:
            return candidates
        for c in candidates:
            if c.entity_type != "PERSON" or c.recognizer != NER_RECOGNIZER:
                continue
            titled = self.names.title_length(text[c.start : c.end])
            c.start += titled
            if text[c.start : c.end].endswith(("'s", "’s")):
                c.end -= 2
            words = WORD.findall(text[c.start : c.end])
            following = WORD.match(text, c.end + 1) if text[c.end : c.end + 1] == " " else None
            place = (words and self.names.is_place_word(words[-1])) or (
                following is not None and self.names.is_place_word(following.group())
            )
            if place or not (titled or self.names.knows(words)):
                c.score = min(c.score, UNKNOWN_NER_NAME_SCORE)
        return [c for c in candidates if c.end > c.start]

    @staticmethod
    def _drop_inside_placeholders(text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Template slots such as "[Child name]" or "[DOB]" hold no one's data."""
        slots = [m.span() for m in PLACEHOLDER.finditer(text)]
        if not slots:
            return candidates
        return [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in slots)]

    @staticmethod
    def _join_address_parts(text: str, candidates: list[Candidate]) -> list[Candidate]:
        """ "Flat 9, Alder Court, 2 Mill Street" is one address, not three."""
        addresses = sorted(
            (c for c in candidates if c.entity_type == "STREET_ADDRESS"), key=lambda c: c.start
        )
        others = [c for c in candidates if c.entity_type != "STREET_ADDRESS"]
        joined: list[Candidate] = []
        for address in addresses:
            if joined and ADDRESS_JOIN.match(text[joined[-1].end : address.start]):
                joined[-1].end = max(joined[-1].end, address.end)
                joined[-1].score = max(joined[-1].score, address.score)
            else:
                joined.append(address)
        return others + joined

    def _promote_dates_in_details(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """A date in a person's details is their birth date: "Jayden Clarke, 04/11/2011",
        "Kyle Bennett, 16, 12/08/2008" or "Jayden (04/11/2011)". A single name then a comma is too
        loose ("seen by Sarah, 3/4/25")."""
        names = sorted(
            (c for c in candidates if c.entity_type == "PERSON" and c.score >= self.threshold),
            key=lambda c: c.end,
        )
        ends = [name.end for name in names]
        for date in (c for c in candidates if c.entity_type == "DATE_OF_BIRTH"):
            index = bisect_right(ends, date.start) - 1
            if index < 0:
                continue
            name = names[index]
            gap = text[name.end : date.start]
            if not (0 < len(gap) <= DETAILS_GAP_CHARS and DETAILS_GAP.match(gap)):
                continue
            if "(" in gap or " " in text[name.start : name.end].strip():
                date.score = max(date.score, PROMOTED_DOB_SCORE)
        return candidates

    def _drop_allowlisted(self, text: str, candidates: list[Candidate]) -> list[Candidate]:
        """Drop findings on public-record phrases, and later mentions of their words alone
        ("Tony Morrison ... Morrison's model")."""
        for allowlist in self.allowlists:
            spans = allowlist.spans(text)
            if not spans:
                continue
            public_words = {w for start, end in spans for w in _words(text[start:end])}
            candidates = [
                c
                for c in candidates
                if c.entity_type not in allowlist.entity_types
                or not (
                    any(c.start < end and start < c.end for start, end in spans)
                    or set(_words(text[c.start : c.end])) <= public_words
                )
            ]
        return candidates

    @staticmethod
    def _drop_citations(text: str, candidates: list[Candidate]) -> list[Candidate]:
        return [
            c
            for c in candidates
            if c.entity_type != "PERSON"
            or not (
                CITATION_AFTER.match(text[c.end : c.end + 40])
                or (text[c.start - 1 : c.start] == "(" and BRACKETED_CITATION.match(text[c.end : c.end + 40]))
                or CASE_PARTY_BEFORE.search(text[max(0, c.start - 40) : c.start])
            )
        ]

    def _resolve_overlaps(self, candidates: list[Candidate]) -> list[Candidate]:
        """One finding per stretch of text: names merge; otherwise the stronger kind wins."""

        def rank(c: Candidate) -> tuple[int, bool, float, int]:
            info = self.catalogue[c.entity_type]
            return KIND_PRIORITY[info.kind], info.checksum, c.score, c.end - c.start

        kept: list[Candidate] = []  # no two overlap; ordered by start
        starts: list[int] = []
        for candidate in sorted(candidates, key=rank, reverse=True):
            index = bisect_left(starts, candidate.start)
            neighbours = kept[max(0, index - 1) : index + 1]
            clash = next((k for k in neighbours if k.overlaps(candidate)), None)
            if clash is None:
                kept.insert(index, candidate)
                starts.insert(index, candidate.start)
            elif clash.entity_type == candidate.entity_type == "PERSON":
                clash.end = max(clash.end, candidate.end)
                if candidate.start < clash.start:
                    position = kept.index(clash)
                    clash.start = starts[position] = candidate.start
        return kept


def _words(text: str) -> list[str]:
    """Lower-case words without a possessive ending ("Morrison's" -> "morrison")."""
    return [re.sub(r"['’]s$", "", word.lower()) for word in WORD.findall(text)]
