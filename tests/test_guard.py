"""The guard runs one detection at a time, whatever the number of request threads."""

from __future__ import annotations

import dataclasses
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from genai_guard.cache import FindingsCache
from genai_guard.findings import Finding
from genai_guard.guard import Guard


class CountingDetector:
    """Stands in for the detector to count how many detections run at once."""

    def __init__(self) -> None:
        self.running = 0
        self.most_at_once = 0
        self.lock = threading.Lock()

    def detect(self, text: str) -> list[Finding]:
        with self.lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        time.sleep(0.01)  # long enough for other threads to arrive while this one runs
        with self.lock:
            self.running -= 1
        return []


def test_detections_queue_instead_of_running_together(guard: Guard) -> None:
    counting = CountingDetector()
    queued = dataclasses.replace(guard, detector=counting, cache=FindingsCache(0), detecting=threading.Lock())
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(queued.analyze, [f"text number {n}" for n in range(24)]))
    assert [a.decision for a in answers] == ["allow"] * 24
    assert counting.most_at_once == 1
