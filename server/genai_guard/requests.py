"""Validate JSON request bodies field by field, so a bad request names what is wrong."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from flask import Request
from werkzeug.exceptions import BadRequest


class ApiError(Exception):
    """An error answered as JSON: `{"error": code, "message": sentence, "field"?: name}`.

    Messages are written here and never quote the request: no submitted text can reach them.
    """

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field

    def to_json(self) -> dict[str, str]:
        body = {"error": self.code, "message": self.message}
        if self.field:
            body["field"] = self.field
        return body


def json_body(request: Request) -> dict[str, Any]:
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type", "Send the request body as application/json.")
    try:
        body = request.get_json()
    except (BadRequest, RecursionError):  # RecursionError: nested deeper than the JSON parser follows
        raise ApiError(400, "invalid_json", "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_body", "The request body must be a JSON object.")
    return body


def required_str(body: dict[str, Any], field: str, max_length: int | None = None) -> str:
    if field not in body:
        raise ApiError(400, "missing_field", f"The field '{field}' is required.", field)
    return _check_str(body[field], field, max_length)


def optional_str(body: dict[str, Any], field: str, max_length: int = 200) -> str | None:
    value = body.get(field)
    return None if value is None else _check_str(value, field, max_length)


def optional_choice(body: dict[str, Any], field: str, choices: Collection[str]) -> str | None:
    value = optional_str(body, field)
    if value is not None and value not in choices:
        allowed = ", ".join(sorted(choices))
        raise ApiError(400, "invalid_field", f"The field '{field}' must be one of: {allowed}.", field)
    return value


def required_choice(body: dict[str, Any], field: str, choices: Collection[str]) -> str:
    required_str(body, field)
    value = optional_choice(body, field, choices)
    assert value is not None
    return value


def entity_counts(body: dict[str, Any], field: str, known: Collection[str]) -> dict[str, int]:
    value = body.get(field, {})
    if not isinstance(value, dict):
        raise ApiError(400, "invalid_field", f"The field '{field}' must be an object of counts.", field)
    for key, count in value.items():
        if key not in known:
            raise ApiError(400, "invalid_field", f"The field '{field}' names an unknown entity type.", field)
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 100_000:
            raise ApiError(400, "invalid_field", f"The field '{field}' must hold whole-number counts.", field)
    return dict(value)


# A site is a host name ("chatgpt.com"): checked as one, so free text can never be stored as a site.
HOST_NAME = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)


def required_site(body: dict[str, Any]) -> str:
    return _check_site(required_str(body, "site", 253))


def optional_site(body: dict[str, Any]) -> str | None:
    value = optional_str(body, "site", 253)
    return None if value is None else _check_site(value)


def _check_site(value: str) -> str:
    if not HOST_NAME.match(value.lower()):
        raise ApiError(
            400, "invalid_field", "The field 'site' must be a host name such as chatgpt.com.", "site"
        )
    return value.lower()


def _check_str(value: Any, field: str, max_length: int | None) -> str:
    if not isinstance(value, str):
        raise ApiError(400, "invalid_field", f"The field '{field}' must be a string.", field)
    if max_length is not None and len(value) > max_length:
        raise ApiError(413, "too_long", f"The field '{field}' is longer than {max_length} characters.", field)
    return value
