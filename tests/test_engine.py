"""Engine assembly from patterns/, and the degraded rules the extension is built with."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import regex
import yaml

from genai_guard.engine import degraded_rules
from genai_guard.guard import Guard
from genai_guard.paths import patterns_dir
from genai_guard.recognizers.loader import RecognizerFileError, build_recognizers
from genai_guard.recognizers.pattern_recognizer import FLAGS

SAMPLE = (
    "NHS 943 476 5919, nhs 9434765919, CHI 1205834567, H&C 320 123 4567, NI AB 12 34 56 C, "
    "Leeds LS6 2AB, mob 07700 900123, sarah.khan87@example.com, DOB 04/11/2011, born 16th August 2005"
)


def test_degraded_rules_cover_the_strongest_identifiers() -> None:
    types = {rule["entity_type"] for rule in degraded_rules()}
    assert {"UK_NHS", "UK_NINO", "UK_POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"} <= types


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_degraded_regexes_match_the_same_spans_in_javascript() -> None:
    rules = degraded_rules()
    script = """
        const [rules, text] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const out = rules.map(r => r.patterns.map(p => [...text.matchAll(new RegExp(p.regex, r.flags + "d"))]
            .map(m => (m.indices.groups && m.indices.groups.value) || m.indices[0])));
        process.stdout.write(JSON.stringify(out));
    """
    result = subprocess.run(
        ["node", "-e", script], input=json.dumps([rules, SAMPLE]), capture_output=True, text=True, check=True
    )
    javascript = json.loads(result.stdout)
    for rule, js_patterns in zip(rules, javascript, strict=True):
        for pattern, js_spans in zip(rule["patterns"], js_patterns, strict=True):
            python_regex = regex.compile(pattern["regex"].replace("(?<value>", "(?P<value>"), FLAGS)
            spans = [
                list(m.span("value") if "value" in python_regex.groupindex else m.span())
                for m in python_regex.finditer(SAMPLE)
            ]
            assert js_spans == spans, pattern["name"]


class _KeysInOrder(yaml.SafeLoader):
    """Reads a YAML mapping as its (key, value) pairs in order, repeated keys included."""


_KeysInOrder.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    lambda loader, node: tuple(
        (loader.construct_object(key), loader.construct_object(value, deep=True)) for key, value in node.value
    ),
)


def _repeated_keys(node: object) -> list[str]:
    if isinstance(node, list):
        return [key for item in node for key in _repeated_keys(item)]
    if not isinstance(node, tuple):
        return []
    keys = [key for key, _ in node]
    return [key for key in set(keys) if keys.count(key) > 1] + [
        key for _, value in node for key in _repeated_keys(value)
    ]


@pytest.mark.parametrize(
    "path", sorted((patterns_dir() / "recognizers").glob("*.yaml")), ids=lambda p: p.name
)
def test_no_recognizer_file_repeats_a_key(path: Path) -> None:
    """YAML keeps only the last of two equal keys: a pattern or a definition written twice loses one."""
    assert not _repeated_keys(yaml.load(path.read_text(encoding="utf-8"), Loader=_KeysInOrder))


def test_every_shipped_recognizer_is_loaded(guard: Guard) -> None:
    names = set(guard.recognizer_names)
    assert {
        "UkNhsNumberRecognizer",
        "CaseNoteNameRecognizer",
        "SpacyRecognizer",
        "DateOfBirthRecognizer",
    } <= names
    assert "SpecialCategoryRecognizer" in names


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name: X\n", "missing key 'type'"),
        ("name: X\ntype: pattern\nsupported_entity: A\n", "needs 'patterns'"),
        (
            "name: X\ntype: pattern\nsupported_entity: A\npatterns: [{name: p, regex: '(', score: 0.5}]\n",
            "X.yaml",
        ),
        ("name: X\ntype: predefined\nclass: NoSuchRecognizer\n", "no recognizer 'NoSuchRecognizer'"),
        (
            "name: X\ntype: pattern\nsupported_entity: A\nvalidator: nope\n"
            "patterns: [{name: p, regex: a, score: 0.5}]\n",
            "unknown validator",
        ),
        ("name: X\ntype: magic\n", "unknown type 'magic'"),
        (  # a place group with the `places` key left empty
            "name: X\ntype: pattern\nsupported_entity: A\nplaces:\n"
            "patterns: [{name: p, regex: '(?P<place>[A-Z][a-z]+) farmer', score: 0.5}]\n",
            "lists no places",
        ),
        ("[not, a, mapping]\n", "expected a mapping"),
    ],
)
def test_broken_recognizer_file_names_itself(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "recognizers").mkdir()
    (tmp_path / "recognizers" / "X.yaml").write_text(content)
    with pytest.raises(RecognizerFileError, match=regex.escape(message)):
        build_recognizers(tmp_path)


def test_pattern_recognizer_reports_its_special_category(tmp_path: Path) -> None:
    """A special-category pattern written as YAML says which category it finds."""
    (tmp_path / "recognizers").mkdir()
    (tmp_path / "recognizers" / "X.yaml").write_text(
        "name: Syndromes\ntype: pattern\nsupported_entity: SPECIAL_CATEGORY\ncategory: health\n"
        "patterns: [{name: syndrome, regex: '\\b[a-z]+ syndrome\\b', score: 0.6}]\n"
    )
    [recognizer] = build_recognizers(tmp_path)
    [result] = recognizer.analyze("she has Tourette syndrome", ["SPECIAL_CATEGORY"])
    assert result.recognition_metadata["category"] == "health"


def test_recognizers_run_in_the_order_they_were_added(guard: Guard) -> None:
    """Presidio's own registry answers from a set: the order, and so which of two equal findings
    survives, changed from one build to the next."""
    registry = guard.detector.analyzer.registry
    entities = sorted({entity for r in registry.recognizers for entity in r.supported_entities})
    assert registry.get_recognizers(language="en", entities=entities) == registry.recognizers


def test_a_place_pattern_that_only_the_regex_module_compiles_reads_every_listed_place(tmp_path: Path) -> None:
    """A look-behind of any width sends a pattern to the `regex` module; its place group is still
    read match by match ("Kendal" is no listed place, so the search goes on to "Clun")."""
    (tmp_path / "recognizers").mkdir()
    (tmp_path / "places.txt").write_text("Clun\n")
    (tmp_path / "recognizers" / "X.yaml").write_text(
        "name: Farmers\ntype: pattern\nsupported_entity: UNIQUE_DESCRIPTOR\nplaces: places.txt\n"
        "patterns: [{name: p, score: 0.6,\n"
        "            regex: '(?<=\\bthe\\s{1,3})(?P<value>(?P<place>[A-Z][a-z]+) farmer)'}]\n"
    )
    [recognizer] = build_recognizers(tmp_path)
    text = "the Kendal farmer and the  Clun farmer"
    assert [text[r.start : r.end] for r in recognizer.analyze(text, ["UNIQUE_DESCRIPTOR"])] == ["Clun farmer"]
