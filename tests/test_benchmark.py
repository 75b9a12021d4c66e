"""The benchmark's own machinery (its figures are printed by `genai-guard bench`, not asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from genai_guard import benchmark

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize("size", [200, 1_000, 10_000])
def test_case_note_text_is_about_the_size_asked(size: int) -> None:
    text = benchmark.case_note_text(size, CORPUS)
    assert size // 2 < len(text) <= size
    assert "[[" not in text  # the corpus markup is gone: plain text as a worker would paste it


def test_engines_take_turns_and_every_run_but_the_first_counts() -> None:
    calls: list[str] = []
    engines = {name: (lambda text, name=name: calls.append(name)) for name in ("a", "b")}
    latencies = benchmark.time_in_turn(engines, "text", runs=5)
    assert calls == ["a", "b"] + ["a", "b"] * 5
    assert {name: lat.runs for name, lat in latencies.items()} == {"a": 5, "b": 5}
    assert all(0 <= lat.median_ms <= lat.p95_ms for lat in latencies.values())


def test_report_prints_every_engine_and_the_ratio() -> None:
    lat = benchmark.Latency(10.0, 12.0, 5)
    report = benchmark.Report(
        machine={"cpus": 2},
        latency={name: {1000: lat} for name in ("genai-guard", "vanilla presidio", "patterns only")},
        http={"requests_per_s": 55.0, "errors": 0},
    )
    text = benchmark.format_report(report)
    assert "vanilla presidio" in text and "patterns only" in text
    assert "1.00" in text  # ours / vanilla
    assert "requests_per_s: 55.0" in text


def test_real_server_is_started_timed_and_loaded(tmp_path: Path) -> None:
    texts = [benchmark.case_note_text(1_000, CORPUS, start) for start in range(3)]
    server, load = benchmark.serve_and_load(texts, clients=2, seconds=1.0, data_dir=tmp_path, starts=2)
    assert server["starts"] == 2
    for moment in ("health", "first_analysis", "ready"):
        low, high = server[f"cold_start_to_{moment}_range_s"]
        assert 0 < low <= server[f"cold_start_to_{moment}_s"] <= high
    # Health answers first; the model's readiness and the first answer are timed independently.
    assert server["cold_start_to_health_s"] <= server["cold_start_to_first_analysis_s"]
    assert server["cold_start_to_health_s"] <= server["cold_start_to_ready_s"]
    assert server["import_presidio_alone_s"] > 0
    assert 0 < server["rss_after_load_mb"] <= server["peak_rss_mb"]
    assert load["requests"] > 0 and load["errors"] == 0
