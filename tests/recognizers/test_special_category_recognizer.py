import pytest

from genai_guard.guard import Guard


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("she was sectioned under s2 last week", "health"),
        ("diagnosed with type 1 diabetes", "health"),
        ("prescribed sertraline", "health"),
        ("he is an asylum seeker with NRPF", "immigration_status"),
        ("arrested for burglary", "criminal_offence"),
        ("family are Irish Travellers", "ethnic_origin"),
    ],
)
def test_when_detail_then_special_category_found(guard: Guard, text: str, category: str) -> None:
    categories = {f.category for f in guard.detector.detect(text) if f.entity_type == "SPECIAL_CATEGORY"}
    assert category in categories
