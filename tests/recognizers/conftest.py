"""Recognizer tables run through the detector the service uses, context words and all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from genai_guard.guard import Guard

Found = Callable[[str, str], list[str]]


@pytest.fixture
def found(guard: Guard) -> Found:
    """The substrings of `text` the service reports as `entity_type`."""

    def run(entity_type: str, text: str) -> list[str]:
        return [text[f.start : f.end] for f in guard.detector.detect(text) if f.entity_type == entity_type]

    return run
