from __future__ import annotations

import gc

import pytest
from click.testing import CliRunner

from genai_guard.cli import _warm_up_then_collect, main
from genai_guard.version import __version__


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert __version__ in result.output


def test_scan_stdin_blocks_and_masks(guard) -> None:  # the session guard warms the model cache
    result = CliRunner().invoke(main, ["scan", "-"], input="NHS no 943 476 5919 for Jayden Clarke")
    assert result.exit_code == 20
    assert "Decision: BLOCK" in result.output
    assert "943 *** ****" in result.output
    assert "476 5919" not in result.output


def test_scan_clean_file_allows(tmp_path) -> None:
    path = tmp_path / "question.txt"
    path.write_text("What does section 47 of the Children Act 1989 require?")
    result = CliRunner().invoke(main, ["scan", str(path)])
    assert result.exit_code == 0
    assert "Decision: ALLOW" in result.output


def test_serve_refuses_non_loopback_address() -> None:
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "Refusing to listen on 0.0.0.0" in result.output


class _FailingWarmUp:
    def warm_up(self) -> None:
        raise RuntimeError("model missing")


def test_collector_runs_again_after_warm_up_even_when_it_fails() -> None:
    """The warm-up thread switches the collector back on and freezes what start-up built, whatever
    happens to the warm-up."""
    gc.disable()
    try:
        with pytest.raises(RuntimeError):
            _warm_up_then_collect(_FailingWarmUp())  # type: ignore[arg-type]
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_collector_runs_again_when_serve_stops_before_starting() -> None:
    """`serve` pauses the collector while it starts; refusing to start must not leave it off."""
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert gc.isenabled()
