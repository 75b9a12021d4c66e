"""POST /v1/analyze-file: answers like /v1/analyze with locations; unreadable and hostile files are
refused with a reason (never passed as clean), within a time and memory bound, without leaking content.
"""

from __future__ import annotations

import io
import json
import random
import re
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from importlib import resources

import psutil
import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from genai_guard.api_files import files_bp, sanitise_filename
from tests.conftest import CANARY
from tests.extract.files import (
    CLEAN,
    NAME,
    NHS,
    SENTENCE,
    encrypt_pdf,
    make_docx,
    make_eml,
    make_pdf,
    make_rtf,
    make_xlsx,
    zip_bomb_docx,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def files_client(app: Flask) -> Iterator[FlaskClient]:
    if "files" not in app.blueprints:  # until create_app registers it
        app.register_blueprint(files_bp)
    with app.test_client() as client:
        yield client


def upload(client: FlaskClient, data: bytes, name: str, **fields: str) -> TestResponse:
    return client.post(
        "/v1/analyze-file",
        data={"file": (io.BytesIO(data), name), **fields},
        content_type="multipart/form-data",
    )


def _unreadable(response: TestResponse, reason: str) -> dict:
    assert response.status_code == 422, response.get_json()
    body = response.get_json()
    assert body["error"] == "unreadable_file"
    assert body["checked"] is False and body["reason"] == reason
    assert body["file"]["checked"] is False and body["file"]["reason"] == reason
    assert "decision" not in body  # the extension's policy decides, never "allow"
    return body


@pytest.mark.parametrize(
    ("build", "name", "kind", "location"),
    [
        (lambda: make_docx(["Hello", SENTENCE]), "referral.docx", "docx", "paragraph 2"),
        (lambda: make_pdf(["Cover page", SENTENCE]), "referral.pdf", "pdf", "page 2"),
        (lambda: f"Notes\n{SENTENCE}".encode(), "referral.txt", "txt", "line 2"),
        (
            lambda: make_xlsx({"Clients": [["Name", NAME], ["NHS", NHS]]}),
            "c.xlsx",
            "xlsx",
            "sheet Clients, cell B2",
        ),
        (lambda: make_eml("See below.\n\n" + SENTENCE), "m.eml", "eml", "body"),
        (lambda: make_rtf(["Dear colleague,", SENTENCE]), "letter.rtf", "rtf", "paragraph 2"),
        (lambda: f"name,nhs\n{NAME},{NHS}".encode(), "c.csv", "csv", "row 2"),
        (lambda: make_pdf([SENTENCE]), "actually-a-pdf.docx", "pdf", "page 1"),
    ],
)
def test_when_file_holds_nhs_number_then_block_with_location(
    files_client: FlaskClient, build: Callable[[], bytes], name: str, kind: str, location: str
) -> None:
    response = upload(files_client, build(), name, site="chatgpt.com", trigger="file")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["decision"] == "block"
    assert body["file"] == {
        "name": name,
        "type": kind,
        "size": body["file"]["size"],
        "parts": body["file"]["parts"],
        "checked": True,
    }
    nhs = [finding for finding in body["findings"] if finding["entity_type"] == "UK_NHS"]
    assert [finding["location"] for finding in nhs] == [location]
    assert NHS not in body["redacted_text"] and "[NHS NUMBER 1]" in body["redacted_text"]
    assert body["guidance"]["headline"] and body["reasons"]


@pytest.mark.parametrize(
    ("data", "name"), [(CLEAN.encode(), "question.txt"), (make_docx([CLEAN]), "question.docx")]
)
def test_when_clean_file_then_allow(files_client: FlaskClient, data: bytes, name: str) -> None:
    body = upload(files_client, data, name, audience="student").get_json()
    assert body["decision"] == "allow"
    assert body["findings"] == [] and body["guidance"] is None
    assert body["file"]["checked"] is True


def test_when_image_then_unreadable(files_client: FlaskClient) -> None:
    body = _unreadable(upload(files_client, PNG, "photo.png"), "image")
    assert body["file"]["name"] == "photo.png"


def test_when_encrypted_pdf_then_unreadable(files_client: FlaskClient) -> None:
    _unreadable(upload(files_client, encrypt_pdf(make_pdf([SENTENCE])), "locked.pdf"), "encrypted")


def test_when_scanned_pdf_then_unreadable(files_client: FlaskClient) -> None:
    _unreadable(upload(files_client, make_pdf([None, None]), "scan.pdf"), "no_text")


@pytest.mark.parametrize("keep", [0.05, 0.3, 0.6, 0.9, 0.99])
def test_when_truncated_docx_then_422_not_500(files_client: FlaskClient, keep: float) -> None:
    data = make_docx([SENTENCE] * 30)
    _unreadable(upload(files_client, data[: int(len(data) * keep)], "cut.docx"), "corrupt")


@pytest.mark.parametrize(
    ("build", "name"),
    [
        (lambda: make_docx([SENTENCE] * 5, table=[[NAME, NHS]]), "f.docx"),
        (lambda: make_xlsx({"S": [[NAME, NHS]] * 5}), "f.xlsx"),
        (lambda: make_pdf([SENTENCE, SENTENCE]), "f.pdf"),
        (lambda: make_rtf([SENTENCE] * 3), "f.rtf"),
        (lambda: make_eml(SENTENCE, f"<p>{SENTENCE}</p>"), "f.eml"),
    ],
)
def test_when_fuzzed_upload_then_answer_or_unreadable_never_crash(
    files_client: FlaskClient, build: Callable[[], bytes], name: str
) -> None:
    original = build()
    generator = random.Random(name)  # deterministic: a failure is reproducible
    for _ in range(12):
        data = bytearray(original)
        for _ in range(generator.randint(1, 40)):
            data[generator.randrange(len(data))] = generator.randrange(256)
        cut = generator.choice([len(data), generator.randrange(1, len(data))])
        response = upload(files_client, bytes(data[:cut]), name)
        assert response.status_code in (200, 422), response.get_json()
        if response.status_code == 200:
            assert response.get_json()["file"]["checked"] is True


class PeakRss:
    """Samples this process's resident memory in a thread, so a short spike is not missed."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.baseline = self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            self._stop.wait(0.002)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def growth(self) -> int:
        return self.peak - self.baseline


def test_when_zip_bomb_docx_then_refused_quickly_within_memory_bound(files_client: FlaskClient) -> None:
    bomb = zip_bomb_docx(200_000_000)
    assert len(bomb) < 1_000_000
    started = time.perf_counter()
    with PeakRss() as memory:
        response = upload(files_client, bomb, "bomb.docx")
    assert response.status_code in (413, 422)
    assert response.get_json()["reason"] == "too_large"
    assert time.perf_counter() - started < 5
    assert memory.growth < 100_000_000, f"grew {memory.growth / 1e6:.0f} MB"


def test_when_huge_pdf_then_refused(files_client: FlaskClient) -> None:
    started = time.perf_counter()
    _unreadable(upload(files_client, make_pdf(["page"] * 400), "huge.pdf"), "too_large")
    assert time.perf_counter() - started < 10


def _error(response: TestResponse, status: int, error: str, field: str | None) -> None:
    assert response.status_code == status
    body = response.get_json()
    assert (body["error"], body.get("field")) == (error, field)
    assert body["message"]


@pytest.mark.parametrize(
    ("fields", "error", "field"),
    [
        ({"other": (io.BytesIO(b"x"), "a.txt")}, "missing_field", "file"),
        ({"file": "not a file"}, "missing_field", "file"),
        ({"file": (io.BytesIO(b""), "a.txt")}, "empty_file", "file"),
        ({"file": (io.BytesIO(b"x"), "a.txt"), "trigger": "voice"}, "invalid_field", "trigger"),
        ({"file": (io.BytesIO(b"x"), "a.txt"), "audience": "boss"}, "invalid_field", "audience"),
    ],
)
def test_when_bad_form_then_400(
    files_client: FlaskClient, fields: dict, error: str, field: str | None
) -> None:
    response = files_client.post("/v1/analyze-file", data=fields, content_type="multipart/form-data")
    _error(response, 400, error, field)


def test_when_not_multipart_then_415_or_400(files_client: FlaskClient) -> None:
    as_json = files_client.post("/v1/analyze-file", json={"text": SENTENCE})
    _error(as_json, 415, "unsupported_media_type", None)
    broken = files_client.post(
        "/v1/analyze-file", data=b"--x\r\nbroken", content_type="multipart/form-data; boundary=x"
    )
    _error(broken, 400, "invalid_multipart", None)


def test_when_file_larger_than_json_body_limit_then_still_checked(files_client: FlaskClient) -> None:
    """The 2 MB JSON limit does not apply to files: a 3 MB document with a photo inside is checked."""
    archive, document = io.BytesIO(), io.BytesIO(make_docx([SENTENCE]))
    with zipfile.ZipFile(document) as source, zipfile.ZipFile(archive, "w") as target:
        for member in source.infolist():
            target.writestr(member, source.read(member))
        target.writestr("word/media/photo.bin", random.Random(1).randbytes(3_000_000))
    response = upload(files_client, archive.getvalue(), "with-photo.docx")
    assert response.status_code == 200
    assert response.get_json()["decision"] == "block"


@pytest.mark.parametrize("size", [10_000_001, 11_000_000])
def test_when_file_over_limit_then_413(files_client: FlaskClient, size: int) -> None:
    _error(upload(files_client, b"a" * size, "big.txt"), 413, "file_too_large", "file")


def test_when_name_has_path_or_control_characters_then_sanitised() -> None:
    assert sanitise_filename("C:\\Users\\me\\Desktop\\notes.txt") == "notes.txt"
    assert sanitise_filename("/home/me/invoice\u202efdp.exe") == "invoicefdp.exe"
    assert sanitise_filename("\x00\n") == "file"
    assert len(sanitise_filename("a" * 500 + ".txt")) == 200


def test_when_canary_in_file_then_never_in_logs_or_error_bodies(
    files_client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    content = f"Notes on {CANARY}, NHS {NHS}"
    broken_pdf = make_pdf([content]).replace(b"startxref", b"startxref\n999999\n%%EOF\nstartxref")
    errors = [
        upload(files_client, make_eml(content, attachment=(make_docx([content])[:500], "cut.docx")), "m.eml"),
        upload(files_client, encrypt_pdf(make_pdf([content])), "locked.pdf"),
        upload(files_client, content.encode() * 400_000, "big.txt"),
        upload(files_client, content.encode() + b"\0" * 100, "binary.txt"),
        upload(files_client, content.encode(), "a.txt", trigger=CANARY),
        upload(files_client, content.encode(), "a.txt", site=CANARY * 20),
    ]
    answers = [
        upload(files_client, content.encode(), f"{CANARY}.txt"),
        upload(files_client, broken_pdf, f"{CANARY}.pdf"),
        upload(files_client, make_docx([content], header=CANARY), "referral.docx"),
    ]
    for response in errors:
        assert response.status_code >= 400
        assert CANARY not in response.get_data(as_text=True)
    for response in answers:
        assert response.status_code in (200, 422)
    assert CANARY not in caplog.text
    assert NHS not in caplog.text
    assert "analyze-file type=txt size=<100KB decision=block" in caplog.text


def _openapi() -> dict:
    """openapi.json with the analyze-file fragment merged in (if it is still a separate file)."""
    package = resources.files("genai_guard")
    document = json.loads(package.joinpath("openapi.json").read_text(encoding="utf-8"))
    fragment_file = package.joinpath("openapi_files.json")
    if fragment_file.is_file():
        fragment = json.loads(fragment_file.read_text(encoding="utf-8"))
        # Merging must add, never replace: once the lead has merged, the entries are identical.
        for section, additions in (
            (document["paths"], fragment["paths"]),
            (document["components"]["schemas"], fragment["components"]["schemas"]),
        ):
            for name, value in additions.items():
                assert section.setdefault(name, value) == value, name
    assert "/v1/analyze-file" in document["paths"]
    return document


def _required(document: dict, name: str) -> set[str]:
    schema = document["components"]["schemas"][name]
    required = set(schema.get("required", []))
    for member in schema.get("allOf", []):
        required |= (
            _required(document, member["$ref"].rsplit("/", 1)[1])
            if "$ref" in member
            else set(member.get("required", []))
        )
    return required


def test_openapi_fragment_resolves_and_describes_the_answers(files_client: FlaskClient) -> None:
    document = _openapi()
    text = json.dumps(document)
    for ref in set(re.findall(r'"\$ref": "#/components/schemas/(\w+)"', text)):
        assert ref in document["components"]["schemas"], ref
    answer = upload(files_client, make_docx([SENTENCE]), "a.docx").get_json()
    assert _required(document, "FileAnalysis") <= set(answer)
    assert _required(document, "FileFinding") <= set(answer["findings"][0])
    assert _required(document, "FileInfo") <= set(answer["file"])
    refused = upload(files_client, PNG, "a.png").get_json()
    assert _required(document, "UnreadableFile") <= set(refused)
