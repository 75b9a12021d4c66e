"""The guard: detection, decision, guidance and redaction behind one `analyze` call.

Built once at start-up (`build_guard`), it is what the HTTP API, the CLI, the evaluation and the
benchmark all use, so every figure describes the engine the extension talks to.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from genai_guard.cache import FindingsCache
from genai_guard.config import load_config
from genai_guard.detector import Allowlist, Detector, FictionWorks, PublicRecord
from genai_guard.engine import build_analyzer
from genai_guard.entities import Catalogue, catalogue
from genai_guard.findings import Analysis, Audience
from genai_guard.guidance import GuidanceBook
from genai_guard.nlp import LoadedModel, load_model
from genai_guard.paths import patterns_dir, patterns_path
from genai_guard.policy import Policy
from genai_guard.recognizers.term_list import read_terms
from genai_guard.redact import redact

# Every recognizer, the model and the ordinary-word list ("Harehills": a word no list knows).
WARM_UP_TEXT = "Warm-up: mum Sarah Khan at Harehills, NHS 943 476 5919, DOB 04/11/2011, LS6 2AB, anxiety."
# The most one request may carry whatever the configuration allows: spaCy's own limit for one
# document, which keeps the memory a request can take bounded.
LONGEST_TEXT_CHARS = 1_000_000


@dataclass
class Guard:
    detector: Detector
    policy: Policy
    guidance: GuidanceBook
    catalogue: Catalogue
    organisation: dict[str, Any]
    model: LoadedModel
    recognizer_names: list[str]
    cache: FindingsCache
    # One detection at a time. In one Python process CPU-bound work does not run in parallel
    # anyway (the GIL), and request threads fighting over it halved throughput (32 against 64
    # requests/s with 8 and 1 threads); queued on a lock, the other threads sleep until their
    # turn, and cached answers, health and events are not held up. It also keeps the spaCy
    # pipeline, which is not documented as thread-safe, to one caller.
    detecting: threading.Lock = field(default_factory=threading.Lock)

    @property
    def degraded(self) -> bool:
        """True when no spaCy model is installed or it failed to load: names rely on patterns alone."""
        return not self.model.finds_names

    def analyze(self, text: str, site: str | None = None, audience: Audience = "worker") -> Analysis:
        started = time.perf_counter()
        findings = self.cache.get(text)
        if findings is None:
            with self.detecting:
                findings = self.detector.detect(text)
            self.cache.put(text, findings)
        verdict = self.policy.decide(findings, self.catalogue, site)
        guidance = self.guidance.build(verdict.decision, verdict.findings, audience, self.organisation)
        return Analysis(
            decision=verdict.decision,
            findings=verdict.findings,
            reasons=verdict.reasons,
            redacted_text=redact(text, verdict.findings, self.catalogue),
            guidance=guidance,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    def warm_up(self) -> None:
        """Build a lazy model (outside the detection lock, so other requests are answered
        meanwhile), then run one analysis through every recognizer and the model."""
        self.model.load()
        self.analyze(WARM_UP_TEXT)


def build_guard(config: dict[str, Any] | None = None, *, lazy_model: bool = False) -> Guard:
    """The guard for a configuration. With `lazy_model` the spaCy pipeline is built on first use
    (the service starts answering sooner and builds it meanwhile; see `LoadedModel`)."""
    config = config or load_config()
    detection = config["detection"]
    model = load_model(detection["model"] or None, lazy=lazy_model)
    analyzer = build_analyzer(model, model_on_all_text=detection["model_on_all_text"])
    entity_catalogue = catalogue()
    public = PublicRecord(
        allowlists=(
            Allowlist.from_files(
                [patterns_path("public_names.txt"), patterns_path("public_cases.txt")],
                {"PERSON", "LOCATION"},
                detection["public_names"],
            ),
            Allowlist.from_files(
                [patterns_path("public_numbers.txt")], {"PHONE_NUMBER"}, detection["public_numbers"]
            ),
            Allowlist.from_files([patterns_path("example_values.txt")], {"DATE_OF_BIRTH", "STREET_ADDRESS"}),
        ),
        bodies=Allowlist.from_files(
            [patterns_path("public_bodies.txt")], {"STREET_ADDRESS", "UK_POSTCODE", "PHONE_NUMBER"}
        ),
        postcodes=Allowlist.from_files([patterns_path("public_addresses.txt")], {"UK_POSTCODE"}),
        characters=Allowlist.from_files(
            [patterns_path("public_characters.txt")], {"PERSON"}, known_by_first_name=True
        ),
        cases=Allowlist.from_files([patterns_path("public_cases.txt")], {"PERSON"}, known_by_first_name=True),
        works=FictionWorks.from_file(patterns_path("fiction_works.yaml")),
    )
    slots = frozenset(read_terms(patterns_path("template_slots.txt")))
    policy = Policy.from_config(config["policy"])
    detector = Detector(
        analyzer,
        entity_catalogue,
        public,
        detection["threshold"],
        slots,
        context_needs_special=policy.context_only_for_jigsaw,
    )
    return Guard(
        detector=detector,
        policy=policy,
        guidance=GuidanceBook.from_file(patterns_dir() / "guidance.yaml"),
        catalogue=entity_catalogue,
        organisation=dict(config["organisation"]),
        model=model,
        recognizer_names=sorted({r.name for r in analyzer.registry.recognizers}),
        cache=FindingsCache(detection["cache_entries"]),
    )
