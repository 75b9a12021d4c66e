"""PDF: the text layer page by page. Encrypted files and pages that are only pictures are unreadable.

A page with no text but with images is almost always a scanned page; its words cannot be checked,
so the whole file is reported as not checked rather than passed as clean.
"""

from __future__ import annotations

import io
import logging
from typing import Any

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
from pypdf.generic import DictionaryObject

from genai_guard.extract.base import Limits, Part, PartCollector, Unreadable, too_large

# pypdf's warnings can quote bytes of the document; they must not reach the service log.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

_DECODE_LIMIT = 20_000_000  # bytes any one stream may inflate to
_ENCRYPTED = "This PDF is password-protected, so it could not be checked."


def _open(data: bytes) -> pypdf.PdfReader:
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            # An owner password alone (no printing, no copying) still opens with an empty user password.
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError, PdfReadError):
            raise Unreadable("encrypted", _ENCRYPTED) from None
        if opened == pypdf.PasswordType.NOT_DECRYPTED:
            raise Unreadable("encrypted", _ENCRYPTED)
    return reader


def _declared_pages(reader: pypdf.PdfReader) -> int:
    """The /Count the file claims, read before pypdf walks the whole page tree."""
    try:
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
    except (KeyError, TypeError, PdfReadError):
        return 0
    return count if isinstance(count, int) else 0


def _has_images(page: pypdf.PageObject) -> bool:
    resources: Any = page.get("/Resources")
    if not isinstance(resources, DictionaryObject):
        return False
    xobjects = resources.get("/XObject")
    return isinstance(xobjects, DictionaryObject) and len(xobjects) > 0


def extract(data: bytes, limits: Limits | None = None) -> list[Part]:
    limits = limits or Limits()
    too_many = too_large(f"more than {limits.max_pdf_pages} pages")
    with pypdf.apply_configuration(
        zlib_maximum_output_length=_DECODE_LIMIT,
        lzw_maximum_output_length=_DECODE_LIMIT,
        run_length_maximum_output_length=_DECODE_LIMIT,
        jbig2_maximum_output_length=_DECODE_LIMIT,
        brotli_maximum_output_length=_DECODE_LIMIT,
        jbig2dec_binary=None,  # never start an external decoder on an uploaded file
    ):
        reader = _open(data)
        if _declared_pages(reader) > limits.max_pdf_pages:
            raise too_many
        try:
            pages = reader.pages
            count = len(pages)
        except FileNotDecryptedError:
            raise Unreadable("encrypted", _ENCRYPTED) from None
        if count > limits.max_pdf_pages:
            raise too_many
        collector = PartCollector(limits)
        pictures_only = 0
        for number, page in enumerate(pages, 1):
            text = page.extract_text() or ""
            if not text.strip() and _has_images(page):
                pictures_only += 1
            collector.add(text, f"page {number}")
    if pictures_only:
        which = "This PDF is" if pictures_only == count else f"{pictures_only} of its {count} pages are"
        raise Unreadable("no_text", f"{which} scanned pictures with no text, so it could not be checked.")
    return collector.parts
