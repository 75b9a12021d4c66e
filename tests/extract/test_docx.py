"""Word documents: body, tables, headers, text boxes and tracked changes; damaged and hostile files."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.parser import parse_xml

from genai_guard.extract import Limits, Unreadable, extract_file, read_for_scan, word
from tests.extract.files import NAME, NHS, SENTENCE, make_docx, zip_bomb_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_when_docx_then_paragraphs_tables_and_header_with_locations(tmp_path: Path) -> None:
    path = tmp_path / "referral.docx"
    table = [["Name", NAME], ["NHS", NHS]]
    path.write_bytes(make_docx(["Intro", "", SENTENCE], table=table, header=f"Re {NAME}"))
    parts = {part.location: part.text for part in read_for_scan(path)}
    assert parts == {
        "paragraph 1": "Intro",
        "paragraph 3": SENTENCE,  # the empty paragraph still counts, as a reader would count it
        "table 1, row 1": f"Name\t{NAME}",
        "table 1, row 2": f"NHS\t{NHS}",
        "header": f"Re {NAME}",
    }


def _with_body_xml(xml: str) -> bytes:
    document = docx.Document()
    document.element.body.insert(0, parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_when_text_box_then_its_text_is_read_once() -> None:
    # Word stores a text box twice: a DrawingML choice and a VML fallback.
    box = f"<w:txbxContent><w:p><w:r><w:t>NHS {NHS}</w:t></w:r></w:p></w:txbxContent>"
    xml = (
        f"<w:p {W} {MC}><w:r><w:t>Boxed:</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice><w:drawing>{box}</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    parts = word.extract(_with_body_xml(xml))
    assert parts[0].location == "paragraph 1"
    assert parts[0].text == f"Boxed:\nNHS {NHS}"


def test_when_tracked_insertion_content_control_and_tabs_then_read() -> None:
    xml = (
        f"<w:sdt {W}><w:sdtContent><w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"
        f"<w:ins w:id='1' w:author='x'><w:r><w:t>{NAME}</w:t><w:tab/><w:t>{NHS}</w:t></w:r></w:ins>"
        "</w:p></w:sdtContent></w:sdt>"
    )
    assert word.extract(_with_body_xml(xml))[0].text == f"{NAME}\t{NHS}"


def test_when_only_pictures_then_unreadable() -> None:
    document = docx.Document()
    out = io.BytesIO()
    document.save(out)
    archive = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source, zipfile.ZipFile(archive, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "[Content_Types].xml":
                png = b'<Default Extension="png" ContentType="image/png"/>'
                data = data.replace(b"<Default ", png + b"<Default ", 1)
            if member.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdImg" Target="media/scan.png" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/image"/></Relationships>',
                )
            target.writestr(member, data)
        target.writestr("word/media/scan.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(Unreadable) as caught:
        word.extract(archive.getvalue())
    assert caught.value.reason == "no_text"


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.95])
def test_when_truncated_then_corrupt(keep: float) -> None:
    data = make_docx([SENTENCE] * 50)
    with pytest.raises(Unreadable) as caught:
        word.extract(data[: int(len(data) * keep)])
    assert caught.value.reason == "corrupt"


def test_when_zip_bomb_then_refused_before_inflating() -> None:
    with pytest.raises(Unreadable) as caught:
        word.extract(zip_bomb_docx(60_000_000))
    assert caught.value.reason == "too_large"


def test_when_more_text_than_allowed_then_too_large() -> None:
    with pytest.raises(Unreadable) as caught:
        word.extract(make_docx([SENTENCE] * 20), Limits(max_chars=200))
    assert caught.value.reason == "too_large"


def test_when_directory_understates_sizes_then_corrupt_not_inflated() -> None:
    """A bomb whose directory claims a small size: zipfile stops at the claim and fails the CRC."""
    data = bytearray(zip_bomb_docx(30_000_000))
    name = b"word/document.xml"
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    local = struct.unpack_from("<I", data, central + 42)[0]
    struct.pack_into("<I", data, central + 24, 1_000)
    struct.pack_into("<I", data, local + 22, 1_000)
    with pytest.raises(zipfile.BadZipFile):
        word.extract(bytes(data))
    with pytest.raises(Unreadable) as unreadable:
        extract_file(bytes(data), "lying.docx")
    assert unreadable.value.reason == "corrupt"


def test_when_one_part_is_over_the_member_limit_then_too_large() -> None:
    with pytest.raises(Unreadable) as caught:
        word.extract(make_docx([SENTENCE] * 500), Limits(max_member_bytes=50_000))
    assert caught.value.reason == "too_large"
