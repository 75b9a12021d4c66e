"""Metric maths of the evaluation, on tiny hand-made corpora and fake analyzers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from genai_guard.commands import eval_cmd
from genai_guard.corpus import Prompt, Span
from genai_guard.evaluation import (
    GuardAnalyzer,
    Predicted,
    VanillaPresidioAnalyzer,
    evaluate,
    matches,
    render_errors,
    render_table,
)


def prompt(pid: str, text: str, decision: str, kind: str, *spans: tuple[str, str]) -> Prompt:
    """A prompt whose spans are given as (entity type[/category], exact substring)."""
    gold = []
    for label, value in spans:
        entity_type, _, category = label.partition("/")
        start = text.index(value)
        gold.append(Span(start, start + len(value), entity_type, value, category or None))
    return Prompt(pid, text, gold, decision, kind, "case_note", "dev")


@dataclass
class FakeFinding:
    start: int
    end: int
    entity_type: str
    category: str | None = None


@dataclass
class FakeResult:
    decision: str
    findings: list[FakeFinding] = field(default_factory=list)


class FakeGuard:
    """Answers from a table: prompt text -> (decision, [(type[/category], substring)])."""

    def __init__(self, answers: dict[str, tuple[str, list[tuple[str, str]]]]) -> None:
        self.answers = answers

    def analyze(self, text: str) -> FakeResult:
        decision, found = self.answers.get(text, ("allow", []))
        findings = []
        for label, value in found:
            entity_type, _, category = label.partition("/")
            start = text.index(value)
            findings.append(FakeFinding(start, start + len(value), entity_type, category or None))
        return FakeResult(decision, findings)


NAME = "Seen Jayden Clarke at home today."


def run(prompts: list[Prompt], answers: dict) -> object:
    return evaluate(prompts, GuardAnalyzer(FakeGuard(answers), name="fake"))


def test_overlap_rule_is_half_the_gold_span() -> None:
    gold = Span(5, 18, "PERSON", "Jayden Clarke")  # 13 characters
    assert matches(gold, Predicted(5, 18, "PERSON"))
    assert matches(gold, Predicted(0, 30, "PERSON"))  # a wide finding still covers it all
    assert matches(gold, Predicted(5, 12, "PERSON"))  # "Jayden " = 7 of 13
    assert not matches(gold, Predicted(5, 11, "PERSON"))  # "Jayden" = 6 of 13
    assert not matches(gold, Predicted(5, 18, "UK_NHS"))  # wrong type never counts


def test_precision_recall_f1_per_type() -> None:
    prompts = [
        prompt("a", NAME, "warn", "identifying", ("PERSON", "Jayden Clarke")),
        prompt(
            "b",
            "Mum Sarah rang, NHS 943 476 5919.",
            "block",
            "identifying",
            ("PERSON", "Sarah"),
            ("UK_NHS", "943 476 5919"),
        ),
    ]
    answers = {
        NAME: ("warn", [("PERSON", "Jayden Clarke"), ("PERSON", "home")]),
        prompts[1].text: ("block", [("UK_NHS", "943 476 5919"), ("PHONE_NUMBER", "943 476 5919")]),
    }
    report = run(prompts, answers)
    person = report.entities["PERSON"]
    assert (person.gold, person.found, person.predicted, person.true_positive) == (2, 1, 2, 1)
    assert person.precision == 0.5 and person.recall == 0.5 and person.f1 == 0.5
    assert report.entities["UK_NHS"].recall == 1.0
    phone = report.entities["PHONE_NUMBER"]
    assert (phone.gold, phone.predicted, phone.precision, phone.recall) == (0, 1, 0.0, None)
    assert report.identifiers.gold == 1 and report.identifiers.predicted == 2


def test_decision_rates_and_confusion_matrix() -> None:
    prompts = [
        prompt("b1", "block one", "block", "identifying"),
        prompt("b2", "block two", "block", "identifying"),
        prompt("w1", "warn one", "warn", "identifying"),
        prompt("w2", "warn two", "warn", "identifying"),
        prompt("n1", "benign one", "allow", "benign"),
        prompt("n2", "benign two", "allow", "benign"),
        prompt("n3", "benign three", "allow", "benign"),
        prompt("n4", "benign four", "allow", "benign"),
        prompt("t1", "tricky one", "allow", "tricky"),
        prompt("t2", "tricky two", "allow", "tricky"),
    ]
    answers = {
        "block one": ("block", []),
        "block two": ("warn", []),
        "warn one": ("allow", []),  # a leak
        "warn two": ("block", []),
        "benign one": ("warn", []),  # a benign false alarm
        "tricky one": ("block", []),  # tricky false alarms
        "tricky two": ("warn", []),
    }
    report = run(prompts, answers)
    assert report.leak_rate == 1 / 4
    assert report.false_alarm_rate("benign") == 1 / 4
    assert report.false_alarm_rate("tricky") == 1.0
    assert report.block_recall == 1 / 2
    assert report.decision_accuracy == 4 / 10
    assert report.confusion == {
        "allow": {"allow": 3, "warn": 2, "block": 1},
        "warn": {"allow": 1, "warn": 0, "block": 1},
        "block": {"allow": 0, "warn": 1, "block": 1},
    }


def test_rates_are_none_without_a_denominator() -> None:
    report = run([prompt("n", "hello", "allow", "benign")], {})
    assert report.leak_rate is None and report.block_recall is None
    assert report.false_alarm_rate("tricky") is None
    assert report.false_alarm_rate("benign") == 0.0


def test_special_category_detection_needs_the_category() -> None:
    text = "Amira has asthma and is Muslim."
    prompts = [
        prompt(
            "s",
            text,
            "block",
            "identifying",
            ("PERSON", "Amira"),
            ("SPECIAL_CATEGORY/health", "asthma"),
            ("SPECIAL_CATEGORY/religion_or_belief", "Muslim"),
        ),
    ]
    answers = {
        text: (
            "block",
            [
                ("PERSON", "Amira"),
                ("SPECIAL_CATEGORY/health", "asthma"),
                ("SPECIAL_CATEGORY/ethnic_origin", "Muslim"),
            ],
        ),
    }
    report = run(prompts, answers)
    assert report.entities["SPECIAL_CATEGORY"].recall == 1.0  # type-level: both found
    assert report.special_category_detection == 0.5  # but one category is wrong


def test_errors_list_misses_spurious_and_wrong_decisions() -> None:
    prompts = [prompt("a", NAME, "warn", "identifying", ("PERSON", "Jayden Clarke"))]
    report = run(prompts, {NAME: ("block", [("UK_POSTCODE", "home")])})
    errors = report.errors()
    assert errors["missed"][0]["text"] == "Jayden Clarke"
    assert errors["spurious"][0] == {
        "id": "a",
        "entity_type": "UK_POSTCODE",
        "category": None,
        "text": "home",
    }
    assert errors["wrong_decisions"][0]["answered"] == "block"
    text = render_errors(report, 5)
    assert "PERSON (1)" in text and "UK_POSTCODE (1)" in text


@dataclass
class FakePresidioResult:
    entity_type: str
    start: int
    end: int
    score: float = 0.85


class FakePresidio:
    def __init__(self, results: list[FakePresidioResult]) -> None:
        self.results = results

    def analyze(self, text: str, language: str) -> list[FakePresidioResult]:
        assert language == "en"
        return self.results


def test_vanilla_names_are_mapped_and_the_decision_derived() -> None:
    text = "Jayden Clarke, licence MORRI856125CA9AB, on 3 March"
    engine = FakePresidio(
        [
            FakePresidioResult("PERSON", 0, 13),
            FakePresidioResult("US_DRIVER_LICENSE", 23, 39),
            FakePresidioResult("DATE_TIME", 44, 51),
        ]
    )
    prediction = VanillaPresidioAnalyzer(engine).predict(text)
    assert [f.entity_type for f in prediction.findings] == ["PERSON", "UK_DRIVING_LICENCE"]
    assert prediction.decision == "block"
    assert prediction.ignored == {"DATE_TIME": 1}
    name_only = VanillaPresidioAnalyzer(FakePresidio([FakePresidioResult("PERSON", 0, 13)]))
    assert name_only.predict(text).decision == "warn"


def test_table_and_json_render_both_analyzers() -> None:
    prompts = [prompt("a", NAME, "warn", "identifying", ("PERSON", "Jayden Clarke"))]
    ours = run(prompts, {NAME: ("warn", [("PERSON", "Jayden Clarke")])})
    base = evaluate(prompts, VanillaPresidioAnalyzer(FakePresidio([])))
    table = render_table([ours, base], "title")
    assert "fake" in table and "vanilla-presidio" in table and "leak rate" in table
    assert "PERSON" in table and "Confusion matrix, fake" in table
    body = ours.to_json(with_errors=True)
    assert body["summary"]["leak_rate"] == 0.0 and body["entities"]["PERSON"]["recall"] == 1.0
    json.dumps(body)


def test_eval_command_check_and_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "c.txt").write_text(
        "### id=a decision=warn kind=identifying genre=case_note split=dev\n"
        "Seen [[PERSON:Jayden Clarke]] at home today.\n"
        "### id=b decision=allow kind=benign genre=question split=heldout\n"
        "What does section 47 require?\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    checked = runner.invoke(eval_cmd.eval_command, ["--corpus", str(tmp_path), "--check"])
    assert checked.exit_code == 0 and "1 prompts" in checked.output

    def fake_run(prompts: list[Prompt], no_baseline: bool, config_path: object) -> list:
        assert no_baseline
        return [evaluate(prompts, GuardAnalyzer(FakeGuard({NAME: ("warn", [])}), "fake"))]

    monkeypatch.setattr(eval_cmd, "_run", fake_run)
    args = ["--corpus", str(tmp_path), "--split", "all", "--json", "--no-baseline"]
    result = runner.invoke(eval_cmd.eval_command, args)
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["counts"]["prompts"] == 2
    assert body["analyzers"]["fake"]["summary"]["leak_rate"] == 0.0
    assert body["analyzers"]["fake"]["entities"]["PERSON"]["recall"] == 0.0


def test_eval_command_reports_an_invalid_corpus(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(
        "### id=a decision=allow kind=benign genre=question split=dev\nhi [[PERSON:Sam]]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(eval_cmd.eval_command, ["--corpus", str(tmp_path), "--check"])
    assert result.exit_code != 0 and "bad.txt:1" in result.output
