from genai_guard.cache import FindingsCache
from genai_guard.findings import Finding
from genai_guard.guard import Guard

FINDING = Finding(0, 5, "PERSON", 0.9, "Name")


def test_cache_returns_findings_and_evicts_oldest() -> None:
    cache = FindingsCache(entries=2)
    cache.put("first text", [FINDING])
    cache.put("second text", [])
    assert cache.get("first text") == [FINDING]
    cache.put("third text", [])
    assert cache.get("second text") is None  # least recently used went first
    assert cache.get("first text") == [FINDING]


def test_cache_keeps_no_text() -> None:
    cache = FindingsCache(entries=4)
    canary = "Zyxwvut Canarybird NHS 943 476 5919"
    cache.put(canary, [FINDING])
    stored = repr(cache._items)
    assert "Zyxwvut" not in stored and "943" not in stored


def test_zero_entries_switches_it_off() -> None:
    cache = FindingsCache(entries=0)
    cache.put("text", [FINDING])
    assert cache.get("text") is None


def test_repeated_analysis_gives_the_same_answer(guard: Guard) -> None:
    text = "NHS no 943 476 5919 for Jayden Clarke"
    first, second = guard.analyze(text), guard.analyze(text)
    assert second.findings == first.findings
    assert second.redacted_text == first.redacted_text
