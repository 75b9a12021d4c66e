"""Rich Text Format: a small single-pass reader, so no third-party RTF code touches hostile input.

It keeps the visible text (body, headers, footers, footnotes, table cells) and skips the groups that
hold no text a reader sees: font and colour tables, style sheets, pictures, binary objects and
`{\\*...}` destinations. One part per non-blank paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from genai_guard.extract.base import Limits, Part, PartCollector, Unreadable, corrupt, too_large

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with optional numeric parameter
    rb"|\\'([0-9a-fA-F]{2})"  # hex-escaped byte in the document code page
    rb"|\\([^a-zA-Z])"  # control symbol: \{ \} \\ \~ \- \_ \* and \<newline>
    rb"|([{}])"
    rb"|[\r\n]+"  # raw line breaks carry no meaning in RTF
    rb"|([^\\{}\r\n]+)"
)
_SKIPPED = frozenset(
    b"fonttbl colortbl stylesheet listtable listoverridetable info pict object objdata themedata "
    b"colorschememapping datastore latentstyles rsidtbl xmlnstbl generator filetbl revtbl bkmkstart "
    b"bkmkend fldinst".split()
)
_BREAKS = dict.fromkeys((b"par", b"line", b"sect", b"page", b"row"), "\n") | {b"cell": "\t", b"tab": "\t"}
_CHARS = {
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"bullet": "\u2022",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"emspace": " ",
    b"enspace": " ",
    b"qmspace": " ",
}
_MEANINGFUL = _SKIPPED | set(_BREAKS) | set(_CHARS) | {b"bin", b"ansicpg", b"uc", b"u"}
MAX_DEPTH = 500  # Word nests groups a few dozen deep; deeper is hostile and costs memory per level
MAX_GROUPS = 1_000_000  # bounds the time a file of nothing but braces can take
_SYMBOLS = {b"~": "\u00a0", b"_": "-", b"-": "", b"\n": "\n", b"\r": "\n", b"\\": "\\", b"{": "{", b"}": "}"}


@dataclass
class _Group:
    skip: bool = False
    uc: int = 1  # characters to drop after a \uN escape (its fallback for old readers)


class _Reader:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.out: list[str] = []
        self.size = 0
        self.pending = bytearray()  # \'hh bytes, decoded together so multi-byte code pages work
        self.codepage = "cp1252"
        self.stack = [_Group()]
        self.drop = 0  # fallback characters still to drop after \uN
        self.groups = 0

    def emit(self, text: str) -> None:
        if self.pending:
            raw, self.pending = bytes(self.pending), bytearray()
            self.emit(raw.decode(self.codepage, errors="replace"))
        if self.drop and text:
            cut = min(self.drop, len(text))
            self.drop -= cut
            text = text[cut:]
        if text and not self.stack[-1].skip:
            self.size += len(text)
            if self.size > self.limits.max_chars:
                raise too_large(f"more than {self.limits.max_chars:,} characters of text")
            self.out.append(text)

    def read(self, data: bytes) -> str:
        position, end = 0, len(data)
        while position < end:
            jump = None
            for match in _TOKEN.finditer(data, position):
                word, param, hexbyte, symbol, brace, literal = match.groups()
                if word is not None:
                    if word in _MEANINGFUL and (jump := self.control(word, param, match.end())) is not None:
                        break
                elif literal is not None:
                    self.emit(literal.decode(self.codepage, errors="replace"))
                elif brace is not None:
                    self.brace(brace)
                elif hexbyte is not None:
                    if self.drop:
                        self.drop -= 1
                    elif not self.stack[-1].skip:
                        self.pending.append(int(hexbyte, 16))
                elif symbol is not None:
                    self.symbol(symbol)
            position = end if jump is None else jump
        self.emit("")
        return "".join(self.out)

    def brace(self, brace: bytes) -> None:
        if self.pending:
            self.emit("")
        self.drop = 0
        if brace == b"{":
            self.groups += 1
            if len(self.stack) >= MAX_DEPTH or self.groups > MAX_GROUPS:
                raise too_large("too many nested formatting groups")
            top = self.stack[-1]
            self.stack.append(_Group(top.skip, top.uc))
        elif len(self.stack) > 1:
            self.stack.pop()

    def symbol(self, symbol: bytes) -> None:
        if symbol == b"*":
            self.stack[-1].skip = True  # an "ignorable destination": optional, never visible text
        elif symbol == b"'":
            return
        else:
            self.emit(_SYMBOLS.get(symbol, ""))

    def control(self, word: bytes, param: bytes | None, position: int) -> int | None:
        """Act on a control word; returns where to resume reading when it skips binary data."""
        number = int(param) if param is not None else None
        group = self.stack[-1]
        if word == b"bin" and number:
            return position + max(number, 0)  # raw binary data: skip it whole
        if word in _SKIPPED:
            group.skip = True
        elif word == b"ansicpg" and number:
            self.codepage = _codepage(number)
        elif word == b"uc" and number is not None:
            group.uc = max(number, 0)
        elif word == b"u" and number is not None:
            self.emit(chr(number % 65536 if number < 0 else min(number, 0x10FFFF)))
            self.drop = group.uc
        elif word in _BREAKS:
            self.emit(_BREAKS[word])
        elif word in _CHARS:
            self.emit(_CHARS[word])
        return None


def _codepage(number: int) -> str:
    name = f"cp{number}"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


def to_text(data: bytes, limits: Limits | None = None) -> str:
    """The visible text of an RTF document, paragraphs separated by newlines."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise corrupt("RTF")
    text = _Reader(limits or Limits()).read(data)
    # Characters beyond U+FFFF arrive as two \uN surrogates: pair them up.
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def extract(data: bytes, limits: Limits | None = None) -> list[Part]:
    limits = limits or Limits()
    try:
        text = to_text(data, limits)
    except Unreadable:
        raise
    except (ValueError, OverflowError):
        raise corrupt("RTF") from None
    collector = PartCollector(limits)
    for number, paragraph in enumerate(text.split("\n"), 1):
        collector.add(paragraph, f"paragraph {number}")
    return collector.parts
