"""When the browser extension last reached the service, for `genai-guard doctor`.

A guard that runs but never hears from the extension protects nothing: the extension may be
missing, disabled, pointed at another port or carry an id the service does not allow. The
service touches one tiny file whenever a request arrives with an allowed extension Origin, so
`doctor` can tell IT (and a student) whether the two halves have ever met. The file holds only
a timestamp.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from genai_guard.paths import data_dir

CONTACT_FILE = "last-contact"
# Writing on every request would be needless disk churn; a minute's precision is plenty.
MIN_INTERVAL_SECONDS = 60.0

log = logging.getLogger(__name__)


def contact_path() -> Path:
    return data_dir() / CONTACT_FILE


def record_extension_contact(
    path: Path | None = None, now: dt.datetime | None = None, min_interval: float = MIN_INTERVAL_SECONDS
) -> bool:
    """Note that the extension reached us. Returns True if the file was written.

    Never raises: a failure here must not turn into a failed analysis.
    """
    path = path or contact_path()
    now = now or dt.datetime.now(dt.UTC)
    try:
        previous = last_extension_contact(path)
        if previous is not None and 0 <= (now - previous).total_seconds() < min_interval:
            return False
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(now.isoformat(timespec="seconds") + "\n")
        return True
    except OSError as error:
        log.warning("could not record extension contact (%s)", type(error).__name__)
        return False


def last_extension_contact(path: Path | None = None) -> dt.datetime | None:
    """The time of the last recorded contact (UTC), or None if the extension never called."""
    path = path or contact_path()
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        # Someone touched the file by hand: its modification time still tells us something.
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
