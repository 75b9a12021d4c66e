"""Summaries of the audit store for the employer's DPIA, Equalities Impact Assessment and review.

BASW's guidance asks employers to keep evaluating how GenAI is used ("What's the role of my
employer...": continuous evaluation and adaptation). The audit store holds only content-free
events, so every figure here is a count: by site, decision, kind and type of personal data
found, what the user then did and which override reason they chose. There is no text to show.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from genai_guard.entities import Catalogue

KIND_LABELS = {
    "identifier": "Direct identifiers",
    "name": "Names",
    "special": "Special category or criminal offence detail",
    "context": "Context (age, place)",
    "other": "Types no longer in the catalogue",
}
ACTION_LABELS = {
    "edit": "Went back to edit (edit)",
    "redact_send": "Sent with placeholders (redact_send)",
    "send_anyway": "Sent anyway, with a reason (send_anyway)",
    "cancel": "Cancelled (cancel)",
    "service_unavailable": "Guard not running (service_unavailable)",
    "blocked": "Stopped by a block (blocked)",
}
DIMENSIONS = {
    "site": "Site",
    "decision": "Decision",
    "entity_kind": "Kind of personal data (events containing it)",
    "entity_type": "Type of personal data (events containing it)",
    "action": "What the user did",
    "override_reason": "Override reason (events sent anyway)",
}
FORMATS = ("table", "csv", "json")
_RELATIVE = re.compile(r"^(\d+)d$")


def parse_since(text: str, now: dt.datetime | None = None) -> dt.datetime:
    """`2025-03-01`, `2025-03-01T09:00`, or `30d` (the last 30 days). Times without a zone are UTC."""
    text = text.strip()
    relative = _RELATIVE.match(text)
    if relative:
        return (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=int(relative.group(1)))
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: use YYYY-MM-DD, an ISO date-time, or e.g. 30d") from None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    count: int
    percent: float


@dataclass
class Summary:
    """Counts per dimension. Percentages are of all events in the period."""

    total: int
    since: dt.datetime | None
    first: str | None
    last: str | None
    tables: dict[str, list[Row]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "total_events": self.total,
            "since": self.since.isoformat(timespec="seconds") if self.since else None,
            "first_event": self.first,
            "last_event": self.last,
            "dimensions": {
                name: [{"key": r.key, "label": r.label, "count": r.count, "percent": r.percent} for r in rows]
                for name, rows in self.tables.items()
            },
        }


def _rows(counter: Counter[str], total: int, labels: Mapping[str, str] | None = None) -> list[Row]:
    ordered = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return [
        Row(key, (labels or {}).get(key, key), count, round(100.0 * count / total, 1) if total else 0.0)
        for key, count in ordered
    ]


def summarise(
    events: Iterable[Mapping[str, Any]], catalogue: Catalogue, since: dt.datetime | None = None
) -> Summary:
    """Count events by site, decision, kind and type of data, action and override reason."""
    counters: dict[str, Counter[str]] = {name: Counter() for name in DIMENSIONS}
    total = 0
    first: str | None = None
    last: str | None = None
    for event in events:
        total += 1
        first = event["at"] if first is None or event["at"] < first else first
        last = event["at"] if last is None or event["at"] > last else last
        counters["site"][event["site"]] += 1
        counters["decision"][event["decision"]] += 1
        counters["action"][event["action"]] += 1
        if event.get("override_reason"):
            counters["override_reason"][event["override_reason"]] += 1
        present = [entity for entity, count in event["entity_counts"].items() if count > 0]
        counters["entity_type"].update(present)
        kinds = {catalogue.entities[t].kind if t in catalogue.entities else "other" for t in present}
        counters["entity_kind"].update(kinds)
    type_labels = {t: f"{info.label} ({t})" for t, info in catalogue.entities.items()}
    labels: dict[str, Mapping[str, str]] = {
        "entity_kind": KIND_LABELS,
        "entity_type": type_labels,
        "action": ACTION_LABELS,
    }
    tables = {name: _rows(counter, total, labels.get(name)) for name, counter in counters.items()}
    return Summary(total=total, since=since, first=first, last=last, tables=tables)


def render(summary: Summary, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(summary.to_json(), indent=2)
    if fmt == "csv":
        return render_csv(summary)
    if fmt == "table":
        return render_table(summary)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_csv(summary: Summary) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["dimension", "key", "label", "count", "percent"])
    writer.writerow(["total", "events", "All events", summary.total, 100.0 if summary.total else 0.0])
    for name, rows in summary.tables.items():
        for row in rows:
            writer.writerow([name, row.key, row.label, row.count, row.percent])
    return buffer.getvalue()


def render_table(summary: Summary) -> str:
    lines = ["GenAI Guard audit report (counts only: the audit store never holds text)"]
    period = f"from {summary.since.isoformat(timespec='seconds')}" if summary.since else "all stored events"
    lines.append(f"Period: {period}")
    if summary.total:
        lines.append(f"Events: {summary.total} (first {summary.first}, last {summary.last})")
    else:
        lines.append("Events: 0")
        return "\n".join(lines) + "\n"
    lines.append("Percentages are of all events; one event can contain several kinds of data.")
    for name, title in DIMENSIONS.items():
        rows = summary.tables.get(name, [])
        lines.append("")
        lines.append(title)
        if not rows:
            lines.append("  (none)")
            continue
        width = max(len(row.label) for row in rows)
        for row in rows:
            lines.append(f"  {row.label:<{width}}  {row.count:>7}  {row.percent:>5.1f}%")
    return "\n".join(lines) + "\n"
