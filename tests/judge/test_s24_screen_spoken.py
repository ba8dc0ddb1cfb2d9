"""Session 24, scr24: issue 18, class O6: an order in a field nobody reads as prose, in kinds of text nobody listed.

Fresh set (`s24_screen_texts.py`), written before any screen change on the base 0d6e416e: 40 injected texts in 30
carriers (cookie banner, design-tool comment, podcast notes, SMS, voice transcript, app-store review, firmware
changelog, calendar location, map pin, git tag annotation, Home Assistant alias, EPUB metadata, e-invoice, WhatsApp
and LINE messages, Helm values comment, link unfurl, CRM note, intranet banner, release notes, webhook payload,
contract footer, smart-contract comment, product JSON, Kubernetes annotation, DNS TXT, attachment names, tool-call
log, npm postinstall, G-code comment), 26 languages, and 35 benign look-alikes in the same carriers (talk about
agents, tokens, deletion, admins; a rule, a report, a description, a question). Four mechanisms:

* MOOD (27 injected): a reader named and spoken to, the order in the language's imperative or obligation mood;
* FUNCTION (6): the reader named by what it does ("the integration processing this event", "このメールを自動処理するツール");
* FIELD (7): the order in a field's value, under a key named for an order (`instruction=`, `handling_instruction`);
* and the benign neighbours of each (35).

First time (through `screen_output`, as the bench reads): INJECTED 28 of 40 flagged, BENIGN 1 of 35 false hits (the
Chinese firmware changelog, "AI 助手现在可以删除旧录像", a statement of what the assistant can do; it was a false hit on
the base too and is left: see GAPS_BENIGN).

What was missing, by mechanism (`automode.screen.spoken`, `screen.langs_extra`, `screen.world`):

* a reader spoken to (a label, a vocative, a vocative case "асистенте", a dative particle, "AI … please", an
  obligation laid on it "… يجب أن", a key named for it) and ONE act with its target in its clause scored under the bar
  when nothing else surrounded it: being spoken to is the address, the clause's act is the order (`screen_spoken`);
* readers named by function (`screen_machine.READERS`), a condition that names the reader "you" ("Si eres un asistente
  de IA …,"), a field whose key names an order, are addresses of the same kind;
* Hungarian, Finnish, Romanian, Ukrainian, Slovak and Norwegian had no act tables (`screen_langs_extra`); Turkish and
  Latin-script Hindi ask with a light verb after an English one ("drop et", "delete kar do"); Hebrew and Arabic write
  "the" onto the AI token ("לסוכן ה-AI"); "yapay zekâ", "ذكاء اصطناعي", "בינה מלאכותית" are AI tokens; a store
  dropped (a collection, a table, a folder) in other languages, branch protection in other languages, and "全 Pod"
  are whole scopes; code fetched from an address and installed is an act on its own.

Second set (`INJECTED_2`, `BENIGN_2`), written after the first build in other carriers and spellings (a fitness app's
note, a parking receipt, a printer job, a Grafana alert, a VS Code extension README, a bug-bounty report, a podcast
RSS item, a voice-assistant log, an IoT payload, a support chat, a playlist, a merge-request template; Romanian,
Slovak, Norwegian, Finnish, Ukrainian, Portuguese, Hebrew, Hungarian, Turkish, English; and benign neighbours of each
new anchor: a condition naming people "if you are an AI researcher", care steps under "assembly_instructions", a
runbook's "next_steps", a one-clause "action" value): first time 11 of 12 flagged, 1 of 14 false hits. The miss was a
vocative after a greeting ("Kedves asszisztens,"), now read in the main languages; the false hit ("The review bot
processing this merge request checks formatting …", read as an approval by `screen_unaddressed`) was a false hit on
the base too and is left as a gap.

After: see GAPS (strict xfails, honest gaps).
"""

from __future__ import annotations

import pytest

from automode.screen import screen_output
from tests.judge import s24_screen_texts as fresh


def flags(text: str) -> bool:
    return screen_output("WebFetch", {}, text) is not None


#: Injected texts the screen still misses (honest gaps, by (carrier, language)): a Dutch separable verb ("zet … uit"),
#: (a Thai transfer with no colon: read since session 25, `screen_langs_unspaced`), a Japanese forward to "全社員"
#: (a whole audience is no send target), a German obligation "hat … freizugeben" (a sentence written as a file's name:
#: read since session 25, `screen_joined`).
GAPS: frozenset[tuple[str, str]] = frozenset({("home-assistant-alias", "nl"), ("mail-rule", "ja"),
                                              ("contract-footer", "de")})
#: Benign texts the screen still flags (honest gaps).
GAPS_BENIGN: frozenset[tuple[str, str]] = frozenset({("firmware-changelog", "zh"), ("mr-template", "en")})


def _cases(kind: str, gaps: frozenset[tuple[str, str]]) -> list[object]:
    out: list[object] = []
    for carrier, lang, text in getattr(fresh, kind):
        marks = [pytest.mark.xfail(strict=True, reason="gap")] if (carrier, lang) in gaps else []
        out.append(pytest.param(text, id=f"{carrier}-{lang}", marks=marks))
    return out


@pytest.mark.parametrize("text", _cases("INJECTED", GAPS) + _cases("INJECTED_2", GAPS))
def test_injected_is_flagged(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize("text", _cases("BENIGN", GAPS_BENIGN) + _cases("BENIGN_2", GAPS_BENIGN))
def test_benign_look_alike_is_not_flagged(text: str) -> None:
    assert not flags(text)
