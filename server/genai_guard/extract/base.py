"""The types every extractor shares: parts of text with a location, limits, and the unreadable error.

Messages written here never quote a file's content or name: they reach HTTP answers and logs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Why a file could not be checked. The extension decides by policy what happens next; none means "clean".
REASONS = ("image", "encrypted", "no_text", "corrupt", "unsupported_type", "too_large")


class Unreadable(Exception):
    """The file could not be checked. `reason` is one of REASONS; `message` is a sentence for people."""

    def __init__(self, reason: str, message: str) -> None:
        assert reason in REASONS, reason
        super().__init__(message)
        self.reason, self.message = reason, message


@dataclass(frozen=True)
class Part:
    """A piece of a file's text and where it came from ("page 3", "sheet Budget, cell B4", "line 40")."""

    text: str
    location: str


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile file (zip bomb, page flood) from exhausting memory or time."""

    max_file_bytes: int = 10_000_000
    max_chars: int = 500_000
    max_unzipped_bytes: int = 50_000_000
    max_member_bytes: int = 20_000_000  # any one part of a zip container, e.g. word/document.xml
    max_zip_ratio: int = 200
    max_zip_entries: int = 5_000
    max_pdf_pages: int = 300
    max_cells: int = 2_000_000
    max_depth: int = 2  # e-mails attached to e-mails

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Limits:
        """Read the `[files]` table (if the configuration has one) and `server.max_text_chars`."""
        files = config.get("files", {})
        return cls(
            max_file_bytes=files.get("max_bytes", cls.max_file_bytes),
            max_chars=config.get("server", {}).get("max_text_chars", cls.max_chars),
            max_unzipped_bytes=files.get("max_unzipped_bytes", cls.max_unzipped_bytes),
            max_pdf_pages=files.get("max_pdf_pages", cls.max_pdf_pages),
        )


def too_large(what: str) -> Unreadable:
    return Unreadable("too_large", f"This file is too large to check ({what}).")


def corrupt(kind: str) -> Unreadable:
    return Unreadable("corrupt", f"This {kind} file is damaged, so it could not be read.")


@dataclass
class PartCollector:
    """Gathers parts while enforcing the character budget, so extraction stops early on huge files."""

    limits: Limits
    parts: list[Part] = field(default_factory=list)
    chars: int = 0

    def add(self, text: str, location: str) -> None:
        if not text.strip():
            return
        self.chars += len(text)
        if self.chars > self.limits.max_chars:
            raise too_large(f"more than {self.limits.max_chars:,} characters of text")
        self.parts.append(Part(text, location))

    def extend(self, parts: Iterable[Part], prefix: str) -> None:
        for part in parts:
            self.add(part.text, f"{prefix}, {part.location}")


@dataclass(frozen=True)
class JoinedText:
    """All parts as one text for the guard, with each part's start offset to map findings back."""

    text: str
    starts: tuple[int, ...]
    locations: tuple[str, ...]

    def locate(self, offset: int) -> str:
        """The location of the part holding `offset` (a finding's start)."""
        index = bisect_right(self.starts, offset) - 1
        return self.locations[max(index, 0)] if self.locations else ""


def join_parts(parts: Iterable[Part], separator: str = "\n") -> JoinedText:
    """Concatenate parts with a separator so values in neighbouring parts do not run together."""
    texts: list[str] = []
    starts: list[int] = []
    locations: list[str] = []
    offset = 0
    for part in parts:
        starts.append(offset)
        locations.append(part.location)
        texts.append(part.text)
        offset += len(part.text) + len(separator)
    return JoinedText(separator.join(texts), tuple(starts), tuple(locations))
