"""E-mail messages (.eml): the address and subject headers, text and HTML bodies, and attachments.

Attachments go through the same extractors (an unreadable attachment makes the message unreadable),
because a message's attachments leave with it.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from html.parser import HTMLParser

from genai_guard.extract.base import Limits, Part, PartCollector, Unreadable, too_large

HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Subject")
_BLOCK_TAGS = frozenset(
    ["br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "table", "blockquote", "pre"]
)


class _HtmlText(HTMLParser):
    """Text a mail client shows for an HTML body: no tags, scripts or styles; entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(data)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def _body_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        # An unknown or wrong charset: read the bytes as Windows-1252 rather than skip the body.
        content = (part.get_payload(decode=True) or b"").decode("cp1252", errors="replace")
    text = content if isinstance(content, str) else ""
    return html_to_text(text) if part.get_content_type() == "text/html" else text


def _is_attachment(part: EmailMessage) -> bool:
    return part.get_content_disposition() == "attachment" or not part.get_content_type().startswith("text/")


def _attachment(part: EmailMessage, number: int, limits: Limits, depth: int) -> list[Part]:
    from genai_guard.extract import extract_parts  # the dispatcher imports this module

    if depth >= limits.max_depth:
        raise too_large("attachments nested too deeply")
    if part.get_content_maintype() == "image" and part.get("Content-ID"):
        return []  # a logo or picture shown inside the HTML body, not a file the reader opens
    payload = part.get_payload(decode=True) or b""
    if not payload:
        return []
    try:
        return extract_parts(payload, part.get_filename() or "", limits, depth + 1)
    except Unreadable as error:
        raise Unreadable(error.reason, f"Attachment {number} of this e-mail: {error.message}") from None


def _headers(message: EmailMessage, prefix: str, collector: PartCollector) -> None:
    for name in HEADERS:
        for value in message.get_all(name, []):
            collector.add(str(value), f"{prefix} {name}")


def extract(data: bytes, limits: Limits | None = None, depth: int = 0) -> list[Part]:
    limits = limits or Limits()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    collector = PartCollector(limits)
    _headers(message, "header", collector)
    bodies: set[str] = set()
    attachments = 0
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            _headers(part.get_payload(0), "forwarded message, header", collector)
            continue
        if part.is_multipart():
            continue
        if _is_attachment(part):
            attachments += 1
            collector.extend(_attachment(part, attachments, limits, depth), f"attachment {attachments}")
            continue
        text = _body_text(part)
        # The plain and HTML alternatives usually say the same thing: check that text once.
        key = " ".join(text.split())
        if key not in bodies:
            bodies.add(key)
            collector.add(text, "body")
    return collector.parts
