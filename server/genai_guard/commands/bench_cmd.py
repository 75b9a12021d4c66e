"""`genai-guard bench`: the speed and memory figures in docs/performance.md, in one run."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from genai_guard.commands.eval_cmd import default_corpus_dir

HTTP_TEXTS = 200  # different 1,000-character texts, posted in turn


@click.command("bench")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option("--quick", is_flag=True, help="A few runs of each, for a smoke test.")
@click.option("--clients", type=int, default=8, show_default=True, help="Concurrent HTTP clients.")
@click.option("--seconds", type=float, default=20.0, show_default=True, help="HTTP load duration.")
@click.option("--skip-server", is_flag=True, help="Only the in-process latency table.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench_command(
    corpus_dir: Path | None, quick: bool, clients: int, seconds: float, skip_server: bool, as_json: bool
) -> None:
    """Measure latency, cold start, memory and HTTP throughput side by side."""
    from genai_guard import benchmark

    corpus_dir = corpus_dir or default_corpus_dir()
    report = benchmark.Report(machine=benchmark.machine_facts())
    sizes = benchmark.SIZES[:2] if quick else benchmark.SIZES
    report.latency = benchmark.engine_latencies(corpus_dir, sizes, quick)
    if not skip_server:
        texts = [benchmark.case_note_text(1_000, corpus_dir, start) for start in range(HTTP_TEXTS)]
        with tempfile.TemporaryDirectory() as data_dir:
            report.server, report.http = benchmark.serve_and_load(
                texts, clients, 2.0 if quick else seconds, Path(data_dir), starts=1 if quick else 3
            )
    report.e2e = benchmark.e2e_overhead(corpus_dir.parents[1] / "docs" / "e2e-timing.md")
    click.echo(json.dumps(report.to_json(), indent=2) if as_json else benchmark.format_report(report))
