"""Records pasted as structured text: a system's JSON, XML or YAML, a "key=value" dump, a form's
"Label: value" lines. As in a table, a value there is often bare ("LL-7720194", "CF/1192847") and
only its key says what it is ("personId", "<ref>", "CLIENT_NO=", "pnc_id:").

Keys are given to `wanted` as words parted by single spaces, in lower case, both as written
("contrOCC_id" is "controcc id") and with camel case parted ("personId" is "person id").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from genai_guard.tables import Span, label_words, trimmed

LONGEST_VALUE = 60
_KEY = r"[A-Za-z_«][\w.\- «»#]{0,38}?"
# "personId": "LL-7720194" and 'ref': 1234567 (a JSON or Python mapping's entry).
QUOTED_KEY = re.compile(
    rf"([\"'])(?P<key>{_KEY})\1[ \t]*:[ \t]*(?:([\"'])(?P<quoted>[^\"'\n]{{1,{LONGEST_VALUE}}})\3"
    rf"|(?P<bare>[^\s,\"'{{}}\[\]]{{1,{LONGEST_VALUE}}}))"
)
# <ref>EH-2024-07731</ref>, <field name="CareFirstID">7782109</field>.
XML_ELEMENT = re.compile(
    rf"<(?P<tag>[A-Za-z_][\w.\-:]{{0,38}})(?P<attributes>[^<>\n]{{0,200}})>"
    rf"(?P<value>[^<>\n]{{1,{LONGEST_VALUE}}})</(?P=tag)>"
)
# <incident ref="LANC-INC-24-448812">: an attribute inside a tag.
XML_TAG = re.compile(r"<[A-Za-z_][^<>\n]{0,300}>")
XML_ATTRIBUTE = re.compile(
    rf"\b(?P<key>[A-Za-z_][\w.\-:]{{0,38}})=([\"'])(?P<value>[^\"'\n<>]{{1,{LONGEST_VALUE}}})\2"
)
NAME_ATTRIBUTE = re.compile(r"""\bname=(["'])(?P<key>[^"'\n<>]{1,40})\1""")
# "pnc_id: 08/771203Q", "- ref: "ASC/24/0771"", "CLIENT_NO=CF4417032 | NAME=...", "a=1; b=2",
# "a=1, b=2": a key opening a line (after a list's dash) or following a bar, a semicolon or a tab,
# or a comma when an equals sign follows the key.
LINE_KEY = re.compile(
    rf"(?:^|(?<=[\n|;\t])|(?<=,)(?=[ \t]*{_KEY}[ \t]*=))[ \t]*(?:[-*][ \t]+)?(?P<key>{_KEY})[ \t]*[:=][ \t]*"
    rf"(?P<value>[^\n|;\t]{{1,{LONGEST_VALUE}}}?)[ \t]*(?=[\n|;\t]|,[ \t]*{_KEY}[ \t]*=|$)"
)
CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Field:
    """One keyed value: the key's words and the value's span."""

    key: str
    value: Span


def keyed_values(text: str, wanted: Callable[[str], bool]) -> Iterator[Field]:
    """Every value whose key, read both ways, is `wanted`."""

    def found(key: str, start: int, end: int) -> Iterator[Field]:
        form = next((form for form in key_words(key) if wanted(form)), None)
        if form is not None:
            start, end = trimmed(text, start, end)
            if start < end:
                yield Field(form, (start, end))

    if '"' in text or "'" in text:
        for match in QUOTED_KEY.finditer(text):
            group = "quoted" if match.group("quoted") is not None else "bare"
            yield from found(match.group("key"), *match.span(group))
    if "<" in text:
        for match in XML_ELEMENT.finditer(text):
            named = NAME_ATTRIBUTE.search(match.group("attributes"))
            key = named.group("key") if named else match.group("tag")
            yield from found(key, *match.span("value"))
        for tag in XML_TAG.finditer(text):
            for attribute in XML_ATTRIBUTE.finditer(text, tag.start(), tag.end()):
                yield from found(attribute.group("key"), *attribute.span("value"))
    if ":" in text or "=" in text:
        for match in LINE_KEY.finditer(text):
            yield from found(match.group("key"), *match.span("value"))


def key_words(key: str) -> tuple[str, ...]:
    """The key's words as written, then with camel case parted, when that differs."""
    plain = label_words(key)
    parted = label_words(CAMEL_BOUNDARY.sub(" ", key))
    return (plain,) if parted == plain else (plain, parted)
