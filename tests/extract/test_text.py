"""Plain text and Markdown: encodings people actually save in, one part per line, binary refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from genai_guard.extract import Unreadable, read_for_scan, text
from tests.extract.files import NAME, NHS, SENTENCE


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_when_text_file_then_one_part_per_line(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"notes{suffix}"
    path.write_text(f"# Visit\n\n{SENTENCE}\r\nEnd", encoding="utf-8")
    assert [(part.location, part.text) for part in read_for_scan(path)] == [
        ("line 1", "# Visit"),
        ("line 3", SENTENCE),
        ("line 4", "End"),
    ]


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + f"Zoë {NAME} {NHS}".encode(),
        f"Zoë {NAME} {NHS}".encode("cp1252"),
        codecs.BOM_UTF16_LE + f"Zoë {NAME} {NHS}".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + f"Zoë {NAME} {NHS}".encode("utf-16-be"),
    ],
    ids=["utf-8 BOM", "cp1252", "utf-16 LE", "utf-16 BE"],
)
def test_when_encoded_then_decoded(data: bytes) -> None:
    assert text.extract(data)[0].text == f"Zoë {NAME} {NHS}"


def test_when_binary_then_unsupported() -> None:
    with pytest.raises(Unreadable) as caught:
        text.extract(bytes(range(256)) * 4)
    assert caught.value.reason == "unsupported_type"
