"""Excel workbooks: every non-empty cell with its sheet and reference; hostile workbooks are refused."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from genai_guard.extract import Limits, Unreadable, excel, read_for_scan
from tests.extract.files import NAME, NHS, make_xlsx


def test_when_workbook_then_cells_with_sheet_and_reference(tmp_path: Path) -> None:
    path = tmp_path / "caseload.xlsx"
    path.write_bytes(
        make_xlsx({"Budget": [["Item", "Cost"], ["Taxi", 12.5]], "Clients": [["Name", "NHS"], [NAME, NHS]]})
    )
    parts = {part.location: part.text for part in read_for_scan(path)}
    assert parts["sheet Clients, cell A2"] == NAME
    assert parts["sheet Clients, cell B2"] == NHS
    assert parts["sheet Budget, cell B2"] == "12.5"
    assert parts["sheet Clients"] == "Clients"


def test_when_numbers_and_dates_then_written_as_people_read_them() -> None:
    row = [9434765919, 3.0, dt.datetime(2011, 11, 4), dt.date(2020, 1, 2)]
    parts = excel.extract(make_xlsx({"S": [row]}))
    assert [part.text for part in parts[1:]] == ["9434765919", "3", "04/11/2011", "02/01/2020"]


def test_when_dimension_is_wrong_then_every_cell_still_read() -> None:
    # Some writers store a too-small <dimension>; read-only mode would silently stop there.
    data = make_xlsx({"S": [["a"], ["b"], [NHS]]})
    archive = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(archive, "w") as target:
        for member in source.infolist():
            body = source.read(member)
            if member.filename.startswith("xl/worksheets/sheet"):
                body = body.replace(b'<dimension ref="A1:A3"/>', b'<dimension ref="A1:A1"/>')
            target.writestr(member, body)
    assert NHS in [part.text for part in excel.extract(archive.getvalue())]


def test_when_too_many_cells_then_too_large() -> None:
    with pytest.raises(Unreadable) as caught:
        excel.extract(make_xlsx({"S": [list(range(50))] * 50}), Limits(max_cells=1_000))
    assert caught.value.reason == "too_large"


def test_when_encrypted_member_flag_then_encrypted() -> None:
    data = bytearray(make_xlsx({"S": [[NAME]]}))
    data[6] |= 0x1  # general-purpose flag of the first local header: "encrypted"
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1
    with pytest.raises(Unreadable) as caught:
        excel.extract(bytes(data))
    assert caught.value.reason == "encrypted"
