"""RTF: visible text by paragraph; tables, escapes and Unicode; hidden destinations skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from genai_guard.extract import Limits, Unreadable, read_for_scan, rtf
from tests.extract.files import NAME, NHS, SENTENCE, make_rtf


def test_when_rtf_then_paragraphs_without_font_table_or_info(tmp_path: Path) -> None:
    path = tmp_path / "letter.rtf"
    path.write_bytes(make_rtf(["Dear colleague,", SENTENCE]))
    parts = read_for_scan(path)
    assert [(part.location, part.text) for part in parts] == [
        ("paragraph 1", "Dear colleague,"),
        ("paragraph 2", SENTENCE),
    ]


def test_when_escapes_unicode_and_tables_then_decoded() -> None:
    data = (
        rb"{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0 Arial;}}"
        rb"Zo\'eb Caf\u233?\par"
        rb"{\pict\pngblip 89504e470d0a}{\*\bkmkstart secret}"
        rb"\trowd\cellx1000\cellx2000 " + NAME.encode() + rb"\cell " + NHS.encode() + rb"\cell\row"
        rb"\u-10179?\u-8452?\par}"
    )
    assert rtf.to_text(data).split("\n") == ["Zoë Café", f"{NAME}\t{NHS}\t", "\U0001f6fc", ""]


def test_when_binary_blob_then_skipped() -> None:
    data = rb"{\rtf1 {\object\bin6 \par}{}\par Visible\par}"
    assert [part.text for part in rtf.extract(data)] == ["Visible"]


def test_when_not_rtf_or_too_long_then_unreadable() -> None:
    with pytest.raises(Unreadable) as caught:
        rtf.extract(b"plain text")
    assert caught.value.reason == "corrupt"
    with pytest.raises(Unreadable) as caught:
        rtf.extract(make_rtf([SENTENCE] * 10), Limits(max_chars=100))
    assert caught.value.reason == "too_large"


@pytest.mark.parametrize("data", [b"{\\rtf1 " + b"{" * 100_000, b"{\\rtf1 " + b"{}" * 1_100_000 + b"}"])
def test_when_hostile_nesting_then_too_large(data: bytes) -> None:
    with pytest.raises(Unreadable) as caught:
        rtf.extract(data)
    assert caught.value.reason == "too_large"
