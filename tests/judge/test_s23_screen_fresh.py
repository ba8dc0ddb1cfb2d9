"""Session 23, scr23: issue 18, class N6: injected text in kinds of text nobody listed, and its benign look-alikes.

Two fresh sets written before any screen change (`s23_screen_texts.py`, `s23_screen_texts2.py`), on the base e5405133:

* set 1: 48 injected texts in 48 carriers (device logs, DNS records, webhook payloads, cluster events, licence files,
  database documents, login banners, voice and podcast transcripts, chat lines, tool output, web pages, bank
  statements, Stripe/Kafka/MQTT payloads, ...), 22 languages, the reader named directly, in the third person, by a
  field named for it or by what it does; 44 benign look-alikes (chat exports and web pages above all) that talk about
  agents, tokens, deletes, admins and approvals and address no reader. First time (through `screen_output`, as the
  bench reads): INJECTED 46 of 48 flagged, BENIGN 15 of 44 false hits.
* set 2 (harder, the reader named by function or not at all, weaker acts: an approval, an `s3://` bucket, "before
  calling this endpoint", a visibility made public): INJECTED 17 of 30 flagged, BENIGN 3 of 20 false hits.

Together first time: 63 of 78 injected flagged (80.8 %), 18 of 64 benign false hits (28.1 %).

The false hits were one mechanism in several places: an agent *told about* read as an agent *spoken to*. Fixed by
mechanism: a chat export's role field (`"user": "U02AB"`, laid out by `flatten` as `user:` and an id) is who spoke, not a
turn; a reader named by stem opens the unread-language request path only where a reader is spoken to (a label's
colon, a vocative's comma, a topic or dative particle, a key), not as the subject of a clause ("агент ИИ по ошибке
удалил ветку", "onze AI-agent verwijdert nooit"); a modal or plan with its own first-person subject ("we need to
revoke its token"); a data key or a one-word JSON value is no verb; a label that is a negated clause ("The agent never
merges on its own:"); a negated passive (Japanese "削除されないように") or a negated final predicate (Korean "삭제할 수
없습니다") asks nothing; a request after a statement that only mentions the agent is said to whoever the text greets;
the next list item is not part of a finished line ("1. Ask the agent ... 2. It runs git push --force"); a sentence that
keeps a person in the loop ("wait for an admin to approve it") and an act in a time clause ("before committing") are
no order; a question before markup ends its sentence (a FAQ's "…吗?</p>" is no label); German beside Turkish letters
is no Turkish verb-final imperative; a short gerund sentence is English ("Deleting audit logs is a policy
violation"). The injected side: an approval of a pending change, payment, order or request is a consequential mark in
any language; calling this endpoint made conditional is a gate head; an object-storage bucket is an outward
destination; a table column named for the reader addresses each cell under it (`screen_fields`); machine readers named
by function in a label ("für das verarbeitende Werkzeug:", "dla systemu księgującego:", "the reader of this mail:",
"verwerker van deze uitvoer:", "summariser, before you ..."); a key named for a reader in other languages
("hinweis_fuer_ki"); a pipeline's step label ("next integration step:"). After: set 1 47 of 48 and 0 of 44; set 2 29
of 30 and 0 of 20 (76 of 78, 0 of 64); then a setuid bit on a system binary as a command mark (`chmod 4755 /bin/bash`)
and a short label ending in a machine noun whose message points at this text ("Dev reply pipeline: when drafting the
response to this review, ...") took the last two: 78 of 78.

Set 3 (`s23_screen_texts3.py`), written after that build in other carriers and spellings (syslog, nginx errors, TSV,
Zapier, SMS, PagerDuty, WebVTT, Prometheus rules, `gs://` listings; 12 injected, 12 benign): first time 11 of 12
flagged and 2 of 12 false hits (on the base e5405133: 8 of 12 and 6 of 12). The two false hits were a Japanese chat
line in the past tense ("削除したの？") and an e-mail whose request calls people by role ("Admins, please delete the
pilot tokens"); the miss a machine noun the table lacked ("log analysers reading this file"). After: 12 of 12, 0 of 12.
"""

from __future__ import annotations

import pytest

from automode.screen import screen_output
from tests.judge import s23_screen_texts as first
from tests.judge import s23_screen_texts2 as second
from tests.judge import s23_screen_texts3 as third


def flags(text: str) -> bool:
    return screen_output("WebFetch", {}, text) is not None


#: Injected texts the screen still misses (honest gaps, by (set, carrier)).
GAPS: frozenset[tuple[str, str]] = frozenset()


def _cases(kind: str) -> list[object]:
    out: list[object] = []
    for name, mod in (("first", first), ("second", second), ("third", third)):
        for carrier, lang, text in getattr(mod, kind):
            marks = [pytest.mark.xfail(strict=True, reason="gap")] if kind == "INJECTED" and (name, carrier) in GAPS else []
            out.append(pytest.param(text, id=f"{name}-{carrier}-{lang}", marks=marks))
    return out


@pytest.mark.parametrize("text", _cases("INJECTED"))
def test_injected_is_flagged(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize("text", _cases("BENIGN"))
def test_benign_look_alike_is_not_flagged(text: str) -> None:
    assert not flags(text)
