"""Small documents made by the tests themselves: .txt, .docx (python-docx), a minimal .pdf and
a tiny .png, with or without an identifier, for the file flows in test_files.py."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from docx import Document

NHS_NUMBER = "943 476 5919"
IDENTIFIED_LINE = f"Referral for my client, NHS number {NHS_NUMBER}, seen at home on Tuesday."
CLEAN_LINE = "Agenda for Monday: three icebreakers, a short break and the team's plans for spring."


@dataclass(frozen=True)
class UploadFile:
    name: str
    mime: str
    data: bytes

    def for_page(self) -> dict[str, object]:
        """As test pages build a File: name, type and the bytes as a list of numbers."""
        return {"name": self.name, "type": self.mime, "bytes": list(self.data)}

    def for_input(self) -> dict[str, object]:
        """As Playwright's set_input_files takes it."""
        return {"name": self.name, "mimeType": self.mime, "buffer": self.data}


def text_file(name: str, line: str) -> UploadFile:
    return UploadFile(name, "text/plain", f"Notes\n{line}\n".encode())


def docx_file(name: str, line: str) -> UploadFile:
    document = Document()
    document.add_heading("Case notes", level=1)
    document.add_paragraph("Written after the visit.")
    document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return UploadFile(
        name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.getvalue()
    )


def pdf_file(name: str, line: str) -> UploadFile:
    """One page, one line of Helvetica: the smallest PDF whose text a reader can extract."""
    escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return UploadFile(name, "application/pdf", bytes(out))


def png_file(name: str) -> UploadFile:
    """A 2x2 grey image: a picture the service cannot read text from."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80\x80" * 2)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return UploadFile(name, "image/png", data)


# The three kinds of document the issue names, each holding the NHS number.
IDENTIFIED_FILES = {
    "docx": docx_file("case-notes.docx", IDENTIFIED_LINE),
    "pdf": pdf_file("referral.pdf", IDENTIFIED_LINE),
    "txt": text_file("visit-notes.txt", IDENTIFIED_LINE),
}
CLEAN_FILE = text_file("agenda.txt", CLEAN_LINE)
CLEAN_DOCX = docx_file("agenda.docx", CLEAN_LINE)
IMAGE_FILE = png_file("whiteboard.png")
