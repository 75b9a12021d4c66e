"""Shared fixtures: one guard engine for the whole run, fresh apps on temporary audit stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from genai_guard import create_app
from genai_guard.config import load_config
from genai_guard.guard import Guard, build_guard

EXTENSION_ORIGIN = "chrome-extension://fapjlikffgenemofdpnljgkmmlknnppm"
CANARY = "Zyxwvut Canarybird"


@pytest.fixture(scope="session")
def guard() -> Guard:
    return build_guard(load_config())


@pytest.fixture
def audit_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.sqlite3"


@pytest.fixture
def app(guard: Guard, audit_path: Path) -> Flask:
    return create_app({"audit": {"path": str(audit_path)}}, guard=guard)


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as client:
        yield client
