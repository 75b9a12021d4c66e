"""The value types every part of the guard passes around: findings and analysis results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Decision = Literal["allow", "warn", "block"]
Audience = Literal["worker", "student"]


@dataclass(frozen=True, order=True)
class Finding:
    """One piece of personal data found in a text, located by Python string offsets."""

    start: int
    end: int
    entity_type: str
    score: float
    label: str
    category: str | None = None

    def to_json(self) -> dict[str, Any]:
        body = {
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "label": self.label,
        }
        if self.category is not None:
            body["category"] = self.category
        return body


@dataclass
class Analysis:
    """What the guard answers for one text: the decision, why, and a safe rewrite."""

    decision: Decision
    findings: list[Finding]
    reasons: list[str]
    redacted_text: str
    guidance: dict[str, Any] | None
    elapsed_ms: float = 0.0

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.entity_type] = counts.get(finding.entity_type, 0) + 1
        return counts

    def to_json(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "findings": [f.to_json() for f in self.findings],
            "reasons": list(self.reasons),
            "guidance": self.guidance,
            "redacted_text": self.redacted_text,
            "elapsed_ms": round(self.elapsed_ms, 2),
        }
