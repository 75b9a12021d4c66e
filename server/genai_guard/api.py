"""The HTTP API under /v1: analyze, health, policy, events and the OpenAPI document."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue

from genai_guard.audit import AuditError, AuditEvent, AuditStore
from genai_guard.guard import LONGEST_TEXT_CHARS, Guard
from genai_guard.requests import (
    ApiError,
    entity_counts,
    json_body,
    optional_choice,
    optional_site,
    required_choice,
    required_site,
    required_str,
)
from genai_guard.version import __version__

bp = Blueprint("api", __name__, url_prefix="/v1")

TRIGGERS = ("submit", "paste", "file")
AUDIENCES = ("worker", "student")
DECISIONS = ("allow", "warn", "block")
ACTIONS = ("edit", "redact_send", "send_anyway", "cancel", "service_unavailable", "blocked")


def _guard() -> Guard:
    return current_app.extensions["genai_guard"]


def _config() -> dict[str, Any]:
    return current_app.config["GUARD"]


@bp.post("/analyze")
def analyze() -> ResponseReturnValue:
    body = json_body(request)
    text = required_str(body, "text", min(_config()["server"]["max_text_chars"], LONGEST_TEXT_CHARS))
    site = optional_site(body)
    optional_choice(body, "trigger", TRIGGERS)
    audience = optional_choice(body, "audience", AUDIENCES) or "worker"
    analysis = _guard().analyze(text, site=site, audience=audience)  # type: ignore[arg-type]
    current_app.logger.info(
        "analyze decision=%s entities=%s chars=%d ms=%.1f",
        analysis.decision,
        json.dumps(analysis.entity_counts(), sort_keys=True),
        len(text),
        analysis.elapsed_ms,
    )
    return jsonify(analysis.to_json())


@bp.get("/health")
def health() -> ResponseReturnValue:
    guard = _guard()
    warnings = []
    if guard.model.state == "failed":
        warnings.append("The spaCy model failed to load: see the service log.")
    elif guard.degraded:
        warnings.append("No spaCy model installed: names are found by patterns only.")
    return jsonify(
        {
            "status": "ok",
            "version": __version__,
            "nlp_model": guard.model.name,
            "nlp_model_state": guard.model.state,
            "degraded": guard.degraded,
            "warnings": warnings,
            "recognizers": guard.recognizer_names,
        }
    )


@bp.get("/policy")
def policy() -> ResponseReturnValue:
    config = _config()
    overrides = config["overrides"]
    offered = set(overrides["reasons"])
    return jsonify(
        {
            "version": __version__,
            "sites": current_app.config["GUARD_SITES"],
            "failure_mode": config["extension"]["failure_mode"],
            "time_budget_ms": config["extension"]["time_budget_ms"],
            "overrides": {"warn": {"allowed": overrides["warn"]}, "block": {"allowed": overrides["block"]}},
            "override_reasons": [r for r in _guard().guidance.override_reasons if r["id"] in offered],
            "organisation": config["organisation"],
        }
    )


@bp.post("/events")
def events() -> ResponseReturnValue:
    body = json_body(request)
    offered = set(_config()["overrides"]["reasons"])
    event = AuditEvent(
        site=required_site(body),
        decision=required_choice(body, "decision", DECISIONS),
        action=required_choice(body, "action", ACTIONS),
        entity_counts=entity_counts(body, "entity_counts", _guard().catalogue.entities),
        override_reason=optional_choice(body, "override_reason", offered),
        trigger=optional_choice(body, "trigger", TRIGGERS),
    )
    if event.action == "send_anyway" and event.override_reason is None:
        raise ApiError(400, "missing_field", "Sending anyway needs an 'override_reason'.", "override_reason")
    if not _config()["audit"]["enabled"]:
        return jsonify({"id": None, "stored": False}), 202
    store: AuditStore = current_app.extensions["genai_guard_audit"]
    try:
        event_id = store.record(event)
    except AuditError as error:
        current_app.logger.error("audit write failed: %s", error)
        raise ApiError(503, "audit_unavailable", "The audit store could not be written.") from None
    forwarder = current_app.extensions.get("genai_guard_syslog")
    if forwarder is not None:  # on its own thread: a slow SIEM must never hold up a request
        current_app.extensions["genai_guard_syslog_sender"].submit(forwarder.forward, event, event_id)
    return jsonify({"id": event_id, "stored": True}), 201


@bp.get("/openapi.json")
def openapi() -> ResponseReturnValue:
    document = resources.files("genai_guard").joinpath("openapi.json").read_text(encoding="utf-8")
    return current_app.response_class(document, mimetype="application/json")
