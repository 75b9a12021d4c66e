"""Values in a pasted table that only their column's header names: a case system's number under
"Person ID", "Mosaic" or "Police ref"; and the same values in a pasted record after a key that
names them ("personId": ..., <ref>...</ref>, CLIENT_NO=...). The headers and cell shapes are data,
in `patterns/recognizers/table_columns.yaml`; how a table is read is `genai_guard/tables.py`, a
record `genai_guard/fields.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from genai_guard.fields import keyed_values
from genai_guard.recognizers.pattern_recognizer import FLAGS
from genai_guard.recognizers.validators import Validator, get_validator
from genai_guard.tables import label_words, table_columns


@dataclass(frozen=True)
class ColumnRule:
    """One kind of column: the entity its cells hold, its header (the whole header, its words
    parted by single spaces: "D.O.B." is read as "d o b", "Person_ID" as "person id") and the
    whole shape of a cell under it."""

    entity: str
    header: re.Pattern[str]
    cell: re.Pattern[str]
    score: float
    validator: Validator | None = None

    def holds(self, value: str) -> bool:
        return self.cell.fullmatch(value) is not None and (
            self.validator is None or self.validator(value) is not False
        )


def column_rule(entity: str, header: str, cell: str, score: float, validator: str | None) -> ColumnRule:
    return ColumnRule(
        entity,
        re.compile(header, FLAGS),
        re.compile(cell, FLAGS),
        score,
        get_validator(validator) if validator else None,
    )


class TableColumnRecognizer(EntityRecognizer):
    """Every cell, under a header a rule names, whose whole value has the rule's shape."""

    def __init__(self, *, name: str, rules: list[ColumnRule]) -> None:
        self.rules = rules
        super().__init__(
            supported_entities=sorted({rule.entity for rule in rules}),
            name=name,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the rules are compiled when the file is read."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        rules = [rule for rule in self.rules if rule.entity in entities]
        if not rules:
            return []

        def wanted(label: str) -> bool:
            return any(rule.header.fullmatch(label_words(label)) for rule in rules)

        labelled = [(label_words(column.header), column.cells) for column in table_columns(text, wanted)]
        labelled.extend((field.key, (field.value,)) for field in keyed_values(text, wanted))
        return [
            RecognizerResult(
                rule.entity,
                start,
                end,
                rule.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for label, spans in labelled
            for rule in rules
            if rule.header.fullmatch(label) is not None
            for start, end in spans
            if rule.holds(text[start:end])
        ]
