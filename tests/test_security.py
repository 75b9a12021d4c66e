"""Unit tests for the caller checks in genai_guard.security."""

from genai_guard.security import RateLimiter


def test_rate_limiter_refuses_a_flood_but_never_the_extension() -> None:
    limiter = RateLimiter(per_second=2, exempt={"chrome-extension://ours"})
    allowed = [limiter.allow(None, now=100.0) for _ in range(10)]
    assert allowed.count(True) == 4  # the burst is twice the rate
    assert all(limiter.allow("chrome-extension://ours", now=100.0) for _ in range(100))
    assert limiter.allow(None, now=101.0)  # tokens come back with time
