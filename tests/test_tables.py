"""Pasted tables are read by column: a header, and the cells under it."""

from __future__ import annotations

import pytest

from genai_guard.tables import table_columns


def _columns(text: str) -> dict[str, list[str]]:
    return {c.header: [text[a:b] for a, b in c.cells] for c in table_columns(text, lambda _: True)}


@pytest.mark.parametrize(
    "text",
    [
        "Name\tID\nAmy Lowe\t2217843\nTom Hart\t2230119",
        "Name,ID\nAmy Lowe,2217843\nTom Hart,2230119",
        '"Name","ID"\n"Amy Lowe","2217843"\n"Tom Hart","2230119"',
        "| Name | ID |\n|---|---|\n| Amy Lowe | 2217843 |\n| Tom Hart | 2230119 |",
        "Name | ID\nAmy Lowe | 2217843\n| Tom Hart | 2230119 |",
    ],
)
def test_tab_comma_and_bar_tables_are_read_by_column(text: str) -> None:
    assert _columns(text) == {"Name": ["Amy Lowe", "Tom Hart"], "ID": ["2217843", "2230119"]}


def test_quoted_commas_stay_in_their_cell_and_empty_cells_are_left_out() -> None:
    text = 'Client,Status\n"Jones, Macsen",CP\n"Ali, Yusuf",'
    assert _columns(text) == {"Client": ["Jones, Macsen", "Ali, Yusuf"], "Status": ["CP"]}


def test_a_row_ending_in_a_bar_ends_in_an_empty_cell_unless_a_bar_opened_it() -> None:
    rows = [
        "Name | ID | Risk",
        "Lee Catt | 2290113 | ",
        "Mia Catt | 2290114 | high",
        "| Roxanne Hale | 2290120 | low |",
    ]
    text = "\n".join(rows)
    assert _columns(text) == {
        "Name": ["Lee Catt", "Mia Catt", "Roxanne Hale"],
        "ID": ["2290113", "2290114", "2290120"],
        "Risk": ["high", "low"],
    }


def test_a_row_of_another_shape_ends_the_table() -> None:
    text = "Name,ID\nAmy Lowe,2217843\nWe met, talked, and agreed a plan\nTom Hart,2230119"
    assert _columns(text) == {"Name": ["Amy Lowe"], "ID": ["2217843"]}


def test_only_wanted_columns_are_read_and_a_long_header_is_no_label() -> None:
    text = (
        "Name,ID\nAmy Lowe,2217843\n\nThis sentence is far too long to be any table's header, surely,x\na,b,c"
    )
    found = [c.header for c in table_columns(text, lambda label: label == "ID")]
    assert found == ["ID"]
    assert all(len(c.header) <= 40 for c in table_columns(text, lambda _: True))


def test_cells_map_back_to_their_rows() -> None:
    text = "Name\tDOB\nAmy Lowe\t12/03/2015"
    (column,) = [c for c in table_columns(text, lambda label: label == "DOB")]
    (row,) = column.rows
    assert text[row[0] : row[1]] == "Amy Lowe\t12/03/2015"
