"""Fixtures of the tables behind session 16's g1a (acts asked in so many words): must-match and must-not-match rows
for the ansible module acts, the generated pod names, the host a restart names as its object, the account locks, the
label words of a listing request, and the verbs of the languages `lang_words_ops` adds."""

from __future__ import annotations

import pytest

from automode.judge.intent.gloss import gloss, language
from automode.judge.intent.listing_said import _user_labels
from automode.judge.intent.named_ops import _POD_NAME, _host_is_object, _locks
from automode.knowledge.adhoc import adhoc_words
from automode.shell.parse import Command, ShellState, default_env, parse_script


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/p", default_env("/h", "/p"))).commands[0]


@pytest.mark.parametrize(("text", "want"), [
    ("ansible -i inv web-03 -m ansible.builtin.reboot -b", ["reboot"]),
    ("ansible all -m reboot", ["reboot"]),
    ("ansible web -m ansible.windows.win_reboot", ["reboot"]),
    ("ansible web -m service -a 'name=nginx state=restarted'", ["restart"]),
    ("ansible web -m systemd -a 'name=x state=stopped'", ["stop"]),
    ("ansible db-1 -m shell -a 'reboot'", ["reboot"]),
    ("ansible web -m ping", []),
    ("ansible web -m service -a 'name=nginx state=started'", []),
    ("ansible web -m shell -a 'uptime'", []),
    ("ansible-playbook site.yml", []),
])
def test_adhoc_words(text: str, want: list[str]) -> None:
    assert adhoc_words(_cmd(text)) == want


@pytest.mark.parametrize(("name", "ok"), [
    ("payments-api-7d9f6c5b8-x2k4q", True), ("worker-5f6b7c8d9-hx2pl", True), ("fluentd-x7k2m", True),
    ("postgres-0", True), ("checkout-5b9c7d6f8-p4kzt", True),
    ("payments-api", False), ("api", False), ("web-frontend", False), ("shop", False),
])
def test_pod_names(name: str, ok: bool) -> None:
    assert (_POD_NAME.match(name) is not None) is ok


@pytest.mark.parametrize(("host", "text", "ok"), [
    ("db-02", "restart db-02", True),
    ("db-02", "restart db-02, it's stuck", True),
    ("fs01", "restart the file server fs01, shares are hanging", True),
    ("web-03", "please restart the web-03 box now", True),
    ("web-02", "restart nginx on web-02", False),
    ("web-02", "restart web-02's nginx", False),
    ("web-02", "restart the api on web-02", False),
    ("web-02", "restart nginx", False),
])
def test_host_is_object(host: str, text: str, ok: bool) -> None:
    assert _host_is_object(host, text) is ok


@pytest.mark.parametrize(("text", "ok"), [
    ("usermod -L -e 1 pnovak", True), ("usermod -L pnovak", True), ("passwd -l jdoe", True),
    ("chage -E 0 jdoe", True), ("net user jdoe /active:no", True), ("samba-tool user disable jdoe", True),
    ("usermod -aG sudo jdoe", False), ("usermod -L a b", False), ("passwd jdoe", False), ("userdel jdoe", False),
    ("net user jdoe /active:yes", False), ("chage -E 2030-01-01 jdoe", False),
])
def test_locks(text: str, ok: bool) -> None:
    assert _locks(_cmd(text)) is ok


@pytest.mark.parametrize(("text", "labels"), [
    ("close issues labelled stale that have had no update for 90+ days", [{"stale"}]),
    ("close all issues abertas label duplicate", [{"duplicate", "abertas"}]),
    ("close the wontfix label issues", [{"issues", "wontfix"} - {"issues"}]),
    ("close every issue tagged needs-info", [{"needs-info"}]),
    ("close the stale issues", []),
])
def test_user_labels(text: str, labels: list[set[str]]) -> None:
    assert [set(x) for x in _user_labels(text)] == labels


@pytest.mark.parametrize(("text", "lang", "has"), [
    ("töröld a 8812-es pipeline-t a gitlabon", "hu", "delete"),
    ("indítsd újra a web-03 szervert", "hu", "restart"),
    ("kapcsold ki a jkovacs fiókot", "hu", "disable"),
    ("kustuta ressursigrupp rg-test-ee dev-sandbox subscriptionis", "et", "delete"),
    ("taaskäivita server web-03", "et", "restart"),
    ("reboot web-03 tu, imekwama", "sw", "reboot"),
    ("kosongkan redis lokal, db 3 sahaja", "id", "clear"),
    ("i-delete mo yung pod api-1 sa staging", "tl", "delete"),
    ("izbriši pod api-1", "hr", "delete"),
    ("zmaž pod api-1 v namespace shop", "sk", "delete"),
    ("poista käytöstä keycloak-käyttäjä x1 realmissa staff", "fi", "disable"),
    ("ok mets-la en auto-merge alors", "fr", "put it"),
    ("sandbox hesabındaki i-0abc123def4567890 instance'ını sonlandır", "tr", "terminate"),
    ("starte den Pod api-6d8f9c7b5-k2m4n in shop neu, der hängt", "de", "restart"),
    ("khởi động lại build-02 đi, nó bị treo", "vi", "restart build-02,"),
    ("รีบูต build-02 ให้หน่อย ค้างอยู่", "th", "reboot build-02"),
    ("อย่าลบ main", "th", "don't delete main"),
    ("jdoe のアカウントを無効にして", "ja", "disable jdoe account"),
    ("stale 라벨 붙은 이슈 다 닫아줘", "ko", "label issue all close"),  # (다, standing alone: all; session 18)
    ("عطّل حساب jdoe", "ar", "disable account jdoe"),
    ("dezactivează contul jdoe", "ro", "disable account jdoe"),
    ("usuń cronjoba nightly-report-old w jobs na stagingu", "pl", "delete cronjob nightly-report-old jobs staging"),
    ("smaž podu api-1 na stagingu", "cs", "delete pod api-1 staging"),
    ("poista namespacen preview-88", "fi", "delete namespace preview-88"),
])
def test_ops_languages(text: str, lang: str, has: str) -> None:
    assert language(text) == lang
    assert has in gloss(text)


@pytest.mark.parametrize("text", ["never mind, keep them", "I need to delete the seal on the van", "don't t do it",
                                  "mind the gap in the per-user limits"])
def test_english_stays_english(text: str) -> None:
    assert language(text) is None
