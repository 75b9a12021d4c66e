"""GuidanceBook: the wording covers every finding, cites its source and fits the answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from genai_guard.findings import Finding
from genai_guard.guidance import AUDIENCES, GuidanceBook, GuidanceError, load_guidance

PATTERNS = Path(__file__).resolve().parents[1] / "patterns"
GUIDANCE = PATTERNS / "guidance.yaml"
ENTITIES = yaml.safe_load((PATTERNS / "entities.yaml").read_text(encoding="utf-8"))
ENTITY_TYPES = sorted(ENTITIES["entities"])
CATEGORIES = sorted(ENTITIES["categories"])


def finding(entity_type: str, start: int = 0, category: str | None = None) -> Finding:
    label = ENTITIES["entities"].get(entity_type, {}).get("label", entity_type)
    return Finding(start, start + 5, entity_type, 0.9, label, category)


def special(category: str, start: int = 20) -> Finding:
    return finding("SPECIAL_CATEGORY", start, category)


NAME = finding("PERSON")
NHS = finding("UK_NHS", 40)


@pytest.fixture(scope="module")
def book() -> GuidanceBook:
    return GuidanceBook.from_file(GUIDANCE)


def point_ids(guidance: dict, part: str) -> list[str]:
    return [p["id"] for p in guidance[part]]


def test_shipped_file_loads_once() -> None:
    assert load_guidance() is load_guidance()
    assert load_guidance().path.resolve() == GUIDANCE.resolve()


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("entity_type", ENTITY_TYPES)
def test_every_entity_type_is_explained(book: GuidanceBook, entity_type: str, audience: str):
    entry = book.explanation(entity_type, None, audience)
    assert entry["label"] == ENTITIES["entities"][entity_type]["label"]
    assert len(entry["explanation"]) > 20
    assert entry["source"]


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_is_explained(book: GuidanceBook, category: str, audience: str) -> None:
    guidance = book.build("block", [NAME, special(category)], audience)
    assert guidance is not None
    (entry,) = [f for f in guidance["findings"] if f.get("category") == category]
    assert entry["entity_type"] == "SPECIAL_CATEGORY"
    assert entry["label"] == ENTITIES["categories"][category]["label"]
    generic = book.explanation("SPECIAL_CATEGORY", None, audience)
    assert entry["explanation"] != generic["explanation"]
    assert entry["source"]


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("decision", ["warn", "block"])
def test_every_point_has_text_and_source(book: GuidanceBook, decision: str, audience: str) -> None:
    everything = [finding(t, i * 10) for i, t in enumerate(ENTITY_TYPES)]
    everything += [special(c, 1000 + i * 10) for i, c in enumerate(CATEGORIES)]
    org = {"approved_tools": ["Copilot"], "dpo_contact": "dpo@example.org", "policy_url": "x"}
    guidance = book.build(decision, everything, audience, org)
    assert guidance is not None
    assert guidance["headline"]
    for part in ("findings", "why", "what_to_do"):
        assert guidance[part], part
        for item in guidance[part]:
            assert item["source"].startswith(('BASW (2025), "', "UK GDPR Art.", "Equality Act"))
            assert item.get("text", item.get("explanation"))
            assert "{" not in item.get("text", item.get("explanation", ""))


def test_allow_gives_no_guidance(book: GuidanceBook) -> None:
    assert book.build("allow", [], "worker") is None
    assert book.build("allow", [NAME], "student", {"approved_tools": ["Copilot"]}) is None


def test_shape_matches_the_api(book: GuidanceBook) -> None:
    guidance = book.build("warn", [NAME], "worker")
    assert guidance is not None
    assert set(guidance) == {
        "headline",
        "audience",
        "findings",
        "why",
        "what_to_do",
        "organisation",
    }
    assert guidance["audience"] == "worker"
    assert guidance["organisation"] == {
        "policy_url": None,
        "dpo_contact": None,
        "approved_tools": [],
    }
    for item in guidance["why"] + guidance["what_to_do"]:
        assert {"text", "source"} <= set(item)


def test_one_entry_per_distinct_type_and_category_in_text_order(book: GuidanceBook) -> None:
    findings = [
        finding("PERSON", 50),
        finding("PERSON", 0),
        special("health", 10),
        special("health", 30),
        special("criminal_offence", 60),
        NHS,
    ]
    guidance = book.build("block", findings, "worker")
    assert guidance is not None
    keys = [(f["entity_type"], f.get("category")) for f in guidance["findings"]]
    assert keys == [
        ("PERSON", None),
        ("SPECIAL_CATEGORY", "health"),
        ("UK_NHS", None),
        ("SPECIAL_CATEGORY", "criminal_offence"),
    ]


def test_article_10_point_only_with_criminal_offence(book: GuidanceBook) -> None:
    for audience in AUDIENCES:
        with_offence = book.build("block", [NAME, special("criminal_offence")], audience)
        health_only = book.build("block", [NAME, special("health")], audience)
        identifiers = book.build("block", [NAME, NHS], audience)
        assert with_offence and health_only and identifiers
        assert "criminal_offence" in point_ids(with_offence, "why")
        assert "UK GDPR Art. 10" in [p["source"] for p in with_offence["why"]]
        for other in (health_only, identifiers):
            assert "criminal_offence" not in point_ids(other, "why")
            assert "UK GDPR Art. 10" not in [p["source"] for p in other["why"]]


def test_article_9_point_only_with_an_article_9_category(book: GuidanceBook) -> None:
    health = book.build("block", [NAME, special("health")], "worker")
    offence_only = book.build("block", [NAME, special("criminal_offence")], "worker")
    name_only = book.build("warn", [NAME], "worker")
    assert health and offence_only and name_only
    assert "special_category" in point_ids(health, "why")
    assert "special_category" not in point_ids(offence_only, "why")
    assert "special_category" not in point_ids(name_only, "why")


def test_always_covers_lawful_basis_consent_training_and_redaction(book: GuidanceBook) -> None:
    for decision in ("warn", "block"):
        for audience in AUDIENCES:
            guidance = book.build(decision, [NAME], audience)
            assert guidance is not None
            sources = [p["source"] for p in guidance["why"]]
            assert "UK GDPR Art. 6(1)" in sources
            assert {"consent", "training", "liability"} <= set(point_ids(guidance, "why"))
            assert "redact" in point_ids(guidance, "what_to_do")


def test_block_headline_mentions_sensitive_detail_with_a_name(book: GuidanceBook) -> None:
    with_detail = book.build("block", [NAME, special("health")], "worker")
    identifiers = book.build("block", [NHS], "worker")
    assert with_detail and identifiers
    assert with_detail["headline"] != identifiers["headline"]
    assert "sensitive" in with_detail["headline"]


def test_student_wording_differs(book: GuidanceBook) -> None:
    findings = [NAME, special("health")]
    for decision in ("warn", "block"):
        worker = book.build(decision, findings, "worker")
        student = book.build(decision, findings, "student")
        assert worker and student
        assert student["audience"] == "student"
        assert worker["headline"] != student["headline"]
        assert "placement" in student["headline"]
        assert "placement_data" in point_ids(student, "why")
        assert "placement_data" not in point_ids(worker, "why")
        assert {"practice_educator", "university_policy"} <= set(point_ids(student, "what_to_do"))
        assert "ask_dpo" not in point_ids(student, "what_to_do")
        assert "ask_dpo" in point_ids(worker, "what_to_do")
        student_text = " ".join(p["text"] for p in student["why"] + student["what_to_do"])
        assert "practice educator" in student_text
        assert "university" in student_text


def test_organisation_settings_are_named(book: GuidanceBook) -> None:
    org = {
        "approved_tools": ["Microsoft Copilot", "Magic Notes"],
        "dpo_contact": "dpo@council.example",
        "policy_url": "https://intranet.example/ai-policy",
        "ignored": "not passed through",
    }
    for audience in AUDIENCES:
        guidance = book.build("block", [NAME, NHS], audience, org)
        assert guidance is not None
        assert guidance["organisation"] == {
            "policy_url": "https://intranet.example/ai-policy",
            "dpo_contact": "dpo@council.example",
            "approved_tools": ["Microsoft Copilot", "Magic Notes"],
        }
        todo = {p["id"]: p["text"] for p in guidance["what_to_do"]}
        assert "Microsoft Copilot or Magic Notes" in todo["approved_tool"]
        assert "https://intranet.example/ai-policy" in todo["organisation_policy"]
        assert any("dpo@council.example" in text for text in todo.values())


def test_without_organisation_settings_the_generic_wording_is_used(book: GuidanceBook) -> None:
    guidance = book.build("block", [NAME, NHS], "worker", {"approved_tools": [], "policy_url": ""})
    assert guidance is not None
    todo = {p["id"]: p["text"] for p in guidance["what_to_do"]}
    assert "organisation_policy" not in todo
    assert "approved" in todo["approved_tool"]
    single = book.build("warn", [NAME], "worker", {"approved_tools": "Copilot"})
    assert single is not None
    assert single["organisation"]["approved_tools"] == ["Copilot"]
    assert "Copilot." in {p["id"]: p["text"] for p in single["what_to_do"]}["approved_tool"]


def test_unknown_finding_type_falls_back_without_crashing(book: GuidanceBook) -> None:
    odd = Finding(0, 4, "NEW_THING", 0.5, "New thing")
    guidance = book.build("warn", [odd, special("not_a_category", 10)], "worker")
    assert guidance is not None
    labels = [f["label"] for f in guidance["findings"]]
    assert labels == ["New thing", "Special category detail"]


def test_bad_arguments_are_refused(book: GuidanceBook) -> None:
    with pytest.raises(ValueError, match="audience"):
        book.build("warn", [NAME], "manager")
    with pytest.raises(ValueError, match="decision"):
        book.build("maybe", [NAME], "worker")


def test_override_reasons_are_ids_and_text(book: GuidanceBook) -> None:
    reasons = book.override_reasons
    ids = [r["id"] for r in reasons]
    assert {"consent", "not_personal", "approved_tool"} <= set(ids)
    assert len(ids) == len(set(ids))
    assert all(set(r) == {"id", "text"} and r["text"] for r in reasons)
    reasons[0]["text"] = "changed"
    assert book.override_reasons[0]["text"] != "changed"


# --- broken files name the file and the key ---------------------------------------------------


def write_broken(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(GUIDANCE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "guidance.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def load_broken(tmp_path: Path, change) -> GuidanceError:
    path = write_broken(tmp_path, change)
    with pytest.raises(ValueError) as caught:
        GuidanceBook.from_file(path, PATTERNS / "entities.yaml")
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, GuidanceError)
    return caught.value


def test_missing_audience_names_the_key(tmp_path: Path) -> None:
    error = load_broken(tmp_path, lambda d: d["headlines"]["warn"].pop("student"))
    assert "headlines.warn.student" in str(error)


def test_missing_entity_explanation_names_the_key(tmp_path: Path) -> None:
    error = load_broken(tmp_path, lambda d: d["explanations"]["entities"].pop("UK_NHS"))
    assert "explanations.entities.UK_NHS" in str(error)


def test_unknown_entity_type_names_the_key(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        d["explanations"]["entities"]["UK_SSN"] = {"text": "x", "source": "gdpr_art4_1"}

    error = load_broken(tmp_path, change)
    assert "explanations.entities.UK_SSN" in str(error)


def test_unknown_category_in_a_condition_names_the_key(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        d["why"][0]["when"] = {"categories": ["healthh"]}

    error = load_broken(tmp_path, change)
    assert "when.categories" in str(error) and "healthh" in str(error)


def test_point_without_source_names_the_key(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        next(p for p in d["why"] if p["id"] == "training").pop("source")

    error = load_broken(tmp_path, change)
    assert "why.training.source" in str(error)


def test_placeholder_without_guarantee_is_refused(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        next(p for p in d["what_to_do"] if p["id"] == "redact")["text"] = "See {policy_url}"

    error = load_broken(tmp_path, change)
    assert "what_to_do.redact.text" in str(error) and "policy_url" in str(error)


def test_missing_student_text_names_the_key(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        d["explanations"]["entities"]["PERSON"]["text"] = {"worker": "A name."}

    error = load_broken(tmp_path, change)
    assert "explanations.entities.PERSON.text.student" in str(error)


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "guidance.yaml"
    path.write_text("headlines: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid YAML") as caught:
        GuidanceBook.from_file(path, PATTERNS / "entities.yaml")
    assert str(path) in str(caught.value)
