"""The labelled evaluation corpus: parse, build and validate the span-annotated source files.

Source format (``tests/corpus/*.txt``; see ``docs/quality.md``)::

    ### id=cn-001 decision=block kind=identifying genre=case_note split=dev
    HV to [[PERSON:Jayden Clarke]], NHS [[UK_NHS:943 476 5919]], mum reports
    [[SPECIAL_CATEGORY/health:type 1 diabetes]] well managed. Can you summarise?

Text before the first header is a file preamble and is ignored. A prompt's text is every line
after its header up to the next header, with leading and trailing blank lines removed. Spans
are ``[[TYPE:text]]`` or ``[[SPECIAL_CATEGORY/category:text]]``; they do not nest. The tokens
``{zwsp}``, ``{zwj}``, ``{zwnj}``, ``{nbsp}`` and ``{shy}`` stand for invisible characters.
Optional header field ``flags=jigsaw`` marks special-category detail about an unnamed but
identifiable person (expected decision warn).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DECISIONS = ("allow", "warn", "block")
KINDS = ("identifying", "benign", "tricky")
SPLITS = ("dev", "heldout")
FLAGS = frozenset({"jigsaw"})
GENRES = (
    "case_note",
    "letter",
    "chronology",
    "referral",
    "strategy_discussion",
    "care_act_assessment",
    "amhp_note",
    "discharge_note",
    "youth_justice",
    "supervision",
    "placement_reflection",
    "email",
    "question",
    "template",
    "agenda",
)
IDENTIFIER_TYPES = frozenset(
    {
        "DATE_OF_BIRTH",
        "UK_NHS",
        "SCOT_CHI",
        "NI_HCN",
        "UK_NINO",
        "UK_POSTCODE",
        "STREET_ADDRESS",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "CASE_REFERENCE",
        "UK_PASSPORT",
        "UK_DRIVING_LICENCE",
        "BANK_ACCOUNT",
        "CREDIT_CARD",
        "IBAN_CODE",
        "UK_UPN",
        "PRISON_NUMBER",
        "IP_ADDRESS",
    }
)
ENTITY_TYPES = IDENTIFIER_TYPES | {"PERSON", "SPECIAL_CATEGORY"}
CATEGORIES = frozenset(
    {
        "health",
        "ethnic_origin",
        "religion_or_belief",
        "sexual_orientation",
        "sex_life",
        "gender_identity",
        "political_opinion",
        "trade_union",
        "genetic",
        "biometric",
        "criminal_offence",
        "immigration_status",
    }
)
INVISIBLES = {
    "{zwsp}": "\u200b",
    "{zwnj}": "\u200c",
    "{zwj}": "\u200d",
    "{nbsp}": "\u00a0",
    "{shy}": "\u00ad",
}

HEADER_RE = re.compile(r"^###\s+(id=.*)$")
FIELD_RE = re.compile(r"(\w+)=(\S+)")
SPAN_RE = re.compile(r"\[\[([A-Z_]+)(?:/([a-z_]+))?:(.*?)\]\]", re.DOTALL)
INVISIBLE_RE = re.compile("|".join(re.escape(token) for token in INVISIBLES))
INVISIBLE_CHARS_RE = re.compile("[\u200b\u200c\u200d\u00ad\u2060]")
SEPARATORS_RE = re.compile(r"[\s\-\u200b\u200c\u200d\u00ad\u2060./]")


class CorpusError(ValueError):
    """The corpus sources do not build; ``errors`` lists every problem with file and line."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__(f"{len(errors)} corpus error(s):\n" + "\n".join(errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class Span:
    """A gold annotation: ``text[start:end]`` is personal data of ``entity_type``."""

    start: int
    end: int
    entity_type: str
    text: str
    category: str | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.category:
            body["category"] = self.category
        return body


@dataclass
class Prompt:
    """One labelled prompt: plain text, gold spans and the decision the guard should give."""

    id: str
    text: str
    spans: list[Span]
    decision: str
    kind: str
    genre: str
    split: str
    flags: frozenset[str] = frozenset()
    source: str = ""
    header: dict[str, str] = field(default_factory=dict)

    @property
    def jigsaw(self) -> bool:
        return "jigsaw" in self.flags


# ---------------------------------------------------------------------------
# Checksums. The service's own validators are preferred where the lead's module provides them.


def mod11_check_digit(first_nine: str) -> int | None:
    """The NHS/CHI/H&C modulus-11 check digit for nine digits, or None when none is possible."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def mod11_valid(digits: str) -> bool:
    """True for ten digits whose last is the modulus-11 check digit of the first nine."""
    return len(digits) == 10 and digits.isdigit() and mod11_check_digit(digits[:9]) == int(digits[9])


def luhn_check_digit(payload: str) -> int:
    """The Luhn digit to append to ``payload``."""
    total = 0
    for index, char in enumerate(reversed(payload)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def luhn_valid(digits: str) -> bool:
    return len(digits) >= 12 and digits.isdigit() and luhn_check_digit(digits[:-1]) == int(digits[-1])


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check_letter(body: str) -> str:
    """The DfE check letter for the 12 characters after it (digits; a final letter allowed)."""
    total = 0
    for weight, char in zip(range(2, 14), body, strict=True):
        value = int(char) if char.isdigit() else UPN_LETTERS.index(char)
        total += value * weight
    return UPN_LETTERS[total % 23]


def upn_valid(value: str) -> bool:
    value = value.upper()
    return (
        re.fullmatch(r"[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]", value) is not None
        and upn_check_letter(value[1:]) == value[0]
    )


IBAN_LENGTHS = {"GB": 22, "IE": 22, "PL": 28, "RO": 24, "LT": 20, "DE": 22, "FR": 27, "ES": 24}


def iban_remainder(iban: str) -> int:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits for an IBAN of ``country`` with basic bank account ``bban``."""
    return f"{98 - iban_remainder(country + '00' + bban):02d}"


def iban_valid(value: str) -> bool:
    value = value.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", value):
        return False
    expected = IBAN_LENGTHS.get(value[:2])
    return (expected is None or len(value) == expected) and iban_remainder(value) == 1


def chi_valid(digits: str) -> bool:
    """CHI: ten digits, the first six a real DDMMYY date, passing modulus 11."""
    if not mod11_valid(digits):
        return False
    try:
        dt.date(2000 + int(digits[4:6]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return True


def hcn_valid(digits: str) -> bool:
    """Northern Ireland Health and Care number: 320-399 range, modulus 11."""
    return mod11_valid(digits) and 320 <= int(digits[:3]) <= 399


# The service's validator (by its name in genai_guard.recognizers.validators) for each type.
SERVICE_VALIDATORS = {
    "UK_NHS": "nhs_number",
    "SCOT_CHI": "chi_number",
    "NI_HCN": "hc_number",
    "UK_UPN": "unique_pupil_number",
    "UK_POSTCODE": "uk_postcode",
    "PHONE_NUMBER": "uk_phone",
    "CREDIT_CARD": "luhn",
    "EMAIL_ADDRESS": "email_address",
}


def service_validator(entity_type: str) -> Callable[[str], bool | None] | None:
    """The service's own validator for an entity type, or None where it has none (or is absent)."""
    name = SERVICE_VALIDATORS.get(entity_type)
    if name is None:
        return None
    try:
        from genai_guard.recognizers.validators import VALIDATORS
    except ImportError:
        return None
    return VALIDATORS.get(name)


def _visible(text: str) -> str:
    """Text as the service's validators expect it: no invisible characters, no line breaks."""
    return INVISIBLE_CHARS_RE.sub("", text).replace("\n", " ")


def _digits(text: str) -> str:
    return SEPARATORS_RE.sub("", text)


NINO_RE = re.compile(r"(?!BG|GB|NK|KN|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
POSTCODE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
LICENCE_RE = re.compile(
    r"[A-Z9]{5}\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}[A-Z0-9][A-Z]{2}"
)
EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+")
MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
DOB_RE = re.compile(
    rf"(\d{{1,2}}(st|nd|rd|th)?[\s./-]*({MONTHS}|\d{{1,2}})[\s,./-]*(\d{{2}}|\d{{4}}))"
    rf"|(({MONTHS})\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}})"
    rf"|(\d{{4}}-\d{{2}}-\d{{2}})",
    re.IGNORECASE,
)


def _phone_valid(text: str) -> bool:
    compact = text.replace("(0)", "")
    digits = re.sub(r"\D", "", compact)
    if compact.lstrip().startswith("+"):
        if not digits.startswith("44"):
            return 8 <= len(digits) <= 15
        digits = "0" + digits[2:]
    return digits.startswith("0") and len(digits) in (10, 11)


def _ip_valid(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _upper_compact(text: str) -> str:
    return _digits(text).upper()


def _bank_valid(text: str) -> bool:
    return len(re.sub(r"\D", "", text)) in (6, 8, 14)


# Each check returns None when the span's text is acceptable, else a short reason.
CHECKS: dict[str, tuple[Callable[[str], bool], str]] = {
    "UK_NHS": (lambda t: mod11_valid(_digits(t)), "not a 10-digit number passing modulus 11"),
    "SCOT_CHI": (lambda t: chi_valid(_digits(t)), "not a DDMMYY date + modulus-11 CHI"),
    "NI_HCN": (lambda t: hcn_valid(_digits(t)), "not a 320-399 modulus-11 H&C number"),
    "UK_NINO": (lambda t: NINO_RE.fullmatch(_upper_compact(t)) is not None, "not a NINO"),
    "UK_UPN": (lambda t: upn_valid(_upper_compact(t)), "UPN check letter is wrong"),
    "CREDIT_CARD": (lambda t: luhn_valid(_digits(t)), "card number fails Luhn"),
    "IBAN_CODE": (lambda t: iban_valid(_upper_compact(t)), "IBAN fails mod-97 or length"),
    "UK_POSTCODE": (
        lambda t: POSTCODE_RE.fullmatch(_upper_compact(t)) is not None,
        "not a full UK postcode",
    ),
    "UK_DRIVING_LICENCE": (
        lambda t: LICENCE_RE.fullmatch(_upper_compact(t)) is not None,
        "not a DVLA licence structure",
    ),
    "UK_PASSPORT": (
        lambda t: re.fullmatch(r"\d{9}|[A-Z]{2}\d{7}", _upper_compact(t)) is not None,
        "not a 9-digit or AA1234567 passport number",
    ),
    "PRISON_NUMBER": (
        lambda t: re.fullmatch(r"[A-Z]\d{4}[A-Z]{2}", _upper_compact(t)) is not None,
        "not a prison number like A1234BC",
    ),
    "EMAIL_ADDRESS": (lambda t: EMAIL_RE.fullmatch(t) is not None, "not an email address"),
    "PHONE_NUMBER": (_phone_valid, "not a UK or international phone number"),
    "IP_ADDRESS": (_ip_valid, "not an IP address"),
    "BANK_ACCOUNT": (_bank_valid, "not a sort code and/or account number"),
    "DATE_OF_BIRTH": (lambda t: DOB_RE.search(t) is not None, "not a recognisable date"),
    "CASE_REFERENCE": (lambda t: any(c.isdigit() for c in t), "a reference has no digit"),
    "PERSON": (lambda t: t[:1].isalpha(), "a name starts with a letter"),
}


def check_span_value(entity_type: str, text: str) -> str | None:
    """None when an annotated value is well formed (and passes its checksum), else the reason."""
    check = CHECKS.get(entity_type)
    if check is not None and not check[0](text):
        return check[1]
    service = service_validator(entity_type)
    if service is not None and service(_visible(text)) is False:
        return f"rejected by the service's validator {SERVICE_VALIDATORS[entity_type]!r}"
    return None


# ---------------------------------------------------------------------------
# Decision rules (the default policy), shared with the evaluation of the vanilla baseline.


def decide(entity_types: Iterable[str], jigsaw: bool = False) -> str:
    """The default policy's decision for a set of entity types (plus the jigsaw flag)."""
    types = set(entity_types)
    if types & IDENTIFIER_TYPES:
        return "block"
    if "PERSON" in types:
        return "block" if "SPECIAL_CATEGORY" in types else "warn"
    return "warn" if jigsaw else "allow"


# ---------------------------------------------------------------------------
# Parsing.


@dataclass
class _RawPrompt:
    path: Path
    header_line: int
    fields: dict[str, str]
    lines: list[str]
    first_body_line: int


def _split_blocks(path: Path, lines: list[str], errors: list[str]) -> list[_RawPrompt]:
    blocks: list[_RawPrompt] = []
    for number, line in enumerate(lines, start=1):
        match = HEADER_RE.match(line.rstrip("\n"))
        if match:
            fields = dict(FIELD_RE.findall(match.group(1)))
            blocks.append(_RawPrompt(path, number, fields, [], number + 1))
        elif line.startswith("###"):
            errors.append(f"{path}:{number}: header line must start with '### id='")
        elif blocks:
            blocks[-1].lines.append(line)
    return blocks


def _strip_blank_lines(block: _RawPrompt) -> tuple[str, int]:
    lines = block.lines
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    last = len(lines)
    while last > first and not lines[last - 1].strip():
        last -= 1
    return "".join(lines[first:last]).rstrip("\n"), block.first_body_line + first


def _parse_markup(source: str, where: Callable[[int], str], errors: list[str]) -> tuple[str, list[Span]]:
    """Turn marked-up text into plain text and spans; ``where(offset)`` names file:line."""
    plain: list[str] = []
    spans: list[Span] = []
    length = 0
    cursor = 0

    def emit(chunk: str, at: int) -> str:
        nonlocal length
        if "[[" in chunk or "]]" in chunk:
            errors.append(f"{where(at)}: unbalanced or malformed span markup")
        text = INVISIBLE_RE.sub(lambda m: INVISIBLES[m.group(0)], chunk)
        plain.append(text)
        length += len(text)
        return text

    for match in SPAN_RE.finditer(source):
        emit(source[cursor : match.start()], cursor)
        label, category, inner = match.group(1), match.group(2), match.group(3)
        if "[[" in inner:
            errors.append(f"{where(match.start())}: spans must not nest or be left open")
        start = length
        value = emit(inner, match.start(3))
        spans.append(Span(start, length, label, value, category))
        _check_span(spans[-1], where(match.start()), errors)
        cursor = match.end()
    emit(source[cursor:], cursor)
    return "".join(plain), spans


def _check_span(span: Span, where: str, errors: list[str]) -> None:
    if span.entity_type not in ENTITY_TYPES:
        errors.append(f"{where}: unknown entity type {span.entity_type!r}")
        return
    if span.entity_type == "SPECIAL_CATEGORY":
        if span.category not in CATEGORIES:
            errors.append(f"{where}: SPECIAL_CATEGORY needs a known category, not {span.category!r}")
    elif span.category is not None:
        errors.append(f"{where}: only SPECIAL_CATEGORY takes a category")
    if not span.text.strip() or span.text != span.text.strip():
        errors.append(f"{where}: span text is empty or has surrounding whitespace")
        return
    reason = check_span_value(span.entity_type, span.text)
    if reason:
        errors.append(f"{where}: {span.entity_type} {span.text!r}: {reason}")


def _check_header(block: _RawPrompt, errors: list[str]) -> bool:
    where = f"{block.path}:{block.header_line}"
    fields = block.fields
    ok = True
    allowed = {
        "decision": DECISIONS,
        "kind": KINDS,
        "genre": GENRES,
        "split": SPLITS,
    }
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", fields.get("id", "")):
        errors.append(f"{where}: id must be lower-case letters, digits, '-' or '_'")
        ok = False
    for name, values in allowed.items():
        if fields.get(name) not in values:
            errors.append(f"{where}: {name} must be one of {', '.join(values)}")
            ok = False
    unknown_flags = set(filter(None, fields.get("flags", "").split(","))) - FLAGS
    if unknown_flags:
        errors.append(f"{where}: unknown flags {sorted(unknown_flags)}")
    unknown_fields = set(fields) - {"id", "flags", *allowed}
    if unknown_fields:
        errors.append(f"{where}: unknown header fields {sorted(unknown_fields)}")
    return ok


def _check_consistency(prompt: Prompt, errors: list[str]) -> None:
    where = prompt.source
    expected = decide((s.entity_type for s in prompt.spans), prompt.jigsaw)
    if expected != prompt.decision:
        types = sorted({s.entity_type for s in prompt.spans}) or ["no spans"]
        errors.append(
            f"{where}: decision={prompt.decision} but the annotations ({', '.join(types)}"
            f"{', jigsaw' if prompt.jigsaw else ''}) give {expected}"
        )
    _check_unannotated_names(prompt, errors)
    identifying = prompt.decision != "allow"
    if identifying != (prompt.kind == "identifying"):
        errors.append(f"{where}: kind={prompt.kind} does not fit decision={prompt.decision}")
    if not prompt.text.strip():
        errors.append(f"{where}: prompt has no text")


NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx", "nan", "mum", "dad"})


def _check_unannotated_names(prompt: Prompt, errors: list[str]) -> None:
    """A name annotated once must be annotated every time it recurs in the same prompt."""
    covered = [(s.start, s.end) for s in prompt.spans]
    tokens = {
        token
        for span in prompt.spans
        if span.entity_type == "PERSON"
        for token in re.findall(r"[^\W\d_][\w'-]*[^\W\d_]", span.text)
        if len(token) >= 3 and token.lower() not in NAME_TITLES
    }
    for token in sorted(tokens):
        for match in re.finditer(rf"(?<![\w-]){re.escape(token)}(?![\w-])", prompt.text, re.I):
            if not any(start <= match.start() < end for start, end in covered):
                errors.append(
                    f"{prompt.source}: name {token!r} also appears unannotated (offset {match.start()})"
                )
                break


def parse_file(path: Path) -> tuple[list[Prompt], list[str]]:
    """Parse one source file into prompts; return them with every error found."""
    errors: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    prompts: list[Prompt] = []
    for block in _split_blocks(path, lines, errors):
        header_ok = _check_header(block, errors)
        source, first_line = _strip_blank_lines(block)

        def where(offset: int, _src: str = source, _first: int = first_line) -> str:
            return f"{path}:{_first + _src.count(chr(10), 0, offset)}"

        text, spans = _parse_markup(source, where, errors)
        if not header_ok:
            continue
        fields = block.fields
        prompt = Prompt(
            id=fields["id"],
            text=text,
            spans=spans,
            decision=fields["decision"],
            kind=fields["kind"],
            genre=fields["genre"],
            split=fields["split"],
            flags=frozenset(filter(None, fields.get("flags", "").split(","))),
            source=f"{path}:{block.header_line}",
            header=dict(fields),
        )
        _check_consistency(prompt, errors)
        prompts.append(prompt)
    return prompts, errors


def corpus_files(paths: Iterable[Path | str]) -> list[Path]:
    """Expand directories into their ``*.txt`` and ``*.md`` files (sorted), keep files as given."""
    files: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            files.extend(sorted(p for p in item.iterdir() if p.suffix in (".txt", ".md")))
        else:
            files.append(item)
    return files


def _build(paths: Iterable[Path | str]) -> tuple[list[Prompt], list[str]]:
    prompts: list[Prompt] = []
    errors: list[str] = []
    files = corpus_files(paths)
    if not files:
        errors.append("no corpus files found")
    for path in files:
        if not path.is_file():
            errors.append(f"{path}: no such file")
            continue
        file_prompts, file_errors = parse_file(path)
        prompts.extend(file_prompts)
        errors.extend(file_errors)
    seen: dict[str, str] = {}
    for prompt in prompts:
        if prompt.id in seen:
            errors.append(f"{prompt.source}: duplicate id {prompt.id!r} (first at {seen[prompt.id]})")
        seen.setdefault(prompt.id, prompt.source)
    return prompts, errors


def validate_corpus(paths: Iterable[Path | str]) -> list[str]:
    """Every problem in the corpus sources, each naming file and line; empty when it builds."""
    return _build(paths)[1]


def load_corpus(paths: Iterable[Path | str]) -> list[Prompt]:
    """Build the corpus; raise ``CorpusError`` listing all problems if it does not validate."""
    prompts, errors = _build(paths)
    if errors:
        raise CorpusError(errors)
    return prompts


def select_split(prompts: Iterable[Prompt], split: str) -> list[Prompt]:
    """Prompts of one split (``dev``, ``heldout``) or ``all``."""
    if split == "all":
        return list(prompts)
    if split not in SPLITS:
        raise ValueError(f"split must be dev, heldout or all, not {split!r}")
    return [p for p in prompts if p.split == split]


def summarize(prompts: Sequence[Prompt]) -> dict[str, Any]:
    """Counts by kind, decision, split, genre and annotated entity type."""
    return {
        "prompts": len(prompts),
        "kind": dict(Counter(p.kind for p in prompts)),
        "decision": dict(Counter(p.decision for p in prompts)),
        "split": dict(Counter(p.split for p in prompts)),
        "genre": dict(sorted(Counter(p.genre for p in prompts).items())),
        "spans": dict(sorted(Counter(s.entity_type for p in prompts for s in p.spans).items())),
        "categories": dict(
            sorted(Counter(s.category for p in prompts for s in p.spans if s.category).items())
        ),
    }
