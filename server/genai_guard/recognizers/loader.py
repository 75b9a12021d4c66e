"""Read `patterns/recognizers/*.yaml` into Presidio recognizers; a broken file names itself.

Each file describes one recognizer. `type` says how it is built:
  pattern     CaseNotePatternRecognizer from `patterns` (+ `validator`, `negative_context`, `places`)
  predefined  a Presidio class by `class` name, with `context` tuned for case notes
  terms       SPECIAL_CATEGORY from every `patterns/terms/<category>.txt`, in one pass
  names       CaseNoteNameRecognizer with cue words and the gazetteers in `patterns/names/`
  columns     TableColumnRecognizer: values in a pasted table that its column's header names
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from presidio_analyzer import EntityRecognizer, Pattern, predefined_recognizers

from genai_guard.recognizers.column_recognizer import (
    ColumnRule,
    TableColumnRecognizer,
    column_rule,
)
from genai_guard.recognizers.name_recognizer import CaseNoteNameRecognizer
from genai_guard.recognizers.pattern_recognizer import (
    CaseNotePatternRecognizer,
    CompiledPattern,
    flags_for,
    place_key,
)
from genai_guard.recognizers.term_list import read_terms
from genai_guard.recognizers.term_recognizer import TermListRecognizer
from genai_guard.yaml_file import read_yaml


class RecognizerFileError(ValueError):
    """A recognizer YAML file is missing a key or holds a value the loader cannot use."""


@dataclass(frozen=True)
class RecognizerSpec:
    """One recognizer file, validated."""

    path: Path
    data: dict[str, Any]
    name: str = field(init=False)
    kind: str = field(init=False)

    def __post_init__(self) -> None:
        for key in ("name", "type"):
            if key not in self.data:
                raise RecognizerFileError(f"{self.path}: missing key {key!r}")
        object.__setattr__(self, "name", str(self.data["name"]))
        object.__setattr__(self, "kind", str(self.data["type"]))

    @property
    def enabled(self) -> bool:
        return bool(self.data.get("enabled", True))

    @property
    def degraded(self) -> bool:
        return bool(self.data.get("degraded", False))

    def require(self, key: str) -> Any:
        if key not in self.data:
            raise RecognizerFileError(f"{self.path}: a {self.kind!r} recognizer needs {key!r}")
        return self.data[key]

    def patterns(self) -> list[Pattern]:
        """Named, scored patterns; `{{NAME}}` in a regex is replaced by `definitions: NAME`."""
        definitions = self.data.get("definitions") or {}
        flags = flags_for(bool(self.data.get("case_sensitive", False)))
        try:
            return [
                CompiledPattern(p["name"], _expand(p["regex"], definitions), float(p["score"]), flags)
                for p in self.require("patterns")
            ]
        except (KeyError, TypeError, ValueError) as error:
            raise RecognizerFileError(f"{self.path}: bad pattern entry ({error})") from None


def _expand(pattern: str, definitions: dict[str, str]) -> str:
    """Substitute `{{NAME}}` fragments; a fragment may use fragments defined before it."""
    for _ in range(len(definitions) + 1):
        for key, fragment in definitions.items():
            pattern = pattern.replace("{{" + key + "}}", fragment)
    if "{{" in pattern:
        raise ValueError(f"undefined fragment in {pattern[:60]!r}")
    return pattern


def read_specs(directory: Path) -> list[RecognizerSpec]:
    specs = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = read_yaml(path)
        except yaml.YAMLError as error:
            raise RecognizerFileError(f"{path}: not valid YAML ({error})") from None
        if not isinstance(data, dict):
            raise RecognizerFileError(f"{path}: expected a mapping at the top level")
        specs.append(RecognizerSpec(path, data))
    return specs


def build_recognizers(patterns_root: Path, *, with_names: bool = True) -> list[EntityRecognizer]:
    """Every enabled recognizer described under `patterns_root/recognizers`."""
    recognizers: list[EntityRecognizer] = []
    for spec in read_specs(patterns_root / "recognizers"):
        if not spec.enabled or (spec.kind == "names" and not with_names):
            continue
        recognizers.extend(_build(spec, patterns_root))
    return recognizers


def _build(spec: RecognizerSpec, root: Path) -> list[EntityRecognizer]:
    try:
        if spec.kind == "pattern":
            return [
                CaseNotePatternRecognizer(
                    supported_entity=spec.require("supported_entity"),
                    patterns=spec.patterns(),
                    name=spec.name,
                    context=spec.data.get("context"),
                    validator=spec.data.get("validator"),
                    negative_context=spec.data.get("negative_context"),
                    case_sensitive=bool(spec.data.get("case_sensitive", False)),
                    category=spec.data.get("category"),
                    places=_places(spec, root),
                )
            ]
        if spec.kind == "predefined":
            cls = getattr(predefined_recognizers, spec.require("class"), None)
            if cls is None:
                raise RecognizerFileError(f"{spec.path}: Presidio has no recognizer {spec.data['class']!r}")
            kwargs = dict(spec.data.get("arguments") or {})
            if "context" in spec.data:
                kwargs["context"] = spec.data["context"]
            if "supported_entity" in spec.data:
                kwargs["supported_entity"] = spec.data["supported_entity"]
            return [cls(**kwargs)]
        if spec.kind == "terms":
            return _term_recognizers(spec, root)
        if spec.kind == "columns":
            return [TableColumnRecognizer(name=spec.name, rules=_column_rules(spec))]
        if spec.kind == "names":
            return [
                CaseNoteNameRecognizer(
                    name=spec.name,
                    titles=spec.require("titles"),
                    kin_cues=spec.require("kin_cues"),
                    role_cues=spec.require("role_cues"),
                    place_words=spec.require("place_words"),
                    not_initials=spec.data.get("not_initials", []),
                    greeting_cues=spec.data.get("greeting_cues", []),
                    naming_words=spec.data.get("naming_words", []),
                    named_nouns=spec.data.get("named_nouns", []),
                    request_verbs=spec.data.get("request_verbs", []),
                    not_named=spec.data.get("not_named", []),
                    place_names=spec.data.get("place_names", []),
                    island_names=spec.data.get("island_names", []),
                    place_prefixes=spec.data.get("place_prefixes", []),
                    products_after_ms=spec.data.get("products_after_ms", []),
                    welsh_words=spec.data.get("welsh_words", {}),
                    numbered_nouns=spec.data.get("numbered_nouns", []),
                    places_of=spec.data.get("places_of", []),
                    public_titles=spec.data.get("public_titles", []),
                    public_post_nominals=spec.data.get("public_post_nominals", []),
                    public_offices=spec.data.get("public_offices", []),
                    roles_in_brackets=spec.data.get("roles_in_brackets", []),
                    cue_only_names=spec.data.get("cue_only_names", []),
                    theirs_after=spec.data.get("theirs_after", []),
                    speech_verbs=spec.data.get("speech_verbs", []),
                    family_kinds=spec.data.get("family_kinds", []),
                    not_senders=spec.data.get("not_senders", []),
                    scores=spec.require("scores"),
                    names_dir=root / "names",
                )
            ]
    except (TypeError, ValueError) as error:
        if isinstance(error, RecognizerFileError):
            raise
        raise RecognizerFileError(f"{spec.path}: {error}") from None
    raise RecognizerFileError(f"{spec.path}: unknown type {spec.kind!r}")


def _places(spec: RecognizerSpec, root: Path) -> frozenset[str]:
    """The gazetteer a pattern's `place` group is checked against (`places`: a list file, or
    several: "[small_places.txt, small_islands.txt]")."""
    files = spec.data.get("places") or []
    if isinstance(files, str):
        files = [files]
    return frozenset(place_key(name) for file in files for name in read_terms(root / file))


def _column_rules(spec: RecognizerSpec) -> list[ColumnRule]:
    """The `columns` of a table-column recognizer, `{{NAME}}` fragments expanded."""
    definitions = spec.data.get("definitions") or {}
    try:
        return [
            column_rule(
                column["entity"],
                _expand(column["header"], definitions),
                _expand(column["cell"], definitions),
                float(column["score"]),
                column.get("validator"),
            )
            for column in spec.require("columns")
        ]
    except (KeyError, TypeError) as error:
        raise RecognizerFileError(f"{spec.path}: bad column entry ({error})") from None


def _term_recognizers(spec: RecognizerSpec, root: Path) -> list[EntityRecognizer]:
    return [
        TermListRecognizer(
            name=spec.name,
            supported_entity=spec.require("supported_entity"),
            terms_dir=root / spec.require("terms_dir"),
            score=float(spec.require("score")),
        )
    ]
