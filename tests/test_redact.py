from genai_guard.entities import catalogue
from genai_guard.findings import Finding
from genai_guard.redact import redact


def test_same_value_keeps_its_number_and_no_original_remains() -> None:
    text = "Jack Ryan saw Amy. NHS 943 476 5919. Later Jack Ryan, nhs 9434765919."
    spans = [
        ("PERSON", "Jack Ryan", 0),
        ("PERSON", "Amy", 0),
        ("UK_NHS", "943 476 5919", 0),
        ("PERSON", "Jack Ryan", 1),
        ("UK_NHS", "9434765919", 0),
    ]
    findings = []
    for entity_type, value, occurrence in spans:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(value, start + 1)
        findings.append(Finding(start, start + len(value), entity_type, 0.9, entity_type))
    redacted = redact(text, findings, catalogue())
    assert redacted == "[PERSON 1] saw [PERSON 2]. NHS [NHS NUMBER 1]. Later [PERSON 1], nhs [NHS NUMBER 1]."
    for _, value, _ in spans:
        assert value not in redacted
