"""E-mail: headers, plain and HTML bodies (once), forwarded messages and attachments."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from genai_guard.extract import Unreadable, mail, read_for_scan
from tests.extract.files import NAME, NHS, SENTENCE, make_docx, make_eml, make_pdf


def test_when_message_then_headers_and_body(tmp_path: Path) -> None:
    path = tmp_path / "message.eml"
    path.write_bytes(make_eml(SENTENCE, subject=f"Visit to {NAME}"))
    parts = {part.location: part.text.strip() for part in read_for_scan(path)}
    assert parts["header Subject"] == f"Visit to {NAME}"
    assert parts["header From"] == "Duty Worker <duty@example.org>"
    assert parts["body"] == SENTENCE


def test_when_html_differs_then_both_checked_and_tags_stripped() -> None:
    html = f"<html><head><style>p {{color: red}}</style></head><body><p>NHS&nbsp;{NHS}</p><br>{NAME}</body>"
    parts = mail.extract(make_eml("See the HTML part.", html))
    bodies = [part.text for part in parts if part.location == "body"]
    assert bodies[0] == "See the HTML part.\n"
    assert "color" not in bodies[1] and "<p>" not in bodies[1]
    assert f"NHS\u00a0{NHS}" in bodies[1] and NAME in bodies[1]


def test_when_html_says_the_same_then_checked_once() -> None:
    parts = mail.extract(make_eml(SENTENCE, f"<p>{SENTENCE}</p>"))
    assert [part.location for part in parts].count("body") == 1


def test_when_attachment_then_read_with_its_own_locations() -> None:
    data = make_eml("Please see attached.", attachment=(make_docx([SENTENCE]), "referral.docx"))
    parts = {part.location: part.text for part in mail.extract(data)}
    assert parts["attachment 1, paragraph 1"] == SENTENCE


def test_when_forwarded_message_then_its_headers_and_body() -> None:
    inner = EmailMessage()
    inner["From"] = f"{NAME} <parent@example.org>"
    inner["Subject"] = "My son"
    inner.set_content(f"His NHS number is {NHS}.")
    outer = EmailMessage()
    outer["Subject"] = "Fwd: My son"
    outer.set_content("Forwarding.")
    outer.add_attachment(inner)
    parts = {(part.location, part.text.strip()) for part in mail.extract(outer.as_bytes())}
    assert ("forwarded message, header From", f"{NAME} <parent@example.org>") in parts
    assert ("body", f"His NHS number is {NHS}.") in parts


def test_when_attachment_unreadable_then_message_unreadable() -> None:
    data = make_eml("Scan attached.", attachment=(make_pdf([None]), "scan.pdf"))
    with pytest.raises(Unreadable) as caught:
        mail.extract(data)
    assert caught.value.reason == "no_text"
    assert caught.value.message.startswith("Attachment 1 of this e-mail")


def test_when_inline_logo_then_ignored() -> None:
    message = EmailMessage()
    message["Subject"] = "Hello"
    message.set_content("Plain")
    message.add_alternative("<p>Hello <img src='cid:logo'></p>", subtype="html")
    message.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "image", "png", cid="<logo>")
    assert {part.location for part in mail.extract(message.as_bytes())} == {"header Subject", "body"}
