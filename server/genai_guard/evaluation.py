"""Measure detection quality on the labelled corpus: span metrics, decisions, leaks, false alarms.

A gold span counts as found when a finding of the same entity type covers at least half of the
gold span's characters; a finding counts as a true positive when it covers at least half of some
gold span of its type. The special-category detection rate also requires the category to match.
Two analyzers run side by side: ours (``genai_guard.guard.build_guard``) and vanilla Presidio
(``genai_guard.engine.build_vanilla_presidio``), whose decision is derived from its findings with
the same default rules the corpus labels follow (``genai_guard.corpus.decide``).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from genai_guard.corpus import DECISIONS, IDENTIFIER_TYPES, Prompt, Span, decide

MIN_OVERLAP = 0.5

# Presidio's names for the entity types that obviously mean one of ours. Presidio's US
# passport/licence/bank recognizers fire on UK text; a deployment of vanilla Presidio would
# treat them as that kind of identifier, so they count as ours. Other types are ignored.
VANILLA_ENTITY_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "UK_NHS": "UK_NHS",
    "UK_NINO": "UK_NINO",
    "UK_POSTCODE": "UK_POSTCODE",
    "UK_PASSPORT": "UK_PASSPORT",
    "UK_DRIVING_LICENCE": "UK_DRIVING_LICENCE",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_PASSPORT": "UK_PASSPORT",
    "US_DRIVER_LICENSE": "UK_DRIVING_LICENCE",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
}


@dataclass(frozen=True)
class Predicted:
    """A finding reduced to what the metrics need."""

    start: int
    end: int
    entity_type: str
    category: str | None = None


@dataclass
class Prediction:
    decision: str
    findings: list[Predicted]
    elapsed_ms: float = 0.0
    ignored: Counter[str] = field(default_factory=Counter)


class Analyzer(Protocol):
    """Anything the evaluation can run: a name and ``predict(text) -> Prediction``."""

    name: str

    def predict(self, text: str) -> Prediction: ...


class GuardAnalyzer:
    """Ours: any object whose ``analyze(text)`` returns ``.decision`` and ``.findings``."""

    def __init__(self, guard: Any, name: str = "genai-guard") -> None:
        self.guard = guard
        self.name = name

    def predict(self, text: str) -> Prediction:
        started = time.perf_counter()
        result = self.guard.analyze(text)
        elapsed = (time.perf_counter() - started) * 1000
        findings = [
            Predicted(f.start, f.end, f.entity_type, getattr(f, "category", None)) for f in result.findings
        ]
        return Prediction(result.decision, findings, elapsed)


class VanillaPresidioAnalyzer:
    """Presidio's AnalyzerEngine with its defaults; entity names mapped, decision derived."""

    def __init__(self, engine: Any, name: str = "vanilla-presidio", language: str = "en") -> None:
        self.engine = engine
        self.name = name
        self.language = language

    def predict(self, text: str) -> Prediction:
        started = time.perf_counter()
        results = self.engine.analyze(text=text, language=self.language)
        elapsed = (time.perf_counter() - started) * 1000
        findings: list[Predicted] = []
        ignored: Counter[str] = Counter()
        for result in results:
            mapped = VANILLA_ENTITY_MAP.get(result.entity_type)
            if mapped is None:
                ignored[result.entity_type] += 1
            else:
                findings.append(Predicted(result.start, result.end, mapped))
        decision = decide(f.entity_type for f in findings)
        return Prediction(decision, findings, elapsed, ignored)


# ---------------------------------------------------------------------------
# Matching.


def overlap(gold: Span, finding: Predicted) -> int:
    """Characters shared by a gold span and a finding."""
    return max(0, min(gold.end, finding.end) - max(gold.start, finding.start))


def matches(gold: Span, finding: Predicted) -> bool:
    """Same entity type and the finding covers at least half of the gold span."""
    length = gold.end - gold.start
    return (
        gold.entity_type == finding.entity_type
        and length > 0
        and overlap(gold, finding) >= MIN_OVERLAP * length
    )


@dataclass
class PromptResult:
    """How one analyzer did on one prompt."""

    prompt: Prompt
    prediction: Prediction
    found: list[bool]  # per gold span
    category_found: list[bool]  # per gold span (meaningful for SPECIAL_CATEGORY)
    true_positive: list[bool]  # per finding

    @property
    def missed(self) -> list[Span]:
        return [s for s, ok in zip(self.prompt.spans, self.found, strict=True) if not ok]

    @property
    def spurious(self) -> list[Predicted]:
        return [f for f, ok in zip(self.prediction.findings, self.true_positive, strict=True) if not ok]


def score_prompt(prompt: Prompt, prediction: Prediction) -> PromptResult:
    """Match one prompt's findings against its gold spans."""
    findings = prediction.findings
    found = [any(matches(g, f) for f in findings) for g in prompt.spans]
    category_found = [any(matches(g, f) and f.category == g.category for f in findings) for g in prompt.spans]
    true_positive = [any(matches(g, f) for g in prompt.spans) for f in findings]
    return PromptResult(prompt, prediction, found, category_found, true_positive)


# ---------------------------------------------------------------------------
# Aggregation.


def rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class EntityScore:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    true_positive: int = 0

    @property
    def precision(self) -> float | None:
        return rate(self.true_positive, self.predicted)

    @property
    def recall(self) -> float | None:
        return rate(self.found, self.gold)

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    def add(self, other: EntityScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.true_positive += other.true_positive

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "true_positive": self.true_positive,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Report:
    """Every figure for one analyzer on one set of prompts."""

    analyzer: str
    results: list[PromptResult]
    entities: dict[str, EntityScore]
    confusion: dict[str, dict[str, int]]

    def _count(
        self, expected: Iterable[str], answered: Iterable[str], kind: str | None = None
    ) -> tuple[int, int]:
        expected_set, answered_set = set(expected), set(answered)
        pool = [
            r
            for r in self.results
            if r.prompt.decision in expected_set and (kind is None or r.prompt.kind == kind)
        ]
        hits = sum(1 for r in pool if r.prediction.decision in answered_set)
        return hits, len(pool)

    @property
    def leak_rate(self) -> float | None:
        """Expected warn or block, answered allow."""
        return rate(*self._count(("warn", "block"), ("allow",)))

    def false_alarm_rate(self, kind: str) -> float | None:
        """Expected allow, answered warn or block, among prompts of one kind."""
        return rate(*self._count(("allow",), ("warn", "block"), kind))

    @property
    def block_recall(self) -> float | None:
        return rate(*self._count(("block",), ("block",)))

    @property
    def decision_accuracy(self) -> float | None:
        right = sum(1 for r in self.results if r.prediction.decision == r.prompt.decision)
        return rate(right, len(self.results))

    @property
    def special_category_detection(self) -> float | None:
        pairs = [
            ok
            for r in self.results
            for span, ok in zip(r.prompt.spans, r.category_found, strict=True)
            if span.entity_type == "SPECIAL_CATEGORY"
        ]
        return rate(sum(pairs), len(pairs))

    @property
    def identifiers(self) -> EntityScore:
        total = EntityScore()
        for entity_type, score in self.entities.items():
            if entity_type in IDENTIFIER_TYPES:
                total.add(score)
        return total

    @property
    def mean_ms(self) -> float | None:
        if not self.results:
            return None
        return sum(r.prediction.elapsed_ms for r in self.results) / len(self.results)

    def summary(self) -> dict[str, float | None]:
        return {
            "leak_rate": self.leak_rate,
            "false_alarm_benign": self.false_alarm_rate("benign"),
            "false_alarm_tricky": self.false_alarm_rate("tricky"),
            "block_recall": self.block_recall,
            "decision_accuracy": self.decision_accuracy,
            "special_category_detection": self.special_category_detection,
            "identifier_recall": self.identifiers.recall,
            "identifier_precision": self.identifiers.precision,
            "person_recall": self.entities.get("PERSON", EntityScore()).recall,
            "mean_ms": self.mean_ms,
        }

    def errors(self) -> dict[str, list[dict[str, Any]]]:
        """Wrong decisions, missed gold spans and spurious findings, each with its prompt id."""
        wrong, missed, spurious = [], [], []
        for r in self.results:
            prompt, text = r.prompt, r.prompt.text
            if r.prediction.decision != prompt.decision:
                wrong.append(
                    {
                        "id": prompt.id,
                        "kind": prompt.kind,
                        "expected": prompt.decision,
                        "answered": r.prediction.decision,
                        "found_types": sorted({f.entity_type for f in r.prediction.findings}),
                    }
                )
            missed.extend({"id": prompt.id, **s.to_json()} for s in r.missed)
            spurious.extend(
                {
                    "id": prompt.id,
                    "entity_type": f.entity_type,
                    "category": f.category,
                    "text": text[f.start : f.end],
                }
                for f in r.spurious
            )
        return {"wrong_decisions": wrong, "missed": missed, "spurious": spurious}

    def ignored_types(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for r in self.results:
            total.update(r.prediction.ignored)
        return dict(sorted(total.items()))

    def to_json(self, with_errors: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {
            "analyzer": self.analyzer,
            "prompts": len(self.results),
            "summary": self.summary(),
            "entities": {k: v.to_json() for k, v in self.entities.items()},
            "identifiers": self.identifiers.to_json(),
            "confusion": self.confusion,
            "ignored_presidio_types": self.ignored_types(),
        }
        if with_errors:
            body["errors"] = self.errors()
        return body


def aggregate(analyzer: str, results: Sequence[PromptResult]) -> Report:
    """Combine per-prompt results into per-entity scores and the decision confusion matrix."""
    entities: dict[str, EntityScore] = {}
    confusion = {expected: dict.fromkeys(DECISIONS, 0) for expected in DECISIONS}
    for r in results:
        for span, ok in zip(r.prompt.spans, r.found, strict=True):
            score = entities.setdefault(span.entity_type, EntityScore())
            score.gold += 1
            score.found += ok
        for finding, ok in zip(r.prediction.findings, r.true_positive, strict=True):
            score = entities.setdefault(finding.entity_type, EntityScore())
            score.predicted += 1
            score.true_positive += ok
        answered = r.prediction.decision if r.prediction.decision in DECISIONS else "allow"
        confusion[r.prompt.decision][answered] += 1
    return Report(analyzer, list(results), dict(sorted(entities.items())), confusion)


def evaluate(prompts: Sequence[Prompt], analyzer: Analyzer) -> Report:
    """Run every prompt through one analyzer and score it."""
    results = [score_prompt(p, analyzer.predict(p.text)) for p in prompts]
    return aggregate(analyzer.name, results)


# ---------------------------------------------------------------------------
# Text rendering.


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def _num(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _entity_order(reports: Sequence[Report]) -> list[str]:
    types = {t for r in reports for t in r.entities}
    head = [t for t in ("PERSON", "DATE_OF_BIRTH") if t in types]
    tail = [t for t in ("SPECIAL_CATEGORY",) if t in types]
    middle = sorted(types - set(head) - set(tail))
    return head + middle + tail


def render_table(reports: Sequence[Report], title: str = "") -> str:
    """A plain-text side-by-side table of every report."""
    lines: list[str] = [title] if title else []
    names = [r.analyzer for r in reports]
    cell = 22
    header = f"{'entity type':<20}{'gold':>6}  " + "".join(f"{n[:cell]:<{cell}}" for n in names)
    lines += ["", "Per entity type (P / R / F1)", header]
    for entity_type in _entity_order(reports):
        gold = max(r.entities.get(entity_type, EntityScore()).gold for r in reports)
        row = f"{entity_type:<20}{gold:>6}  "
        for r in reports:
            s = r.entities.get(entity_type, EntityScore())
            row += f"{_num(s.precision)} {_num(s.recall)} {_num(s.f1)}".ljust(cell)
        lines.append(row)
    ids = [r.identifiers for r in reports]
    row = f"{'all identifiers':<20}{ids[0].gold:>6}  "
    row += "".join(f"{_num(s.precision)} {_num(s.recall)} {_num(s.f1)}".ljust(cell) for s in ids)
    lines.append(row)

    labels = [
        ("leak rate (warn/block answered allow)", "leak_rate"),
        ("false alarms, benign", "false_alarm_benign"),
        ("false alarms, tricky", "false_alarm_tricky"),
        ("block recall", "block_recall"),
        ("decision accuracy", "decision_accuracy"),
        ("special-category detection", "special_category_detection"),
    ]
    lines += ["", f"{'Decisions':<40}" + "".join(f"{n[:cell]:<{cell}}" for n in names)]
    summaries = [r.summary() for r in reports]
    for label, key in labels:
        lines.append(f"{label:<40}" + "".join(f"{_pct(s[key]):<{cell}}" for s in summaries))
    lines.append(f"{'mean ms per prompt':<40}" + "".join(f"{_num(s['mean_ms']):<{cell}}" for s in summaries))
    for r in reports:
        lines += ["", f"Confusion matrix, {r.analyzer} (rows expected, columns answered)"]
        lines.append(f"{'':<10}" + "".join(f"{d:>8}" for d in DECISIONS))
        for expected in DECISIONS:
            counts = r.confusion[expected]
            lines.append(f"{expected:<10}" + "".join(f"{counts[d]:>8}" for d in DECISIONS))
    return "\n".join(line.rstrip() for line in lines)


def render_errors(report: Report, limit: int) -> str:
    """Up to ``limit`` examples of each kind of error, grouped by entity type."""
    errors = report.errors()
    lines = ["", f"Errors, {report.analyzer}"]
    lines.append(f"  wrong decisions: {len(errors['wrong_decisions'])}")
    for item in errors["wrong_decisions"][:limit]:
        lines.append(
            f"    {item['id']:<10} {item['kind']:<12} expected {item['expected']:<6}"
            f" answered {item['answered']:<6} found {', '.join(item['found_types']) or '-'}"
        )
    for key in ("missed", "spurious"):
        by_type: dict[str, list[dict[str, Any]]] = {}
        for item in errors[key]:
            by_type.setdefault(item["entity_type"], []).append(item)
        lines.append(f"  {key}: {len(errors[key])}")
        for entity_type, items in sorted(by_type.items(), key=lambda kv: -len(kv[1])):
            examples = "; ".join(f"{i['id']} {i['text']!r}" for i in items[:limit])
            lines.append(f"    {entity_type} ({len(items)}): {examples}")
    return "\n".join(line.rstrip() for line in lines)
