"""The decision rules: which findings block, which warn, and per-site ceilings.

Rules are stated over entity *kinds* (identifier, name, special, context; see
`patterns/entities.yaml`) and configured in the `[policy]` table, so an organisation can change
them without code. Each rule that fires is named in the answer's `reasons`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from genai_guard.entities import Catalogue
from genai_guard.findings import Decision, Finding

SEVERITY: dict[str, int] = {"allow": 0, "warn": 1, "block": 2}


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    reasons: list[str]
    findings: list[Finding]


@dataclass(frozen=True)
class Policy:
    block_kinds: frozenset[str]
    block_together: tuple[frozenset[str], ...]
    warn_kinds: frozenset[str]
    warn_on_jigsaw: bool  # special-category detail plus a singling-out detail, or an age and a place
    site_ceilings: dict[str, Decision]

    @property
    def context_only_for_jigsaw(self) -> bool:
        """Whether a context detail (an age, a place, a singling-out phrase) can change a decision
        only through the jigsaw rule, that is only beside special-category detail."""
        return "context" not in self.block_kinds | self.warn_kinds and not any(
            "context" in group for group in self.block_together
        )

    @classmethod
    def from_config(cls, policy: dict[str, Any]) -> Policy:
        return cls(
            block_kinds=frozenset(policy["block_kinds"]),
            block_together=tuple(frozenset(group) for group in policy["block_together"]),
            warn_kinds=frozenset(policy["warn_kinds"]),
            warn_on_jigsaw=bool(policy["warn_on_jigsaw"]),
            site_ceilings={host.lower(): d for host, d in policy["sites"].items()},
        )

    def decide(self, findings: list[Finding], catalogue: Catalogue, site: str | None) -> Verdict:
        kinds = {catalogue.kind(f.entity_type) for f in findings}
        types = {f.entity_type for f in findings}
        reasons: list[str] = []
        if kinds & self.block_kinds:
            reasons.append("direct_identifier")
        reasons.extend(
            "together:" + "+".join(sorted(group)) for group in self.block_together if group <= kinds
        )
        decision: Decision = "block" if reasons else "allow"
        if decision == "allow" and kinds & self.warn_kinds:
            reasons.append("name")
            decision = "warn"
        singled_out = "UNIQUE_DESCRIPTOR" in types or {"AGE", "LOCATION"} <= types
        jigsaw = self.warn_on_jigsaw and "special" in kinds and singled_out
        if jigsaw:
            reasons.append("jigsaw")
            decision = "warn" if decision == "allow" else decision
        decision = self._apply_site_ceiling(decision, site, reasons)
        return Verdict(decision, reasons, self._reported(findings, catalogue, decision, jigsaw))

    def _apply_site_ceiling(self, decision: Decision, site: str | None, reasons: list[str]) -> Decision:
        ceiling = self.site_ceilings.get((site or "").lower())
        if ceiling is not None and SEVERITY[decision] > SEVERITY[ceiling]:
            reasons.append(f"site_ceiling:{ceiling}")
            return ceiling
        return decision

    @staticmethod
    def _reported(
        findings: list[Finding], catalogue: Catalogue, decision: Decision, jigsaw: bool
    ) -> list[Finding]:
        """What the user is shown: context findings only for jigsaw risk; nothing when allowed."""
        if decision == "allow" and not jigsaw:
            return []
        return [f for f in findings if catalogue.kind(f.entity_type) != "context" or jigsaw]
