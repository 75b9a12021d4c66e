"""The entity catalogue in `patterns/entities.yaml`: labels, placeholders and kinds."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from genai_guard.paths import patterns_path
from genai_guard.yaml_file import read_yaml

KINDS = ("identifier", "name", "special", "context")
MASKS = ("keep_first", "initials", "hidden")


@dataclass(frozen=True)
class EntityInfo:
    entity_type: str
    label: str
    placeholder: str
    kind: str
    mask: str
    checksum: bool = False


@dataclass(frozen=True)
class Catalogue:
    entities: dict[str, EntityInfo]
    categories: dict[str, dict[str, str]]

    def __getitem__(self, entity_type: str) -> EntityInfo:
        return self.entities[entity_type]

    def kind(self, entity_type: str) -> str:
        return self.entities[entity_type].kind


def load_catalogue(path: Path) -> Catalogue:
    data = read_yaml(path)
    entities: dict[str, EntityInfo] = {}
    for entity_type, fields in data["entities"].items():
        info = EntityInfo(entity_type=entity_type, **fields)
        if info.kind not in KINDS or info.mask not in MASKS:
            raise ValueError(f"{path}: {entity_type} has an unknown kind or mask")
        entities[entity_type] = info
    return Catalogue(entities, dict(data["categories"]))


@cache
def catalogue() -> Catalogue:
    return load_catalogue(patterns_path("entities.yaml"))
