from e2e.helpers.replicas import REPLICAS
from e2e.test_replica_flows import IDENTIFIED


def test_debug(open_replica):
    site = open_replica(next(r for r in REPLICAS if r.id == "perplexity"))
    site.page.on("console", lambda m: print("CONSOLE", m.text))
    site.page.on("pageerror", lambda e: print("PAGEERROR", e))
    site.type(IDENTIFIED)
    site.submit()
    site.ui.wait_for_dialog()
    site.ui.click("button", "Replace with placeholders and send")
    site.wait_until_sent(1)
    print("MODEL", repr(site.model_text()))
    print("DOM", repr(site.page.inner_text("#ask-input")))
    print("NOTICE", site.page.evaluate("!!document.querySelector('genai-guard-notice')"))
    if site.page.evaluate("!!document.querySelector('genai-guard-notice')"):
        print(site.ui.text_of(site.ui.find("status")))
    print(site.recorder.prompts())
