"""File names and paths written in a prompt ("Chronology_Roskilly_v7.xlsx", "S:\\CSC\\Szabo\\",
"Shared%20Documents/Hughes%20Cadi/plan.docx"): people's names and birth dates are written in them
too, joined by underscores, backslashes, slashes or "%20" instead of spaces.

Runs of text without a space are found first and read in Python, so a long run of slashes or
underscores (a link, a pasted base64 block) costs one pass, never a backtracking search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# What ends a file's name: a document's, a spreadsheet's, a drawing's, a message's.
EXTENSION = r"\.(?:docx?|pdf|xlsx?|csv|pptx?|msg|txt|rtf|odt|vsdx)\b"
ENDS_WITH_EXTENSION = re.compile(rf"{EXTENSION}$", re.IGNORECASE)
JOINS = frozenset("_/\\")  # what joins a name's words in a file's name instead of a space
ENCODED_SPACE = "%20"
# What joins a given name or an initial to a surname there ("Kowalczyk_Julia", "SMITH_T",
# "Mwangi%20Grace", "Nowak - K").
NAME_PARTS_JOIN = re.compile(r"(?:[_\\/\- ]|%20)+")
UNBROKEN = re.compile(r"[^\s\"'“”‘’<>|()\[\]{},;]+")
# What follows an author's surname in a publication's file name: co-authors' surnames or initials,
# "et al", then the year ("Broadhurst_Mason_2017_Birth_parents.pdf", "Munro_E_2019_Decision_making.pdf",
# "Mason1993_Safe_Uncertainty.pdf"); a whole date is a client's file's ("Hughes_Rhian_CIN_04-11-2015.docx").
# Whether a given name stands among them ("Jones_Kayla_2015.docx") the detector decides.
AUTHORS_THEN_YEAR = re.compile(
    r"(?:(?:[_\-]|%20)(?:[A-Z][a-z'’]+|[A-Z]|et|al|and))*(?:[_\-]|%20)?(?:19|20)\d\d(?![\d\-/]|\.\d)"
)
FILE_NAME_REACH = 255  # a file's name is no longer than this; nothing is looked for further


def file_name_runs(text: str) -> Iterator[re.Match[str]]:
    """Runs of text without a space that are a file's name or a path: joined by underscores,
    backslashes or "%20", or by slashes when a file's extension ends them (a date's or an
    "and/or"'s slash is not enough)."""
    for run in UNBROKEN.finditer(text):
        if _file_name(run.group()):
            yield run


def _file_name(word: str) -> bool:
    joined = "_" in word or "\\" in word or ENCODED_SPACE in word
    return joined or ("/" in word and ENDS_WITH_EXTENSION.search(word.rstrip(".")) is not None)


def joined_in_a_file_name(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is joined to the one before or after as a file's name or
    a path joins them ("Munro_Review", "Cases/Mensah", "Hughes%20Cadi")."""
    return (
        text[start - 1 : start] in JOINS
        or text[end : end + 1] in JOINS
        or text.startswith(ENCODED_SPACE, end)
        or text.endswith(ENCODED_SPACE, 0, start)
    )


def names_before_a_year(text: str, start: int, end: int) -> str | None:
    """A file's name from its start to the year after the name at [start, end) ("Broadhurst_Mason_2017"
    of "Broadhurst_Mason_2017_Birth_parents.pdf"), when the name stands in a file's name and only
    co-authors, initials and "et al" stand between it and the year (AUTHORS_THEN_YEAR); otherwise
    None."""
    year = AUTHORS_THEN_YEAR.match(text, end, min(len(text), end + FILE_NAME_REACH))
    if year is None:
        return None
    run_start = start
    while run_start > max(0, start - FILE_NAME_REACH) and UNBROKEN.match(text, run_start - 1, run_start):
        run_start -= 1
    run = UNBROKEN.match(text, run_start, min(len(text), end + FILE_NAME_REACH))
    if run is None or not _file_name(run.group()):
        return None
    return text[run_start : year.end()]
