"""Tables pasted as text: a spreadsheet's rows (tab-separated), a CSV export, a Markdown or
system table (cells between bars). A value in such a table is often bare ("3310982",
"12/12/2015") and only its column's header says what it is ("Person ID", "DOB").

A table here is two or more lines running on, split by the same separator into the same number
of cells as its first line, which is read as the header.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

SEPARATORS = ("\t", "|", ",")
# A comma-separated cell may be quoted, with commas and doubled quotes inside ("Jones, Macsen").
CSV_CELL = re.compile(r'[ \t]*"(?:[^"\n]|"")*"[ \t]*|[^,\n]*')
# A Markdown table's rule under its header ("|---|:---:|").
RULE_ROW = re.compile(r"[\s|:\-+]*-[\s|:\-+]*")
QUOTES_AND_SPACES = " \t\"'"
# What parts a label's words: "D.O.B." is "d o b", "Person_ID" is "person id", "«Ref»" is "ref".
LABEL_NOISE = re.compile(r"[\s.:#*_()/\-«»]+")
LONGEST_HEADER = 40
Span = tuple[int, int]


@dataclass(frozen=True)
class Column:
    """One column of a pasted table: its header's words, and the spans of the cells under it
    (none empty), each with the span of its row's line."""

    header: str
    cells: tuple[Span, ...]
    rows: tuple[Span, ...]


def table_columns(text: str, wanted: Callable[[str], bool]) -> Iterator[Column]:
    """The columns, of every table in the text, whose header (short enough to be a label) is
    `wanted`. Only a wanted column's cells are read: most lines with commas are prose."""
    lines = _lines(text)
    for separator in SEPARATORS:
        if separator not in text:
            continue
        for run in _runs(text, lines, separator):
            header = _cells(text, *run[0], separator)
            labels = [text[start:end] for start, end in header]
            indexes = [
                i for i, label in enumerate(labels) if 0 < len(label) <= LONGEST_HEADER and wanted(label)
            ]
            if not indexes:
                continue
            rows = [(_cells(text, *line, separator), line) for line in run[1:]]
            rows = [(cells, line) for cells, line in rows if len(cells) == len(header)]
            for index in indexes:
                filled = [(cells[index], line) for cells, line in rows if cells[index][0] < cells[index][1]]
                yield Column(
                    labels[index], tuple(cell for cell, _ in filled), tuple(line for _, line in filled)
                )


def _lines(text: str) -> list[Span]:
    """Each line's span, its line break left out."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _runs(text: str, lines: list[Span], separator: str) -> Iterator[list[Span]]:
    """Runs of two or more lines with as many cells as the run's first line (a Markdown rule under
    the header is passed over; a line of another shape ends the run). Cells are counted by their
    separators, but by reading them where quotes may hide commas or a bar may open or close a row."""
    run: list[Span] = []
    width = 0
    for start, end in lines:
        if run and RULE_ROW.fullmatch(text, start, end):
            continue
        count = text.count(separator, start, end)
        if count and (separator == "|" or (separator == "," and '"' in text[start:end])):
            count = len(_cells(text, start, end, separator)) - 1  # edge bars and quoted commas
        if run and count == width:
            run.append((start, end))
            continue
        if len(run) > 1:
            yield run
        run, width = ([(start, end)], count) if count > 0 else ([], 0)
    if len(run) > 1:
        yield run


def _cells(text: str, start: int, end: int, separator: str) -> list[Span]:
    """The spans of a line's cells, trimmed of spaces and quotes. A bar opening a line opens a
    table's row and one closing it then closes the row: neither leaves an empty cell. A row that
    opens with a cell and ends in a bar ends in an empty cell ("Mia Catt | 12/12/2018 | ")."""
    bounds = []
    if separator == ",":
        at = start
        while (cell := CSV_CELL.match(text, at, end)) is not None:
            bounds.append(cell.span())
            at = cell.end() + 1
            if at > end:
                break
    else:
        at = start
        for piece in text[start:end].split(separator):
            bounds.append((at, at + len(piece)))
            at += len(piece) + 1
        if separator == "|" and not text[bounds[0][0] : bounds[0][1]].strip():
            bounds = bounds[1:]
            if bounds and not text[bounds[-1][0] : bounds[-1][1]].strip():
                bounds = bounds[:-1]
    return [trimmed(text, a, b) for a, b in bounds]


def label_words(label: str) -> str:
    """A header's or a key's words, in lower case, parted by single spaces."""
    return LABEL_NOISE.sub(" ", label).strip().lower()


def trimmed(text: str, start: int, end: int) -> Span:
    """The span without the spaces and quotes around its value (a cell's, a record's)."""
    while start < end and text[start] in QUOTES_AND_SPACES:
        start += 1
    while end > start and text[end - 1] in QUOTES_AND_SPACES:
        end -= 1
    return start, end
