"""Turn a term list (special-category words, public names) into one fast regular expression.

Terms are folded into a character trie so the expression never backtracks across hundreds of
alternatives; a plain `a|b|c` alternation slows down linearly with the list on long texts.
"""

from __future__ import annotations

from pathlib import Path

import regex


def read_terms(path: Path) -> list[str]:
    """One term a line; `#` starts a comment; blank lines are ignored; duplicates are dropped."""
    seen: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        term = line.split("#", 1)[0].strip().lower()
        if term:
            seen.setdefault(" ".join(term.split()), None)
    return list(seen)


def _char_pattern(ch: str) -> str:
    """Any run of spaces matches a space; straight and curly apostrophes match each other."""
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    return regex.escape(ch)


def _trie_pattern(terms: list[str]) -> str:
    trie: dict[str, dict] = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends_here = "" in node
        branches = [_char_pattern(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def terms_regex(terms: list[str]) -> str:
    """A case-insensitive whole-word expression matching the longest listed term at each place.

    A possessive "'s" may follow ("Bowlby's"); it is matched but left out of the `value` group.
    """
    if not terms:
        raise ValueError("a term list must hold at least one term")
    return r"(?<![\w'’-])(?P<value>" + _trie_pattern(terms) + r")(?:['’]s)?(?![\w'’-])"
