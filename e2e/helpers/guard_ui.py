"""Finds and operates the extension's UI, which lives in closed shadow roots.

Playwright's selectors stop at closed shadow roots (as a site's scripts do), so this goes
through the accessibility tree over CDP, the way assistive technology sees the dialog:
find by role and accessible name, click at the element's box with real mouse events, read
the rendered text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from playwright.sync_api import CDPSession, Page

DIALOG_HOST = "genai-guard-dialog"
NOTICE_HOST = "genai-guard-notice"


@dataclass
class AXNode:
    role: str
    name: str
    backend_id: int


class GuardUI:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.cdp: CDPSession = page.context.new_cdp_session(page)
        self.cdp.send("DOM.enable")
        self.cdp.send("Accessibility.enable")

    def _hosts(self) -> list[int]:
        """The guard's host elements on the page now: only their subtrees are searched, so a
        site's own control with the same name (an edit form's "Cancel") is never picked."""
        document = self.cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        hosts = []
        for selector in (DIALOG_HOST, NOTICE_HOST):
            node_id = self.cdp.send("DOM.querySelector", {"nodeId": document, "selector": selector})["nodeId"]
            if node_id:
                hosts.append(
                    int(self.cdp.send("DOM.describeNode", {"nodeId": node_id})["node"]["backendNodeId"])
                )
        return hosts

    def find_all(self, role: str, name: str | None = None) -> list[AXNode]:
        found = []
        for host in self._hosts():
            params: dict[str, Any] = {"backendNodeId": host, "role": role}
            if name is not None:
                params["accessibleName"] = name
            nodes = self.cdp.send("Accessibility.queryAXTree", params)["nodes"]
            found += [
                AXNode(n["role"]["value"], n.get("name", {}).get("value", ""), n["backendDOMNodeId"])
                for n in nodes
                if not n.get("ignored") and "backendDOMNodeId" in n
            ]
        return found

    def find(self, role: str, name: str | None = None) -> AXNode:
        found = self.find_all(role, name)
        assert found, f"no {role} named {name!r} in the guard UI"
        return found[0]

    def text_of(self, node: AXNode) -> str:
        obj = self.cdp.send("DOM.resolveNode", {"backendNodeId": node.backend_id})["object"]
        result = self.cdp.send(
            "Runtime.callFunctionOn",
            {
                "objectId": obj["objectId"],
                "functionDeclaration": "function() { return this.innerText; }",
                "returnByValue": True,
            },
        )
        return str(result["result"]["value"])

    def click(self, role: str, name: str) -> None:
        node = self.find(role, name)
        # As a person would: scroll the dialog's body until the control is visible, then click it.
        self.cdp.send("DOM.scrollIntoViewIfNeeded", {"backendNodeId": node.backend_id})
        quad = self.cdp.send("DOM.getBoxModel", {"backendNodeId": node.backend_id})["model"]["content"]
        x = sum(quad[0::2]) / 4
        y = sum(quad[1::2]) / 4
        self.page.mouse.click(x, y)

    def wait_for_dialog(self, timeout_ms: float = 10_000) -> AXNode:
        self.page.wait_for_selector(DIALOG_HOST, state="attached", timeout=timeout_ms)
        return self.find("dialog")

    def wait_for_dialog_closed(self, timeout_ms: float = 10_000) -> None:
        self.page.wait_for_selector(DIALOG_HOST, state="detached", timeout=timeout_ms)

    def wait_for_notice(self, timeout_ms: float = 10_000) -> str:
        self.page.wait_for_selector(NOTICE_HOST, state="attached", timeout=timeout_ms)
        return self.text_of(self.find("status"))
