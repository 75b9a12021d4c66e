"""POST /v1/analyze-file: check a document the user is about to upload, with the guard /v1/analyze uses.

The file is parsed in memory (never spooled to disk), read by `genai_guard.extract`, and its text is
analysed as one string whose offsets map back to pages, sheets and paragraphs. A file that cannot be
read gets 422 `unreadable_file` with a reason: the extension applies its failure policy to that, so an
unreadable file is never passed as clean. Nothing about the file but its type, a size bucket, the
decision and entity counts is logged.
"""

from __future__ import annotations

import io
import json
import unicodedata
from typing import IO, Any

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser

from genai_guard.api import AUDIENCES, TRIGGERS
from genai_guard.extract import Extracted, Limits, Unreadable, extract_file, identify, join_parts
from genai_guard.guard import Guard
from genai_guard.requests import ApiError, optional_choice, optional_str

files_bp = Blueprint("files", __name__, url_prefix="/v1")

FORM_OVERHEAD = 64 * 1024  # multipart boundaries and the small site/audience/trigger fields
# werkzeug also applies this to its parse buffer, which holds a 64 KB read plus any remainder.
FORM_MEMORY = 500_000
MAX_NAME_CHARS = 200


def _memory_stream(*_args: Any, **_kwargs: Any) -> IO[bytes]:
    """Keep uploads in memory: werkzeug would otherwise spool large ones to a temporary file."""
    return io.BytesIO()


def _limits() -> Limits:
    return Limits.from_config(current_app.config["GUARD"])


def _size_bucket(size: int) -> str:
    for limit, label in ((100_000, "<100KB"), (1_000_000, "<1MB"), (10_000_000, "<10MB")):
        if size < limit:
            return label
    return ">=10MB"


def sanitise_filename(name: str | None) -> str:
    """The base name only, without control or bidirectional-override characters, at most 200 long.

    A right-to-left override can make "invoice\\u202efdp.exe" display as "invoiceexe.pdf" in a dialog.
    """
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(
        char for char in unicodedata.normalize("NFC", base) if not unicodedata.category(char).startswith("C")
    )
    return base.strip()[:MAX_NAME_CHARS] or "file"


def _upload(limits: Limits) -> tuple[FileStorage, dict[str, str]]:
    """Parse the multipart body in memory, refusing anything larger than the file limit."""
    if request.mimetype != "multipart/form-data":
        raise ApiError(415, "unsupported_media_type", "Send the file as multipart/form-data, field 'file'.")
    parser = FormDataParser(
        stream_factory=_memory_stream,  # type: ignore[arg-type]
        max_form_memory_size=FORM_MEMORY,
        max_content_length=limits.max_file_bytes + FORM_OVERHEAD,
        max_form_parts=16,
        silent=False,
    )
    try:
        _, form, files = parser.parse_from_environ(request.environ)
    except RequestEntityTooLarge:
        raise _too_big(limits) from None
    except ValueError:
        raise ApiError(400, "invalid_multipart", "The multipart body could not be read.") from None
    upload = files.get("file")
    if upload is None:
        raise ApiError(400, "missing_field", "The field 'file' is required.", "file")
    return upload, {key: form[key] for key in ("site", "audience", "trigger") if key in form}


def _too_big(limits: Limits) -> ApiError:
    megabytes = limits.max_file_bytes / 1_000_000
    return ApiError(413, "file_too_large", f"Files larger than {megabytes:g} MB cannot be checked.", "file")


def _unreadable(error: Unreadable, file_info: dict[str, Any]) -> ResponseReturnValue:
    file_info.update(checked=False, reason=error.reason)
    body = {
        "error": "unreadable_file",
        "message": error.message,
        "checked": False,
        "reason": error.reason,
        "file": file_info,
    }
    return jsonify(body), 422


@files_bp.post("/analyze-file")
def analyze_file() -> ResponseReturnValue:
    limits = _limits()
    upload, fields = _upload(limits)
    site = optional_str(fields, "site")
    optional_choice(fields, "trigger", TRIGGERS)
    audience = optional_choice(fields, "audience", AUDIENCES) or "worker"
    data = upload.stream.read(limits.max_file_bytes + 1)
    if not data:
        raise ApiError(400, "empty_file", "The file is empty.", "file")
    if len(data) > limits.max_file_bytes:
        raise _too_big(limits)
    file_info: dict[str, Any] = {"name": sanitise_filename(upload.filename), "type": None, "size": len(data)}
    log_line, bucket = "analyze-file type=%s size=%s", _size_bucket(len(data))
    try:
        file_info["type"] = identify(data, upload.filename)
        extracted: Extracted = extract_file(data, upload.filename, limits, kind=file_info["type"])
    except Unreadable as error:
        current_app.logger.info(log_line + " unreadable=%s", file_info["type"], bucket, error.reason)
        return _unreadable(error, file_info)
    joined = join_parts(extracted.parts)
    guard: Guard = current_app.extensions["genai_guard"]
    analysis = guard.analyze(joined.text, site=site, audience=audience)  # type: ignore[arg-type]
    body = analysis.to_json()
    for finding, item in zip(analysis.findings, body["findings"], strict=True):
        item["location"] = joined.locate(finding.start)
    body["file"] = {**file_info, "parts": len(extracted.parts), "checked": True}
    current_app.logger.info(
        log_line + " decision=%s parts=%d entities=%s ms=%.1f",
        extracted.kind,
        bucket,
        analysis.decision,
        len(extracted.parts),
        json.dumps(analysis.entity_counts(), sort_keys=True),
        analysis.elapsed_ms,
    )
    return jsonify(body)
