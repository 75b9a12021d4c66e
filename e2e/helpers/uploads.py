"""Gives files to a replica page the ways a person does: the file chooser (the page's own input,
or a transient input the site creates and clicks), dropping them, pasting them. Reads back what
the page's own code received (window.__uploads, see e2e/replicas/shared/uploads.js)."""

from __future__ import annotations

import base64
from typing import Any

from e2e.fixtures_files import UploadFile
from e2e.helpers.replica import ReplicaPage

# Builds File objects in the page from base64, then a DataTransfer holding them.
TRANSFER_JS = """(files) => {
    const transfer = new DataTransfer();
    for (const { name, type, data } of files) {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name, { type }));
    }
    return transfer;
}"""
DROP_JS = f"""([files, selector]) => {{
    const transfer = ({TRANSFER_JS})(files);
    const zone = document.querySelector(selector);
    const box = zone.getBoundingClientRect();
    const at = {{ clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }};
    const init = {{ bubbles: true, cancelable: true, dataTransfer: transfer, ...at }};
    for (const type of ["dragenter", "dragover", "drop"]) zone.dispatchEvent(new DragEvent(type, init));
}}"""
PASTE_JS = f"""([files, selector]) => {{
    const transfer = ({TRANSFER_JS})(files);
    const target = document.querySelector(selector);
    target.focus();
    const init = {{ bubbles: true, cancelable: true, clipboardData: transfer }};
    target.dispatchEvent(new ClipboardEvent("paste", init));
}}"""

INPUT = "#replica-upload"
ATTACH = "#replica-attach"
DROP_ZONE = "#replica-drop-zone"
WAYS = ("choose", "drop", "paste")


def _for_page(files: tuple[UploadFile, ...]) -> list[dict[str, str]]:
    return [{"name": f.name, "type": f.mime, "data": base64.b64encode(f.data).decode()} for f in files]


class Uploads:
    def __init__(self, site: ReplicaPage) -> None:
        self.site = site
        self.page = site.page

    def give(self, way: str, *files: UploadFile) -> None:
        {"choose": self.choose, "transient": self.choose_transient, "drop": self.drop, "paste": self.paste}[
            way
        ](*files)

    def choose(self, *files: UploadFile) -> None:
        """The file chooser of the page's own input (as CDP sets files: trusted input and change)."""
        self.page.set_input_files(INPUT, [f.for_input() for f in files])  # type: ignore[misc]

    def choose_transient(self, *files: UploadFile) -> None:
        """The site creates an input, never adds it to the document, and clicks it (Gemini)."""
        with self.page.expect_file_chooser() as chooser:
            self.page.click(ATTACH)
        chooser.value.set_files([f.for_input() for f in files])  # type: ignore[misc]

    def drop(self, *files: UploadFile) -> None:
        self.page.evaluate(DROP_JS, [_for_page(files), DROP_ZONE])

    def paste(self, *files: UploadFile) -> None:
        """Files pasted into the composer."""
        self.page.evaluate(PASTE_JS, [_for_page(files), self.site.replica.composer])

    def received(self) -> list[dict[str, Any]]:
        return list(self.page.evaluate("window.__uploads.received"))

    def wait_received(self, count: int) -> list[dict[str, Any]]:
        """Until the page has `count` files, then a little longer: a second hand-over would show."""
        self.page.wait_for_function("n => window.__uploads.received.length >= n", arg=count)
        self.page.wait_for_timeout(300)
        return self.received()
