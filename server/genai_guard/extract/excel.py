"""Excel workbooks (.xlsx): every non-empty cell of every worksheet, with its sheet and cell reference.

Read-only and values-only, so formulas show their last calculated value, as a reader would see them.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl

from genai_guard.extract.base import Limits, Part, PartCollector, too_large
from genai_guard.extract.zipcheck import check_zip


def cell_text(value: Any) -> str:
    """A cell value as a person reads it; dates in the UK order the date-of-birth patterns expect."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def extract(data: bytes, limits: Limits | None = None) -> list[Part]:
    limits = limits or Limits()
    check_zip(data, "Excel", limits)
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    collector = PartCollector(limits)
    cells = 0
    try:
        for sheet in workbook.worksheets:
            collector.add(sheet.title, f"sheet {sheet.title}")
            # The stored dimension can be wrong (too small hides cells, too large pads with blanks).
            sheet.reset_dimensions()
            for row in sheet.iter_rows():
                cells += len(row)
                if cells > limits.max_cells:
                    raise too_large(f"more than {limits.max_cells:,} cells")
                for cell in row:
                    if cell.value is not None:
                        collector.add(cell_text(cell.value), f"sheet {sheet.title}, cell {cell.coordinate}")
    finally:
        workbook.close()
    return collector.parts
