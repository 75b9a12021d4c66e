"""Start-up stays lean: what the service does not need to answer its first prompt is not loaded."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from genai_guard import create_app
from genai_guard.cache import FindingsCache
from genai_guard.detector import Detector
from genai_guard.engine import build_analyzer
from genai_guard.guard import Guard
from genai_guard.nlp import NO_MODEL, LoadedModel


def test_document_readers_are_imported_on_first_upload_not_at_start(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from genai_guard import create_app
        from genai_guard.extract import Limits, Unreadable, extract_file

        def loaded():
            return sorted(m for m in ("openpyxl", "pypdf", "docx") if m in sys.modules)

        create_app(config={"server": {"host": "127.0.0.1", "port": 1}})
        print(loaded())
        try:
            extract_file(b"PK\\x03\\x04 not really a workbook", "book.xlsx", Limits())
        except Unreadable:
            pass
        print(loaded())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"GENAI_GUARD_DATA_DIR": str(tmp_path), "GENAI_GUARD_LOG_DIR": str(tmp_path), "PATH": ""},
        timeout=120,
    )
    assert result.stdout.splitlines() == ["[]", "['openpyxl']"], result.stderr


class SlowModel:
    """A lazy model whose build waits until the test lets it finish."""

    def __init__(self, guard: Guard) -> None:
        self.building = threading.Event()
        self.release = threading.Event()
        pipeline = guard.model.nlp

        def build() -> Language:
            self.building.set()
            self.release.wait(30)
            return pipeline

        self.model = LoadedModel(guard.model.name, build, lazy=True)


def _guard_over(model: LoadedModel, guard: Guard) -> Guard:
    """The session guard rebuilt over another (still loading) model, with no result cache."""
    old = guard.detector
    rebuilt = Detector(build_analyzer(model), old.catalogue, old.public, old.threshold, old.template_slots)
    return replace(guard, detector=rebuilt, model=model, cache=FindingsCache(0), detecting=threading.Lock())


def _until(condition: Callable[[], bool], timeout: float = 30) -> bool:
    """Whether `condition` holds within `timeout` seconds (checked every 10 ms)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        threading.Event().wait(0.01)
    return True


def _in_thread(call: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    results: list[object] = []
    thread = threading.Thread(target=lambda: results.append(call()))
    thread.start()
    return thread, results


def test_while_the_warm_up_builds_the_model_clean_prompts_are_answered_and_the_rest_wait(
    guard: Guard,
) -> None:
    if guard.model.name == NO_MODEL:
        pytest.skip("no spaCy model installed")
    slow = SlowModel(guard)
    lazy = _guard_over(slow.model, guard)
    warm_up, _ = _in_thread(lazy.warm_up)
    assert slow.building.wait(30)

    clean = lazy.analyze("What does section 47 of the Children Act 1989 require of us?")
    assert clean.decision == "allow" and slow.model.state == "loading"

    needs_model, results = _in_thread(lambda: lazy.analyze("Visit to Grace today; NHS number 943 476 5919."))
    # inside detection, held there by the model the warm-up is still building
    assert _until(lambda: lazy.detecting.locked())
    assert needs_model.is_alive() and not results
    slow.release.set()
    for thread in (warm_up, needs_model):
        thread.join(30)
    assert slow.model.state == "ready"
    assert results[0].decision == "block"  # type: ignore[attr-defined]


def test_a_model_that_fails_to_load_leaves_patterns_only(
    guard: Guard, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Language:
        raise OSError("model files unreadable")

    with pytest.raises(OSError):
        LoadedModel("en_core_web_sm", broken)  # built at once (scan, eval): the error stops it
    model = LoadedModel("en_core_web_sm", broken, lazy=True)
    lazy = _guard_over(model, guard)
    lazy.warm_up()
    assert model.state == "failed" and lazy.degraded and "could not be loaded" in caplog.text
    answer = lazy.analyze("Visit to Jayden Clarke, NHS 943 476 5919.")
    assert answer.decision == "block"


def test_health_says_whether_the_model_is_loaded(guard: Guard, audit_path: Path) -> None:
    slow = SlowModel(guard)
    app = create_app({"audit": {"path": str(audit_path)}}, guard=_guard_over(slow.model, guard))
    with app.test_client() as client:
        assert client.get("/v1/health").get_json()["nlp_model_state"] == "loading"
        slow.release.set()
        slow.model.load()
        assert client.get("/v1/health").get_json()["nlp_model_state"] == "ready"
