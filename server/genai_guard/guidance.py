"""Guidance shown with a warn or block answer, built from the wording in patterns/guidance.yaml.

The wording is data so that practice leads can change it without touching code; this module only
checks the file once at start-up (so a typo fails loudly there, not in a dialog) and assembles the
guidance for one answer.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args

import yaml

from genai_guard.yaml_file import read_yaml

from .findings import Audience, Finding
from .paths import patterns_path

AUDIENCES: tuple[str, ...] = get_args(Audience)
GUIDED_DECISIONS: tuple[str, ...] = ("block", "warn")
ORGANISATION_FIELDS: tuple[str, ...] = ("approved_tools", "dpo_contact", "policy_url")
_BUILT_IN_KINDS = ("identifier", "name", "date_of_birth", "special", "context")
KNOWN_KINDS: frozenset[str] = frozenset(_BUILT_IN_KINDS)
SPECIAL_ENTITY = "SPECIAL_CATEGORY"

_TOP_KEYS = frozenset(
    {"audiences", "sources", "headlines", "explanations", "why", "what_to_do", "override_reasons"}
)
_POINT_KEYS = frozenset({"id", "text", "source", "when", "with"})
_WHEN_KEYS = ("decision", "audience", "kinds", "entity_types", "categories", "organisation")


def default_guidance_path() -> Path:
    """Where the guidance wording lives (follows $GENAI_GUARD_PATTERNS like every pattern file)."""
    return patterns_path("guidance.yaml")


class GuidanceError(ValueError):
    """guidance.yaml (or the entities.yaml it is checked against) is wrong; names file and key."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        super().__init__(f"{path}: {key}: {problem}")
        self.path = path
        self.key = key


# --------------------------------------------------------------------------------------------
# Parsed form


@dataclass(frozen=True)
class _When:
    """Conditions on one answer; empty fields match anything."""

    decision: frozenset[str] = frozenset()
    audience: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    entity_types: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    organisation: frozenset[str] = frozenset()

    def matches(self, ctx: _Context) -> bool:
        checks = (
            (self.decision, {ctx.decision}),
            (self.audience, {ctx.audience}),
            (self.kinds, ctx.kinds),
            (self.entity_types, ctx.entity_types),
            (self.categories, ctx.categories),
            (self.organisation, ctx.organisation_fields),
        )
        return all(not wanted or wanted & present for wanted, present in checks)


@dataclass(frozen=True)
class _Text:
    """A text per audience, plus the organisation-specific variants that replace it."""

    by_audience: Mapping[str, str]
    variants: tuple[tuple[str, Mapping[str, str]], ...] = ()

    def render(self, audience: str, organisation: Mapping[str, str]) -> str:
        for field, texts in self.variants:
            if field in organisation:
                return texts[audience].format_map(organisation)
        return self.by_audience[audience].format_map(organisation)


@dataclass(frozen=True)
class _Point:
    id: str
    text: _Text
    source: str
    when: _When


@dataclass(frozen=True)
class _Explanation:
    text: _Text
    source: str


@dataclass(frozen=True)
class _Context:
    decision: str
    audience: str
    kinds: frozenset[str]
    entity_types: frozenset[str]
    categories: frozenset[str]
    organisation_fields: frozenset[str]


# --------------------------------------------------------------------------------------------
# Loading and validation


class _Loader:
    """Turns the raw YAML into checked parts, raising GuidanceError with the offending key."""

    def __init__(self, path: Path, entities: Mapping[str, Any], categories: Mapping[str, Any]):
        self.path = path
        self.entities = entities
        self.categories = categories
        declared = {e.get("kind") for e in entities.values() if isinstance(e, Mapping)}
        self.kinds = KNOWN_KINDS | {str(kind) for kind in declared}
        self.sources: dict[str, str] = {}

    def fail(self, key: str, problem: str) -> GuidanceError:
        return GuidanceError(self.path, key, problem)

    def mapping(self, value: Any, key: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(key, "must be a mapping")
        return value

    def text_value(self, value: Any, key: str, fields: Iterable[str] = ()) -> str:
        """A non-empty string whose {placeholders} are all among `fields` (sure to be filled)."""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string")
        try:
            used = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            hint = "write {{ and }} for literal braces"
            raise self.fail(key, f"bad braces ({exc}); {hint}") from exc
        unknown = used - set(fields)
        if unknown:
            name = sorted(unknown)[0]
            why = (
                "is only allowed when the point's `when.organisation` or `with` guarantees it"
                if name in ORGANISATION_FIELDS
                else f"is unknown; use one of {ORGANISATION_FIELDS}"
            )
            raise self.fail(key, f"placeholder {{{name}}} {why}")
        return value.strip()

    def per_audience(self, value: Any, key: str, fields: Iterable[str] = ()) -> dict[str, str]:
        if isinstance(value, str):
            text = self.text_value(value, key, fields)
            return {audience: text for audience in AUDIENCES}
        raw = self.mapping(value, key)
        for audience in AUDIENCES:
            if audience not in raw:
                raise self.fail(f"{key}.{audience}", "missing (give a string or every audience)")
        extra = set(raw) - set(AUDIENCES)
        if extra:
            raise self.fail(f"{key}.{sorted(extra)[0]}", f"unknown audience; use {AUDIENCES}")
        return {a: self.text_value(raw[a], f"{key}.{a}", fields) for a in AUDIENCES}

    def text(self, raw: Mapping[str, Any], key: str, when: _When | None = None) -> _Text:
        if "text" not in raw:
            raise self.fail(f"{key}.text", "missing")
        guaranteed = when.organisation if when else frozenset()
        by_audience = self.per_audience(raw["text"], f"{key}.text", guaranteed)
        variants = []
        for field, value in self.mapping(raw.get("with", {}), f"{key}.with").items():
            if field not in ORGANISATION_FIELDS:
                problem = f"unknown setting; use {ORGANISATION_FIELDS}"
                raise self.fail(f"{key}.with.{field}", problem)
            texts = self.per_audience(value, f"{key}.with.{field}", guaranteed | {field})
            if not any(f"{{{field}}}" in t for t in texts.values()):
                raise self.fail(f"{key}.with.{field}", f"text must use {{{field}}}")
            variants.append((field, texts))
        return _Text(by_audience, tuple(variants))

    def source(self, raw: Mapping[str, Any], key: str) -> str:
        source_id = raw.get("source")
        if not source_id:
            raise self.fail(f"{key}.source", "missing (every point needs a citation)")
        if source_id not in self.sources:
            raise self.fail(f"{key}.source", f"unknown source {source_id!r}")
        return self.sources[source_id]

    def when(self, value: Any, key: str) -> _When:
        if value is None:
            return _When()
        raw = self.mapping(value, key)
        allowed = {
            "decision": set(GUIDED_DECISIONS),
            "audience": set(AUDIENCES),
            "kinds": set(self.kinds),
            "entity_types": set(self.entities),
            "categories": set(self.categories),
            "organisation": set(ORGANISATION_FIELDS),
        }
        parsed: dict[str, frozenset[str]] = {}
        for name, values in raw.items():
            if name not in allowed:
                raise self.fail(f"{key}.{name}", f"unknown condition; use {_WHEN_KEYS}")
            if isinstance(values, str):
                values = [values]
            if not isinstance(values, list) or not values:
                raise self.fail(f"{key}.{name}", "must be a non-empty list")
            for item in values:
                if item not in allowed[name]:
                    raise self.fail(f"{key}.{name}", f"unknown {name} value {item!r}")
            parsed[name] = frozenset(values)
        return _When(**parsed)

    def load_sources(self, value: Any) -> None:
        for source_id, citation in self.mapping(value, "sources").items():
            self.sources[source_id] = self.text_value(citation, f"sources.{source_id}")

    def headlines(self, value: Any) -> dict[str, dict[str, list[tuple[_When, str]]]]:
        raw = self.mapping(value, "headlines")
        result: dict[str, dict[str, list[tuple[_When, str]]]] = {}
        for decision in GUIDED_DECISIONS:
            per_decision = self.mapping(raw.get(decision), f"headlines.{decision}")
            result[decision] = {}
            for audience in AUDIENCES:
                key = f"headlines.{decision}.{audience}"
                if audience not in per_decision:
                    raise self.fail(key, "missing (every decision needs a headline per audience)")
                entry = per_decision[audience]
                options = entry if isinstance(entry, list) else [{"text": entry}]
                parsed = []
                for i, option in enumerate(options):
                    item = self.mapping(option, f"{key}[{i}]")
                    parsed.append(
                        (
                            self.when(item.get("when"), f"{key}[{i}].when"),
                            self.text_value(item.get("text"), f"{key}[{i}].text"),
                        )
                    )
                if not parsed or "when" in options[-1]:
                    raise self.fail(key, "the last headline must have no `when` (the default)")
                result[decision][audience] = parsed
            extra = set(per_decision) - set(AUDIENCES)
            if extra:
                raise self.fail(f"headlines.{decision}.{sorted(extra)[0]}", "unknown audience")
        extra = set(raw) - set(GUIDED_DECISIONS)
        if extra:
            problem = f"unknown decision; use {GUIDED_DECISIONS}"
            raise self.fail(f"headlines.{sorted(extra)[0]}", problem)
        return result

    def explanation(self, value: Any, key: str) -> _Explanation:
        raw = self.mapping(value, key)
        if "with" in raw or "when" in raw:
            raise self.fail(f"{key}.{'with' if 'with' in raw else 'when'}", "not allowed here")
        return _Explanation(self.text(raw, key), self.source(raw, key))

    def explanations(self, value: Any, key: str, names: Iterable[str]) -> dict[str, _Explanation]:
        raw = self.mapping(value, key)
        expected = list(names)
        for name in expected:
            if name not in raw:
                raise self.fail(f"{key}.{name}", "missing explanation (it is in entities.yaml)")
        for name in raw:
            if name not in expected:
                raise self.fail(f"{key}.{name}", "unknown (not in entities.yaml)")
        return {name: self.explanation(raw[name], f"{key}.{name}") for name in expected}

    def points(self, value: Any, key: str) -> list[_Point]:
        if not isinstance(value, list) or not value:
            raise self.fail(key, "must be a non-empty list of points")
        seen: set[str] = set()
        points = []
        for i, item in enumerate(value):
            raw = self.mapping(item, f"{key}[{i}]")
            point_id = raw.get("id")
            if not isinstance(point_id, str) or not point_id:
                raise self.fail(f"{key}[{i}].id", "missing")
            where = f"{key}.{point_id}"
            if point_id in seen:
                raise self.fail(where, "duplicate id")
            seen.add(point_id)
            extra = set(raw) - _POINT_KEYS
            if extra:
                problem = f"unknown key; use {sorted(_POINT_KEYS)}"
                raise self.fail(f"{where}.{sorted(extra)[0]}", problem)
            when = self.when(raw.get("when"), f"{where}.when")
            text = self.text(raw, where, when)
            points.append(_Point(point_id, text, self.source(raw, where), when))
        return points

    def override_reasons(self, value: Any) -> list[dict[str, str]]:
        if not isinstance(value, list) or not value:
            raise self.fail("override_reasons", "must be a non-empty list of {id, text}")
        reasons = []
        for i, item in enumerate(value):
            raw = self.mapping(item, f"override_reasons[{i}]")
            reason_id = raw.get("id")
            if not isinstance(reason_id, str) or not reason_id.replace("_", "").isalnum():
                raise self.fail(f"override_reasons[{i}].id", "must be a word like not_personal")
            if any(r["id"] == reason_id for r in reasons):
                raise self.fail(f"override_reasons.{reason_id}", "duplicate id")
            text = self.text_value(raw.get("text"), f"override_reasons.{reason_id}.text")
            reasons.append({"id": reason_id, "text": text})
        return reasons


def _read_yaml(path: Path) -> Mapping[str, Any]:
    try:
        data = read_yaml(path)
    except OSError as exc:
        raise GuidanceError(path, "(file)", f"cannot be read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise GuidanceError(path, "(file)", f"is not valid YAML: {exc}") from exc
    if not isinstance(data, Mapping):
        raise GuidanceError(path, "(file)", "must hold a mapping at the top level")
    return data


# --------------------------------------------------------------------------------------------
# Public API


class GuidanceBook:
    """The checked guidance wording; builds the `guidance` object of an analyze answer."""

    def __init__(self, path: Path, raw: Mapping[str, Any], entities_raw: Mapping[str, Any]):
        entities = entities_raw.get("entities")
        categories = entities_raw.get("categories")
        if not isinstance(entities, Mapping) or not isinstance(categories, Mapping):
            raise GuidanceError(path, "entities.yaml", "needs `entities` and `categories` mappings")
        loader = _Loader(path, entities, categories)
        audiences = raw.get("audiences")
        if not isinstance(audiences, list) or sorted(audiences) != sorted(AUDIENCES):
            raise loader.fail("audiences", f"must list exactly {list(AUDIENCES)}")
        for key in raw:
            if key not in _TOP_KEYS:
                raise loader.fail(str(key), f"unknown top-level key; use {sorted(_TOP_KEYS)}")
        loader.load_sources(raw.get("sources"))
        explanations = loader.mapping(raw.get("explanations"), "explanations")

        self.path = path
        self._entities = entities
        self._categories = categories
        self._headlines = loader.headlines(raw.get("headlines"))
        self._entity_explanations = loader.explanations(
            explanations.get("entities"), "explanations.entities", entities
        )
        self._category_explanations = loader.explanations(
            explanations.get("categories"), "explanations.categories", categories
        )
        self._fallback = loader.explanation(explanations.get("fallback"), "explanations.fallback")
        self._why = loader.points(raw.get("why"), "why")
        self._what_to_do = loader.points(raw.get("what_to_do"), "what_to_do")
        self._override_reasons = loader.override_reasons(raw.get("override_reasons"))
        extra = set(explanations) - {"entities", "categories", "fallback"}
        if extra:
            raise loader.fail(f"explanations.{sorted(extra)[0]}", "unknown key")

    @classmethod
    def from_file(cls, path: Path | str, entities_path: Path | str | None = None) -> GuidanceBook:
        """Load and check guidance.yaml against entities.yaml (by default the one beside it)."""
        path = Path(path)
        entities_file = Path(entities_path) if entities_path else path.with_name("entities.yaml")
        return cls(path, _read_yaml(path), _read_yaml(entities_file))

    @property
    def override_reasons(self) -> list[dict[str, str]]:
        """The "Send anyway" reasons for /v1/policy, as [{id, text}]."""
        return [dict(reason) for reason in self._override_reasons]

    def explanation(self, entity_type: str, category: str | None, audience: str) -> dict[str, str]:
        """Label, explanation and source for one kind of finding (fallback if unknown)."""
        self._check_audience(audience)
        if category is not None and category in self._category_explanations:
            entry = self._category_explanations[category]
            label = str(self._categories[category].get("label", category))
        elif entity_type in self._entity_explanations:
            entry = self._entity_explanations[entity_type]
            label = str(self._entities[entity_type].get("label", entity_type))
        else:
            entry, label = self._fallback, entity_type
        return {
            "label": label,
            "explanation": entry.text.render(audience, {}),
            "source": entry.source,
        }

    def build(
        self,
        decision: str,
        findings: Sequence[Finding],
        audience: str,
        organisation: Mapping[str, Any] | None = None,
    ) -> dict[str, Any] | None:
        """The guidance object for one answer, or None for allow (nothing to explain)."""
        if decision == "allow":
            return None
        if decision not in GUIDED_DECISIONS:
            raise ValueError(f"unknown decision {decision!r}; use allow, warn or block")
        self._check_audience(audience)
        org_out, org_values = _organisation(organisation)
        ordered = sorted(findings, key=lambda f: (f.start, f.end))
        ctx = _Context(
            decision=decision,
            audience=audience,
            kinds=frozenset(self._kind(f) for f in ordered) - {""},
            entity_types=frozenset(f.entity_type for f in ordered),
            categories=frozenset(f.category for f in ordered if f.category),
            organisation_fields=frozenset(org_values),
        )
        options = self._headlines[decision][audience]
        headline = next(text for when, text in options if when.matches(ctx))
        return {
            "headline": headline,
            "audience": audience,
            "findings": self._finding_entries(ordered, audience),
            "why": _render_points(self._why, ctx, org_values),
            "what_to_do": _render_points(self._what_to_do, ctx, org_values),
            "organisation": org_out,
        }

    def _finding_entries(self, findings: Sequence[Finding], audience: str) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        seen: set[tuple[str, str | None]] = set()
        for finding in findings:
            key = (finding.entity_type, finding.category)
            if key in seen:
                continue
            seen.add(key)
            explained = self.explanation(finding.entity_type, finding.category, audience)
            if explained["label"] == finding.entity_type and finding.label:
                explained["label"] = finding.label
            entry: dict[str, Any] = {"entity_type": finding.entity_type, **explained}
            if finding.category is not None:
                entry["category"] = finding.category
            entries.append(entry)
        return entries

    def _kind(self, finding: Finding) -> str:
        if finding.entity_type == SPECIAL_ENTITY or finding.category:
            return "special"
        return str(self._entities.get(finding.entity_type, {}).get("kind", ""))

    @staticmethod
    def _check_audience(audience: str) -> None:
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}; use {' or '.join(AUDIENCES)}")


def _render_points(
    points: Sequence[_Point], ctx: _Context, organisation: Mapping[str, str]
) -> list[dict[str, str]]:
    return [
        {"id": p.id, "text": p.text.render(ctx.audience, organisation), "source": p.source}
        for p in points
        if p.when.matches(ctx)
    ]


def _join_tools(tools: Sequence[str]) -> str:
    """ "A", "A or B", "A, B or C": reads naturally after "use an approved tool instead:"."""
    if len(tools) < 2:
        return "".join(tools)
    return f"{', '.join(tools[:-1])} or {tools[-1]}"


def _organisation(
    organisation: Mapping[str, Any] | None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """The organisation block to return, and the filled-in settings as text for templates."""
    organisation = organisation or {}
    tools_raw = organisation.get("approved_tools") or []
    if isinstance(tools_raw, str):
        tools_raw = [tools_raw]
    tools = [str(t).strip() for t in tools_raw if str(t).strip()]
    policy_url = str(organisation.get("policy_url") or "").strip() or None
    dpo_contact = str(organisation.get("dpo_contact") or "").strip() or None
    out = {"policy_url": policy_url, "dpo_contact": dpo_contact, "approved_tools": tools}
    values: dict[str, str] = {}
    if tools:
        values["approved_tools"] = _join_tools(tools)
    if policy_url:
        values["policy_url"] = policy_url
    if dpo_contact:
        values["dpo_contact"] = dpo_contact
    return out, values


@lru_cache(maxsize=4)
def load_guidance(path: Path | None = None) -> GuidanceBook:
    """The guidance book, loaded and checked once per process (path defaults to the shipped one)."""
    return GuidanceBook.from_file(path or default_guidance_path())
