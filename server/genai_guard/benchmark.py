"""Speed and memory figures for the guard, measured side by side in one run.

Three engines analyse the same realistic case-note texts: ours, vanilla Presidio (same spaCy
model, Presidio's default recognizers) and our patterns without a model (the floor). Then a real
`genai-guard serve` process is timed from start to answering and to ready, its memory read from
/proc, and it is loaded over HTTP by concurrent clients. Figures, not pass/fail: targets live in
docs/performance.md.
"""

from __future__ import annotations

import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

SIZES = (200, 1_000, 10_000, 100_000)
EXTENSION_ORIGIN = "chrome-extension://fapjlikffgenemofdpnljgkmmlknnppm"


@dataclass
class Latency:
    median_ms: float
    p95_ms: float
    runs: int


@dataclass
class Report:
    machine: dict[str, Any]
    latency: dict[str, dict[int, Latency]] = field(default_factory=dict)
    server: dict[str, Any] = field(default_factory=dict)
    http: dict[str, Any] = field(default_factory=dict)
    e2e: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine,
            "latency": {
                engine: {str(size): vars(lat) for size, lat in sizes.items()}
                for engine, sizes in self.latency.items()
            },
            "server": self.server,
            "http": self.http,
            "e2e": self.e2e,
        }


def machine_facts() -> dict[str, Any]:
    from importlib.metadata import version

    from genai_guard.nlp import installed_model
    from genai_guard.version import __version__

    return {
        "cpus": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "genai_guard": __version__,
        "presidio_analyzer": version("presidio-analyzer"),
        "spacy": version("spacy"),
        "model": installed_model(),
    }


def case_note_text(size: int, corpus_dir: Path, start: int = 0) -> str:
    """Realistic text of about `size` characters: identifying corpus prompts, end to end, from
    the `start`-th prompt on (different starts give different texts of the same kind)."""
    from genai_guard.corpus import load_corpus

    prompts = [p.text for p in load_corpus(sorted(corpus_dir.glob("*.txt"))) if p.kind == "identifying"]
    pieces: list[str] = []
    length = 0
    index = start
    while length < size:
        piece = prompts[index % len(prompts)]
        pieces.append(piece)
        length += len(piece) + 2
        index += 1
    text = "\n\n".join(pieces)
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size]


def runs_for(size: int, quick: bool) -> int:
    if quick:
        return 2
    return {200: 60, 1_000: 60, 10_000: 15, 100_000: 3}.get(size, 5)


def time_in_turn(engines: dict[str, Callable[[str], object]], text: str, runs: int) -> dict[str, Latency]:
    """Each engine analyses the text `runs` times, taking turns run by run, so that a slow patch
    of a shared machine falls on all of them alike. A first call each pays one-off costs and is
    not counted."""
    samples: dict[str, list[float]] = {name: [] for name in engines}
    for analyze in engines.values():
        analyze(text)
    for _ in range(runs):
        for name, analyze in engines.items():
            started = time.perf_counter()
            analyze(text)
            samples[name].append((time.perf_counter() - started) * 1000)
    return {name: _latency(times) for name, times in samples.items()}


def _latency(samples: list[float]) -> Latency:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return Latency(round(statistics.median(samples), 2), round(p95, 2), len(samples))


def engine_latencies(corpus_dir: Path, sizes: tuple[int, ...], quick: bool) -> dict[str, dict[int, Latency]]:
    from genai_guard.config import load_config
    from genai_guard.engine import build_vanilla_presidio
    from genai_guard.guard import build_guard

    uncached = {"cache_entries": 0}  # every run analyses afresh; the cache would hide the work
    ours = build_guard(load_config(overrides={"detection": uncached}))
    floor = build_guard(load_config(overrides={"detection": {**uncached, "model": "none"}}))
    vanilla = build_vanilla_presidio()
    engines: dict[str, Callable[[str], object]] = {
        "genai-guard": ours.analyze,
        "vanilla presidio": lambda text: vanilla.analyze(text, language="en"),
        "patterns only": floor.analyze,
    }
    by_size = {
        size: time_in_turn(engines, case_note_text(size, corpus_dir), runs_for(size, quick)) for size in sizes
    }
    return {name: {size: by_size[size][name] for size in sizes} for name in engines}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _request(port: int, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Origin": EXTENSION_ORIGIN}
    payload = None
    if body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    try:
        connection.request(method, path, body=payload, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def serve_and_load(
    texts: list[str], clients: int, seconds: float, data_dir: Path, starts: int = 3
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Start a real server `starts` times and time three moments of each start (the median is
    reported: this machine's speed drifts), then load the last one over HTTP.

    - health: `/v1/health` first answers (the model may still be loading);
    - first analysis: a prompt sent as soon as health answers has its answer;
    - ready: health reports the spaCy model ready (or failed), watched from a second thread
      while the first prompt is answered.
    The yardstick is `import presidio_analyzer` alone in a fresh interpreter, timed in the same
    run, so a start-up figure can be read against what this machine's speed allows that day.
    The service runs with its result cache off, so every request is analysed afresh."""
    config = data_dir / "bench.toml"
    config.write_text("[detection]\ncache_entries = 0\n", encoding="utf-8")
    env = dict(os.environ, GENAI_GUARD_DATA_DIR=str(data_dir), GENAI_GUARD_LOG_DIR=str(data_dir))
    moments: dict[str, list[float]] = {"health": [], "first_analysis": [], "ready": []}
    for attempt in range(starts):
        port = free_port()
        command = [sys.executable, "-m", "genai_guard", "serve", "--port", str(port), "--config", str(config)]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        started = time.perf_counter()
        process = subprocess.Popen([*command, "--threads", str(clients)], env=env, **quiet)
        try:
            moments["health"].append(_wait_for_health(port, started, process, lambda _: True))
            # the model's readiness is watched while the first prompt is answered, not after it
            with ThreadPoolExecutor(max_workers=1) as watcher:
                ready = watcher.submit(_wait_for_health, port, started, process, _model_settled)
                _request(port, "POST", "/v1/analyze", {"text": texts[0]})
                moments["first_analysis"].append(time.perf_counter() - started)
                moments["ready"].append(ready.result())
            if attempt < starts - 1:
                continue
            rss_after_load = round(psutil.Process(process.pid).memory_info().rss / 2**20, 1)
            load = http_load(port, texts, clients, seconds)
            server: dict[str, Any] = {"starts": starts}
            for moment, times in moments.items():
                server[f"cold_start_to_{moment}_s"] = round(statistics.median(times), 2)
                server[f"cold_start_to_{moment}_range_s"] = [round(min(times), 2), round(max(times), 2)]
            server["import_presidio_alone_s"] = _import_presidio_s(starts)
            server["rss_after_load_mb"] = rss_after_load
            server["peak_rss_mb"] = _peak_rss_mb(process.pid)
            return server, load
        finally:
            process.terminate()
            process.wait(timeout=10)
    raise ValueError("starts must be at least 1")


def _model_settled(health: dict[str, Any]) -> bool:
    return health.get("nlp_model_state") in ("ready", "failed")


def _wait_for_health(
    port: int, started: float, process: subprocess.Popen[bytes], accept: Callable[[dict[str, Any]], bool]
) -> float:
    """Seconds from `started` until `/v1/health` answers 200 with a body `accept` takes."""
    deadline = started + 60
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError("genai-guard serve exited before it was ready")
        try:
            status, body = _request(port, "GET", "/v1/health")
            if status == 200 and accept(json.loads(body)):
                return time.perf_counter() - started
        except (OSError, ValueError):  # not listening yet, or not answering in JSON yet
            pass
        time.sleep(0.02)
    raise RuntimeError("genai-guard serve was not ready within 60 s")


def _import_presidio_s(runs: int) -> float:
    """Median seconds for a fresh interpreter to import presidio_analyzer (which imports spaCy)."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import presidio_analyzer"], check=True)
        times.append(time.perf_counter() - began)
    return round(statistics.median(times), 2)


def http_load(port: int, texts: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """`clients` threads post the texts in turn, back to back, for `seconds`; bounded in time."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client(offset: int) -> None:
        nonlocal errors
        sent = offset
        while time.perf_counter() < stop_at:
            began = time.perf_counter()
            text = texts[sent % len(texts)]
            sent += clients
            try:
                status, _ = _request(port, "POST", "/v1/analyze", {"text": text})
                ok = status == 200
            except OSError:
                ok = False
            with lock:
                latencies.append((time.perf_counter() - began) * 1000)
                errors += 0 if ok else 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "median_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1) if latencies else None,
        "errors": errors,
    }


def e2e_overhead(path: Path) -> dict[str, Any] | None:
    """The site-replica suite's figures (docs/e2e-timing.md), when it has written them: the
    extension's overhead per replica, median and p95 ms."""
    if not path.exists():
        return None
    rows = [
        line.split("|")[1:-1]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ")
    ]
    figures = {
        cells[0].strip(): f"{cells[5].strip()} / {cells[6].strip()}"
        for cells in rows[1:]
        if len(cells) == 7 and cells[5].strip().isdigit()
    }
    return {"overhead ms median / p95, " + name: value for name, value in figures.items()} or None


def format_report(report: Report) -> str:
    lines = ["Machine: " + ", ".join(f"{k} {v}" for k, v in report.machine.items()), ""]
    engines = list(report.latency)
    sizes = sorted(next(iter(report.latency.values())))
    header = (
        f"{'chars':>8} "
        + " ".join(f"{name + ' p50/p95 ms':>30}" for name in engines)
        + f" {'ours/vanilla':>13}"
    )
    lines += ["Analysis latency (one process, same texts)", header]
    for size in sizes:
        cells = [
            f"{report.latency[e][size].median_ms:>14.1f} / {report.latency[e][size].p95_ms:<13.1f}"
            for e in engines
        ]
        ratio = (
            report.latency["genai-guard"][size].median_ms / report.latency["vanilla presidio"][size].median_ms
        )
        lines.append(f"{size:>8} " + " ".join(cells) + f" {ratio:>13.2f}")
    if report.server:
        lines += ["", "Service process"] + [f"  {k}: {v}" for k, v in report.server.items()]
    if report.http:
        lines += ["", "HTTP through waitress"] + [f"  {k}: {v}" for k, v in report.http.items()]
    if report.e2e:
        lines += ["", "Extension overhead from the site-replica suite"] + [
            f"  {k}: {v}" for k, v in report.e2e.items()
        ]
    return "\n".join(lines)
