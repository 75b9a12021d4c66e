"""Each decision rule on hand-built findings, and the per-site ceiling."""

from __future__ import annotations

import pytest

from genai_guard.config import default_config
from genai_guard.entities import catalogue
from genai_guard.findings import Finding
from genai_guard.guard import Guard
from genai_guard.policy import Policy


def finding(entity_type: str, category: str | None = None) -> Finding:
    return Finding(0, 1, entity_type, 0.9, entity_type, category)


@pytest.fixture
def policy() -> Policy:
    config = default_config()["policy"]
    config["sites"] = {"copilot.cloud.microsoft": "warn"}
    return Policy.from_config(config)


@pytest.mark.parametrize(
    ("findings", "decision", "reason"),
    [
        ([], "allow", None),
        ([finding("UK_NHS")], "block", "direct_identifier"),
        ([finding("DATE_OF_BIRTH")], "block", "direct_identifier"),
        ([finding("UK_POSTCODE")], "block", "direct_identifier"),
        ([finding("PERSON")], "warn", "name"),
        ([finding("PERSON"), finding("SPECIAL_CATEGORY", "health")], "block", "together:name+special"),
        ([finding("SPECIAL_CATEGORY", "health")], "allow", None),
        ([finding("SPECIAL_CATEGORY", "genetic"), finding("AGE"), finding("LOCATION")], "warn", "jigsaw"),
        ([finding("AGE"), finding("LOCATION")], "allow", None),
    ],
)
def test_when_findings_then_decision(
    policy: Policy, findings: list[Finding], decision: str, reason: str | None
) -> None:
    verdict = policy.decide(findings, catalogue(), "chatgpt.com")
    assert verdict.decision == decision
    if reason:
        assert reason in verdict.reasons
    else:
        assert verdict.findings == []


def test_when_approved_site_then_block_capped_at_warn(policy: Policy) -> None:
    verdict = policy.decide([finding("UK_NHS")], catalogue(), "copilot.cloud.microsoft")
    assert verdict.decision == "warn"
    assert "site_ceiling:warn" in verdict.reasons


def test_context_findings_reported_only_for_jigsaw(policy: Policy) -> None:
    verdict = policy.decide([finding("PERSON"), finding("AGE")], catalogue(), None)
    assert [f.entity_type for f in verdict.findings] == ["PERSON"]


def test_special_detail_inside_a_singling_out_detail_still_makes_jigsaw_risk(guard: Guard) -> None:
    """ "The only ... family" and the ethnic origin inside it are both kept for the jigsaw rule."""
    text = "Advice please: the only Slovak Roma family in the village have asked the school for help."
    answer = guard.analyze(text)
    assert answer.decision == "warn" and "jigsaw" in answer.reasons
    types = {f.entity_type for f in answer.findings}
    assert {"UNIQUE_DESCRIPTOR", "SPECIAL_CATEGORY"} <= types
    assert "[DETAIL 1]" in answer.redacted_text and "Roma" not in answer.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        # singled out by a calling in a small place, or as the relative of someone known by one
        "AMHP reflection, no names: I assessed the only vet in the town, 44, during a manic episode.",
        "Referral: the 34-year-old daughter of the ferry skipper has fragile X syndrome.",
        "Discharge: 23-year-old woman, twin sister of the Paralympic archer, admitted after an overdose.",
        # an age set off by commas beside what is said about the person
        "One of my social workers, 52, our only trans woman in the team, is off with depression.",
        # a possessive place, a home, a calling at a named place
        "Visit on Eigg: mum is the island's only primary teacher and has multiple sclerosis.",
        "The family in the only ground-floor flat of Beech Court: the 7 year old has cystic fibrosis.",
        "MHA assessment for the organist at the chapel in Goathland, 58, with bipolar disorder.",
        "LADO: the deputy head at the only primary school in Hutton-le-Hole was charged yesterday.",
        "She's 14 and the goalkeeper for the county under-15 team; she has an eating disorder.",
    ],
)
def test_singled_out_by_calling_or_relative_makes_jigsaw_risk(guard: Guard, text: str) -> None:
    answer = guard.analyze(text)
    assert answer.decision == "warn" and "jigsaw" in answer.reasons


@pytest.mark.parametrize(
    "text",
    [
        "How do I support a parent with bipolar disorder who works as a vet?",
        "Rooms 3, 12, 14 are booked for the depression and anxiety training.",
        "Is the GP at the surgery the right person to ask about a client's diabetes?",
        # a place in a reported case's name is no one's home
        "Gillick v West Norfolk and Wisbech AHA [1986]: contraception advice for a 14 year old?",
    ],
)
def test_callings_and_numbers_alone_do_not_single_anyone_out(guard: Guard, text: str) -> None:
    assert guard.analyze(text).decision == "allow"
