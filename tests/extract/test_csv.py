"""CSV: one part per row with cells joined by tabs, whatever the separator; broken quoting still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from genai_guard.extract import csvfile, read_for_scan
from tests.extract.files import NAME, NHS


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_when_csv_then_rows_with_cells(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "clients.csv"
    rows = [["Name", "NHS number"], [NAME, NHS], ["", ""], ["Quoted, name", "x"]]
    path.write_text("\n".join(separator.join(f'"{cell}"' for cell in row) for row in rows), encoding="utf-8")
    assert [(part.location, part.text) for part in read_for_scan(path)] == [
        ("row 1", "Name\tNHS number"),
        ("row 2", f"{NAME}\t{NHS}"),
        ("row 4", "Quoted, name\tx"),
    ]


def test_when_field_too_large_for_csv_module_then_read_as_lines() -> None:
    data = f'"{"x" * 200_000}\n{NAME},{NHS}'.encode()
    parts = csvfile.extract(data)
    assert parts[-1].text == f"{NAME},{NHS}"
    assert parts[-1].location == "line 2"
