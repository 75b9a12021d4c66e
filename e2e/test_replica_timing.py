"""The timing figures of issue 4: per replica, Enter to the recorder receiving a clean prompt,
over 20 sends, next to the service's own analysis time. The table is printed at the end of the
run and written to docs/e2e-timing.md when every replica was measured (see conftest.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from e2e.helpers import timing
from e2e.helpers.replica import ReplicaPage
from e2e.helpers.replicas import REPLICA_IDS, REPLICAS, Replica
from e2e.helpers.service import RunningService
from e2e.helpers.service_faults import AnalysisTap

# Unique per replica and round, so no answer can come from a cache in the service.
PROMPT = "Give me a short checklist for preparing a quarterly planning meeting (set {}, item {})"


@pytest.mark.parametrize("replica", REPLICAS, ids=REPLICA_IDS)
def test_time_from_enter_to_sent(
    open_replica: Callable[[Replica], ReplicaPage],
    replica: Replica,
    analysis_tap: AnalysisTap,
    guard_service: RunningService,
    set_extension_settings: Callable[..., None],
) -> None:
    set_extension_settings(service_url=guard_service.url)  # straight to the service, no proxy hop
    site = open_replica(replica)
    totals: list[float] = []
    service: list[float] = []
    for round_ in range(timing.SENDS + 1):  # the first send warms up the page and the worker
        text = PROMPT.format(REPLICA_IDS.index(replica.id), round_)
        site.focus()
        site.page.keyboard.insert_text(text)
        press = site.submit_trigger()
        analysis_tap.elapsed_ms.clear()
        started = time.perf_counter()
        press()
        site.wait_until_sent(round_ + 1)
        sent = site.recorder.sent[-1]
        assert sent.prompt == text
        assert len(analysis_tap.elapsed_ms) == 1
        if round_:
            totals.append((sent.at - started) * 1000)
            service.append(analysis_tap.elapsed_ms[0])
    assert len(site.recorder.sent) == timing.SENDS + 1
    timing.RESULTS[replica.id] = timing.Timing(tuple(totals), tuple(service))
