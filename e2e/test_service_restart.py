"""The guard restarted while the browser stays open: the extension reconnects by itself."""

from __future__ import annotations

from collections.abc import Callable

from e2e.helpers.replica import ReplicaPage
from e2e.helpers.replicas import REPLICAS, Replica
from e2e.helpers.service import RunningService
from e2e.helpers.service_faults import GuardProxy

CHATGPT = next(replica for replica in REPLICAS if replica.id == "chatgpt")
FIRST = "List three ways to prepare a child for a new school"
WHILE_DOWN = "And three ways to prepare their parents"
AFTER_RESTART = "Now put them in a short table"
UNAVAILABLE = "GenAI Guard isn't running"


def test_extension_reconnects_after_the_service_restarts(
    open_replica: Callable[[Replica], ReplicaPage],
    start_guard: Callable[..., RunningService],
    guard_proxy: GuardProxy,
    set_extension_settings: Callable[..., None],
) -> None:
    service = start_guard({})
    guard_proxy.upstream = service.url
    set_extension_settings(failure_mode="fail-closed")
    site = open_replica(CHATGPT)
    site.enter_text(FIRST)
    site.submit()
    site.wait_until_sent(1)

    service.stop()  # the guard goes away: nothing may leave
    site.enter_text(WHILE_DOWN)
    site.submit()
    dialog = site.ui.wait_for_dialog()
    assert dialog.name == UNAVAILABLE
    site.ui.click("button", "Cancel")
    site.ui.wait_for_dialog_closed()
    assert site.recorder.prompts() == [FIRST]

    guard_proxy.upstream = start_guard({}).url  # started again at the address the extension uses
    site.clear()
    site.enter_text(AFTER_RESTART)
    site.submit()
    site.wait_until_sent(2)
    assert site.recorder.prompts() == [FIRST, AFTER_RESTART]
