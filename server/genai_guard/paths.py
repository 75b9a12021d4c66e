"""Where the guard finds its data files and keeps its own state."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "genai-guard"


def patterns_dir() -> Path:
    """The `patterns/` folder: `$GENAI_GUARD_PATTERNS`, the source checkout, or the installed copy."""
    override = os.environ.get("GENAI_GUARD_PATTERNS")
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parents[2] / "patterns"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent / "patterns"


def patterns_path(*parts: str) -> Path:
    return patterns_dir().joinpath(*parts)


def data_dir() -> Path:
    """Per-user data folder for the audit store (never shared between users)."""
    override = os.environ.get("GENAI_GUARD_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def log_dir() -> Path:
    override = os.environ.get("GENAI_GUARD_LOG_DIR")
    path = Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
