"""Small documents made on the fly, so the tests need no binary fixtures in the repository.

Every builder returns bytes; the text passed in is what the extractors must find.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import docx
import openpyxl
import pypdf

NHS = "943 476 5919"
NAME = "Jayden Clarke"
SENTENCE = f"Referral for {NAME}, NHS number {NHS}."
CLEAN = "What does section 47 of the Children Act 1989 require of a local authority?"


def _escape_pdf(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[str | None]) -> bytes:
    """A minimal PDF, one page per entry: a string becomes the page's text, None a scanned picture."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in below
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    image = len(objects) + 1
    objects.append(
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    )
    kids = []
    for text in pages:
        if text is None:
            content = b"q 200 0 0 200 72 500 cm /Im1 Do Q"
            resources = f"<< /XObject << /Im1 {image} 0 R >> >>"
        else:
            lines = [f"({_escape_pdf(line)}) Tj 0 -16 Td" for line in text.split("\n")]
            content = f"BT /F1 12 Tf 72 720 Td {' '.join(lines)} ET".encode("latin-1")
            resources = f"<< /Font << /F1 {font} 0 R >> >>"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        stream = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {stream} 0 R "
            f"/Resources {resources} >>".encode()
        )
        kids.append(f"{len(objects)} 0 R")
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def encrypt_pdf(data: bytes, password: str = "s3cret") -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(
    paragraphs: list[str], table: list[list[str]] | None = None, header: str | None = None
) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def make_eml(
    body: str,
    html: str | None = None,
    subject: str = "Case notes",
    attachment: tuple[bytes, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = "Duty Worker <duty@example.org>"
    message["To"] = "Team Manager <manager@example.org>"
    message["Subject"] = subject
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    if attachment is not None:
        data, filename = attachment
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    return message.as_bytes()


def make_rtf(paragraphs: list[str]) -> bytes:
    body = "".join(f"\\pard {text}\\par\n" for text in paragraphs)
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
        "{\\colortbl;\\red0\\green0\\blue0;}\n"
        "{\\*\\generator Hand written;}{\\info{\\title Not visible}}\n" + body + "}"
    ).encode("ascii")


def zip_bomb_docx(inflated_bytes: int = 200_000_000) -> bytes:
    """A real docx whose word/document.xml is replaced by `inflated_bytes` of one repeated byte.

    Written in 1 MB chunks, so building it never holds the inflated data in memory.
    """
    real = zipfile.ZipFile(io.BytesIO(make_docx([SENTENCE])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in real.infolist():
            if member.filename != "word/document.xml":
                bomb.writestr(member, real.read(member))
        with bomb.open("word/document.xml", "w", force_zip64=True) as target:
            chunk = b"<" * 1_000_000
            for _ in range(inflated_bytes // len(chunk)):
                target.write(chunk)
    return out.getvalue()
