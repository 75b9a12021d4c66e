"""Word documents (.docx): body paragraphs and tables in order, then headers, footers, notes, comments.

python-docx opens the package; the text is read from the XML directly because python-docx's own
`paragraph.text` skips text boxes, content controls and tracked changes, all of which reach the site.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

from genai_guard.extract.base import Limits, Part, PartCollector, Unreadable
from genai_guard.extract.zipcheck import check_zip

P, TBL, TR, TC, R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
TEXT = frozenset({qn("w:t"), qn("w:delText")})
BREAKS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
# Word writes each text box twice: a DrawingML choice and a VML fallback with the same text.
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")})
OTHER_PARTS = {
    CT.WML_HEADER: "header",
    CT.WML_FOOTER: "footer",
    CT.WML_FOOTNOTES: "footnotes",
    CT.WML_ENDNOTES: "endnotes",
    CT.WML_COMMENTS: "comments",
}


def text_of(element: etree._Element) -> str:
    """All visible text under an element; nested paragraphs (text boxes, cells) start new lines."""
    out: list[str] = []
    _collect(element, out)
    return "".join(out)


def _collect(element: etree._Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in TEXT:
            out.append(child.text or "")
        elif tag in BREAKS:
            if element.tag == R:  # w:tab also appears in paragraph properties as a tab stop
                out.append(BREAKS[tag])
        elif tag == FALLBACK:
            continue
        else:
            if tag == P and out:
                out.append("\n")
            _collect(child, out)


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, looking through content controls and custom-XML wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in WRAPPERS:
            yield from _children(child, tag)


def _blocks(element: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables in document order, through any wrapper element."""
    for child in element:
        if child.tag in (P, TBL):
            yield child
        elif isinstance(child.tag, str):
            yield from _blocks(child)


def _body(body: etree._Element, collector: PartCollector) -> None:
    paragraphs = tables = 0
    for block in _blocks(body):
        if block.tag == P:
            paragraphs += 1
            collector.add(text_of(block), f"paragraph {paragraphs}")
            continue
        tables += 1
        for row_number, row in enumerate(_children(block, TR), 1):
            cells = (text_of(cell).strip() for cell in _children(row, TC))
            collector.add("\t".join(cell for cell in cells if cell), f"table {tables}, row {row_number}")


def _other_parts(document: docx.document.Document, collector: PartCollector) -> None:
    counts: dict[str, int] = {}
    found: list[tuple[str, etree._Element]] = []
    for part in document.part.package.iter_parts():
        name = OTHER_PARTS.get(part.content_type)
        if name is None:
            continue
        element = getattr(part, "element", None)
        found.append((name, element if element is not None else parse_xml(part.blob)))
        counts[name] = counts.get(name, 0) + 1
    seen: dict[str, int] = {}
    for name, element in found:
        seen[name] = seen.get(name, 0) + 1
        location = f"{name} {seen[name]}" if counts[name] > 1 else name
        collector.add("\n".join(text_of(block) for block in _blocks(element)), location)


def _has_images(document: docx.document.Document) -> bool:
    return any(part.content_type.startswith("image/") for part in document.part.package.iter_parts())


def extract(data: bytes, limits: Limits | None = None) -> list[Part]:
    limits = limits or Limits()
    check_zip(data, "Word", limits)
    document = docx.Document(io.BytesIO(data))
    collector = PartCollector(limits)
    _body(document.element.body, collector)
    _other_parts(document, collector)
    if not collector.parts and _has_images(document):
        raise Unreadable("no_text", "This Word document holds only pictures, so it could not be checked.")
    return collector.parts
