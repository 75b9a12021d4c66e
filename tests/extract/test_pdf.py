"""PDF: text per page; encrypted, scanned, damaged and oversized files are unreadable, never clean."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from genai_guard.extract import Limits, Unreadable, extract_file, pdf, read_for_scan
from tests.extract.files import NAME, NHS, SENTENCE, encrypt_pdf, make_pdf


def _reason(data: bytes, limits: Limits | None = None) -> str:
    with pytest.raises(Unreadable) as caught:
        pdf.extract(data, limits)
    return caught.value.reason


def test_when_pdf_then_text_per_page(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(make_pdf(["Dear colleague", f"Client: {NAME}\nNHS {NHS}"]))
    parts = read_for_scan(path)
    assert [part.location for part in parts] == ["page 1", "page 2"]
    assert NAME in parts[1].text and NHS in parts[1].text


def test_when_blank_page_then_skipped_not_unreadable() -> None:
    parts = pdf.extract(make_pdf(["", SENTENCE]))
    assert [part.location for part in parts] == ["page 2"]


def test_when_user_password_then_encrypted() -> None:
    assert _reason(encrypt_pdf(make_pdf([SENTENCE]))) == "encrypted"


def test_when_owner_password_only_then_read() -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf([SENTENCE]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert NHS in pdf.extract(out.getvalue())[0].text


@pytest.mark.parametrize("pages", [[None], [SENTENCE, None]])
def test_when_scanned_pages_then_no_text(pages: list[str | None]) -> None:
    assert _reason(make_pdf(pages)) == "no_text"


def test_when_more_pages_than_allowed_then_too_large() -> None:
    assert _reason(make_pdf(["x"] * 12), Limits(max_pdf_pages=10)) == "too_large"
    assert _reason(make_pdf(["x"] * 301)) == "too_large"


@pytest.mark.parametrize("data", [b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"])
def test_when_damaged_then_corrupt(data: bytes) -> None:
    # pdf.extract lets parser errors out; the dispatcher turns them into "corrupt".
    with pytest.raises(Unreadable) as caught:
        extract_file(data, "damaged.pdf")
    assert caught.value.reason == "corrupt"
