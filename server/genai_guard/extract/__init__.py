"""Text out of uploaded files: choose the reader by sniffed content first and extension second.

The content decides because names lie (a PDF renamed .docx is still read as a PDF). Anything that
cannot be read raises `Unreadable` with a reason; callers must treat that as "not checked", never as
clean. Nothing here logs or quotes a file's name or content.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from genai_guard.extract.base import REASONS, JoinedText, Limits, Part, Unreadable, join_parts, too_large
from genai_guard.extract.zipcheck import member_names

__all__ = [
    "KINDS",
    "REASONS",
    "Extracted",
    "JoinedText",
    "Limits",
    "Part",
    "Unreadable",
    "extract_file",
    "extract_parts",
    "identify",
    "join_parts",
    "read_for_scan",
]

log = logging.getLogger("genai_guard.extract")

Extractor = Callable[..., list[Part]]
# The module in this package that reads each kind of file.
READERS = {
    "txt": "text",
    "md": "text",
    "text": "text",
    "csv": "csvfile",
    "rtf": "rtf",
    "docx": "word",
    "pdf": "pdf",
    "xlsx": "excel",
    "eml": "mail",
}
KINDS = tuple(READERS)


def reader(kind: str) -> Extractor:
    """The `extract` function for a kind of file, imported on first use: the document libraries
    (openpyxl, pypdf, python-docx) took a quarter of a second of the service's start-up."""
    return importlib.import_module(f"{__name__}.{READERS[kind]}").extract


LABELS = {"docx": "Word", "xlsx": "Excel", "pdf": "PDF", "rtf": "RTF", "eml": "e-mail", "csv": "CSV"}
TEXT_EXTENSIONS = {"txt": "txt", "md": "md", "markdown": "md", "csv": "csv", "tsv": "csv", "eml": "eml"}
CONTAINER_EXTENSIONS = {"docx": "docx", "xlsx": "xlsx", "pdf": "pdf", "rtf": "rtf"}

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_IMAGE_BRANDS = (b"heic", b"heix", b"hevc", b"mif1", b"msf1", b"avif")
_OTHER_BINARY_MAGIC = (b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"MZ", b"\x7fELF", b"%!PS")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]")

_UNSUPPORTED = "GenAI Guard cannot read this type of file, so it could not be checked."


@dataclass(frozen=True)
class Extracted:
    kind: str
    parts: list[Part]


def _extension(filename: str | None) -> str:
    # Both separators: browsers on Windows may send a full path as the name.
    name = PurePath((filename or "").replace("\\", "/")).name
    return name.rpartition(".")[2].lower() if "." in name else ""


def _is_image(head: bytes) -> bool:
    if head.startswith(_IMAGE_MAGIC):
        return True
    if head.startswith(b"BM") and head[6:10] == b"\0\0\0\0":  # BMP: the reserved fields are zero
        return True
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in _IMAGE_BRANDS


def _looks_like_email(head: bytes) -> bool:
    """A block of "Name: value" header lines, including From, before the first blank line."""
    lines = head.split(b"\n\n", 1)[0].replace(b"\r", b"").split(b"\n")
    headers = [line for line in lines if _HEADER_LINE.match(line)]
    return len(headers) >= 2 and any(line.lower().startswith(b"from:") for line in headers)


def _sniff_zip(data: bytes) -> str | None:
    names = member_names(data)
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None if not names else "zip"


def identify(data: bytes, filename: str | None = None) -> str:
    """The kind of file (one of KINDS), or Unreadable for images, encrypted and unsupported files."""
    head = data[:2048]
    extension = _extension(filename)
    if _is_image(head):
        raise Unreadable("image", "This file is a picture, so GenAI Guard could not check any text in it.")
    if head.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise Unreadable("encrypted", "This document is password-protected, so it could not be checked.")
        raise Unreadable("unsupported_type", _UNSUPPORTED)  # legacy .doc/.xls/.msg
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = _sniff_zip(data)
        if kind in ("docx", "xlsx"):
            return kind
        if kind is None and extension in ("docx", "xlsx"):
            return extension  # a damaged container: its reader reports it as corrupt
        raise Unreadable("unsupported_type" if kind else "corrupt", _UNSUPPORTED)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_OTHER_BINARY_MAGIC):
        raise Unreadable("unsupported_type", _UNSUPPORTED)
    if extension in TEXT_EXTENSIONS:
        return TEXT_EXTENSIONS[extension]
    if extension in CONTAINER_EXTENSIONS:
        return "text"  # named like a document but plain text inside: check it as text
    return "eml" if _looks_like_email(head) else "text"


def extract_parts(
    data: bytes, filename: str | None = None, limits: Limits | None = None, depth: int = 0
) -> list[Part]:
    """Like extract_file, for readers that hand on embedded files (e-mail attachments)."""
    return _run(identify(data, filename), data, limits or Limits(), depth)


def extract_file(
    data: bytes, filename: str | None = None, limits: Limits | None = None, kind: str | None = None
) -> Extracted:
    """Identify (unless `kind` is already known) and read a file.

    Raises Unreadable; never returns a partial reading as if it were complete.
    """
    kind = kind or identify(data, filename)
    return Extracted(kind, _run(kind, data, limits or Limits(), 0))


def _run(kind: str, data: bytes, limits: Limits, depth: int) -> list[Part]:
    if len(data) > limits.max_file_bytes:
        raise too_large(f"more than {limits.max_file_bytes // 1_000_000} MB")
    try:
        parts = reader(kind)(data, limits, depth) if kind == "eml" else reader(kind)(data, limits)
    except Unreadable:
        raise
    except (MemoryError, RecursionError):
        raise too_large("its structure is too large or too deep to read") from None
    except Exception as error:
        # Any parser failure on a hostile or damaged file means "not checked", never a 500. Only the
        # exception's type is logged: its message could quote the file.
        log.info("extract kind=%s failed with %s", kind, type(error).__name__)
        label = LABELS.get(kind, "text")
        raise Unreadable("corrupt", f"This {label} file is damaged, so it could not be read.") from None
    if sum(len(part.text) for part in parts) > limits.max_chars:
        raise too_large(f"more than {limits.max_chars:,} characters of text")
    return parts


def read_for_scan(path: Path, limits: Limits | None = None) -> list[Part]:
    """Parts of any supported file (or plain text) for `genai-guard scan`. Raises Unreadable and OSError."""
    limits = limits or Limits()
    if path.stat().st_size > limits.max_file_bytes:
        raise too_large(f"more than {limits.max_file_bytes // 1_000_000} MB")
    return extract_file(path.read_bytes(), path.name, limits).parts
