"""Choosing the reader: content beats the name; images, encrypted and unknown binaries are unreadable."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from genai_guard.extract import Limits, Unreadable, extract_file, identify, join_parts, read_for_scan
from genai_guard.extract.base import Part
from tests.extract.files import NHS, SENTENCE, make_docx, make_eml, make_pdf, make_rtf, make_xlsx

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (make_pdf([SENTENCE]), "report.docx", "pdf"),
        (make_docx([SENTENCE]), "report.txt", "docx"),
        (make_xlsx({"S": [[NHS]]}), "", "xlsx"),
        (make_rtf([SENTENCE]), "letter.doc", "rtf"),
        (make_eml(SENTENCE), "", "eml"),
        (make_eml(SENTENCE), "message.eml", "eml"),
        (SENTENCE.encode(), "notes.docx", "text"),
        (SENTENCE.encode(), "data.json", "text"),
        (SENTENCE.encode(), "notes.md", "md"),
        (SENTENCE.encode(), "C:\\Users\\me\\clients.CSV", "csv"),
    ],
)
def test_when_sniffed_then_content_decides(data: bytes, name: str, kind: str) -> None:
    assert identify(data, name) == kind
    assert extract_file(data, name).kind == kind


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (PNG, "image"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 32, "image"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "image"),
        (b"\0\0\0\x18ftypheic" + b"\0" * 16, "image"),
        (OLE + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le"), "encrypted"),
        (OLE + b"\0" * 64, "unsupported_type"),
        (b"\x1f\x8b\x08\0" + b"\0" * 32, "unsupported_type"),
        (bytes(range(256)), "unsupported_type"),
    ],
)
def test_when_not_readable_then_reason(data: bytes, reason: str) -> None:
    with pytest.raises(Unreadable) as caught:
        extract_file(data, "upload.txt")
    assert caught.value.reason == reason


def test_when_zip_without_office_parts_then_unsupported() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as target:
        target.writestr("ppt/presentation.xml", "<p/>")
    with pytest.raises(Unreadable) as caught:
        extract_file(archive.getvalue(), "slides.pptx")
    assert caught.value.reason == "unsupported_type"


def test_when_joined_then_offsets_map_to_locations() -> None:
    joined = join_parts([Part("alpha", "page 1"), Part("beta", "page 2")])
    assert joined.text == "alpha\nbeta"
    assert [joined.locate(offset) for offset in (0, 4, 5, 6, 9)] == ["page 1"] * 3 + ["page 2"] * 2


def test_when_scan_file_too_large_then_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2_000)
    with pytest.raises(Unreadable) as caught:
        read_for_scan(path, Limits(max_file_bytes=1_000))
    assert caught.value.reason == "too_large"


def test_limits_come_from_the_files_table_and_the_text_limit() -> None:
    config = {"server": {"max_text_chars": 1_234}, "files": {"max_bytes": 5_000, "max_pdf_pages": 7}}
    limits = Limits.from_config(config)
    assert (limits.max_chars, limits.max_file_bytes, limits.max_pdf_pages) == (1_234, 5_000, 7)
    assert Limits.from_config({}) == Limits()
