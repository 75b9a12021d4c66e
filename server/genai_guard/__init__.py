"""GenAI Guard: a local service that checks text for personal data before it reaches a GenAI site."""

from __future__ import annotations

import json
import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from flask import Flask, g, jsonify, request
from flask.typing import ResponseReturnValue
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from genai_guard.version import __version__

__all__ = ["__version__", "create_app"]

log = logging.getLogger("genai_guard")


def create_app(
    config: dict[str, Any] | None = None,
    *,
    config_path: Path | None = None,
    guard: Any = None,
) -> Flask:
    """Build the Flask app. `config` holds overrides laid over the defaults (and `config_path`).

    Pass a prebuilt `guard` to share one loaded engine between apps (tests do).
    """
    from genai_guard.api import bp
    from genai_guard.api_files import files_bp
    from genai_guard.audit import AuditStore, audit_store_path
    from genai_guard.config import load_config
    from genai_guard.contact import record_extension_contact
    from genai_guard.guard import build_guard
    from genai_guard.paths import patterns_path
    from genai_guard.requests import ApiError
    from genai_guard.security import RateLimiter, host_allowed, origin_allowed
    from genai_guard.syslog_forward import SyslogForwarder

    settings = load_config(config_path, config)
    app = Flask(__name__)
    app.config["GUARD"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings["server"]["max_body_bytes"]
    app.config["GUARD_SITES"] = json.loads(patterns_path("sites.json").read_text(encoding="utf-8"))["sites"]
    app.extensions["genai_guard"] = guard or build_guard(settings)
    app.extensions["genai_guard_audit"] = AuditStore(audit_store_path(settings))
    app.extensions["genai_guard_syslog"] = SyslogForwarder.from_config(settings)
    app.extensions["genai_guard_syslog_sender"] = ThreadPoolExecutor(
        max_workers=1, thread_name_prefix="syslog"
    )
    allowed_origins = settings["extension"]["allowed_origins"]
    rate_limiter = RateLimiter(settings["server"]["rate_limit_per_second"], allowed_origins)

    @app.before_request
    def check_caller() -> ResponseReturnValue | None:
        g.request_id = uuid.uuid4().hex[:12]
        g.started = time.perf_counter()
        if not host_allowed(request):
            raise ApiError(403, "forbidden_host", "Requests must be addressed to 127.0.0.1 or localhost.")
        if not origin_allowed(request, allowed_origins):
            raise ApiError(403, "forbidden_origin", "This origin may not use GenAI Guard.")
        if request.headers.get("Origin") in allowed_origins:
            record_extension_contact()
        if not rate_limiter.allow(request.headers.get("Origin")):
            raise ApiError(429, "rate_limited", "Too many requests; try again in a moment.")
        return None

    @app.after_request
    def log_request(response: Any) -> Any:
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log.info(
            "request id=%s %s %s -> %d %.1fms",
            g.get("request_id", "-"),
            request.method,
            request.url_rule.rule if request.url_rule else "(no such path)",  # never the raw path
            response.status_code,
            elapsed,
        )
        response.headers["X-Request-Id"] = g.get("request_id", "-")
        return response

    @app.errorhandler(ApiError)
    def api_error(error: ApiError) -> ResponseReturnValue:
        return jsonify(error.to_json()), error.status

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> ResponseReturnValue:
        code = (error.name or "error").lower().replace(" ", "_")
        return jsonify({"error": code, "message": error.description or error.name}), error.code or 500

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> ResponseReturnValue:
        # Only the exception's type: its message or traceback locals could hold submitted text.
        log.error("request id=%s failed with %s", g.get("request_id", "-"), type(error).__name__)
        return jsonify({"error": "internal_error", "message": "GenAI Guard hit an internal error."}), 500

    CORS(app, origins=allowed_origins, methods=["GET", "POST"], allow_headers=["Content-Type"], max_age=600)
    app.register_blueprint(bp)
    app.register_blueprint(files_bp)
    return app
