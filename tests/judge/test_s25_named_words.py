"""Session 25, P1 (named in so many words), the words: an act said in a language whose act words no gloss table knew
(Latvian, Swahili, Estonian, Lithuanian, Indonesian, Tagalog, Vietnamese phrases, Swedish loans) is read as its
English verb (`knowledge.act_words.englished`, outside a negation), so the request that names the act and its object
releases it on the CLI and MCP surfaces as an English request would; the neighbour that changes one thing (another
host, another repository, the whole set, a wider act, the act said under a negation) stays stopped.

Fresh cases written before the build of the word bridge: must-allow 8, must-refuse 8.
First time (before the bridge): must-allow 4 of 8 passed (Latvian restart, Estonian delete, Tagalog archive and the
Lithuanian restart were read already), must-refuse 7 of 8 (a reboot released by "restart nginx on server web-4": the
restart of a host and of a service on it share one verb class, an honest gap kept as a strict xfail).
"""

from __future__ import annotations

import json

import pytest

from tests.knowledge.probes import UNRELATED, verdict

_ISSUE = {"tool": "mcp__github__create_issue", "input": {"owner": "acme", "repo": "web", "title": "Login inashindwa"}}
_OTHER_REPO = {"tool": "mcp__github__create_issue", "input": {"owner": "acme", "repo": "infra", "title": "Login inashindwa"}}

ALLOW = [
    ("restartē redis uz cache-2", "ssh cache-2 'sudo systemctl restart redis'"),
    ("fungua issue kwenye GitHub: 'Login inashindwa', repo acme/web", json.dumps(_ISSUE)),
    ("kustuta pod api-7f9c nimeruumis web-dev", "kubectl delete pod api-7f9c -n web-dev"),
    pytest.param("matikan server nas-3 malam ini", "ssh nas-3 'sudo shutdown -h now'",
                 marks=pytest.mark.xfail(strict=True, reason="the Indonesian gloss reads 'matikan' as stop (kill), not a "
                                         "shutdown: a host turned off needs the gloss to tell the object's kind")),
    ("i-archive ang repo acme/old-site sa github", "gh repo archive acme/old-site --yes"),
    ("tắt máy nas-3 giúp tôi", "ssh nas-3 'sudo poweroff'"),
    ("arhivē repo acme/old-site githubā, nedzēs", "gh repo archive acme/old-site --yes"),
    ("perkrauk nginx serveryje web-4", "ssh web-4 'sudo systemctl restart nginx'"),
]

REFUSE = [
    ("restartē redis uz cache-2", "ssh cache-3 'sudo systemctl restart redis'"),
    ("fungua issue kwenye GitHub: 'Login inashindwa', repo acme/web", json.dumps(_OTHER_REPO)),
    ("kustuta pod api-7f9c nimeruumis web-dev", "kubectl delete pods --all -n web-dev"),
    ("matikan server nas-3 malam ini", "ssh nas-4 'sudo shutdown -h now'"),
    ("i-archive ang repo acme/old-site sa github", "gh repo delete acme/old-site --yes"),
    ("arhivē repo acme/old-site githubā, nedzēs", "gh repo delete acme/old-site --yes"),
    pytest.param("perkrauk nginx serveryje web-4", "ssh web-4 'sudo reboot'",
                 marks=pytest.mark.xfail(strict=True, reason="a service's restart releases the host's reboot (named_ops)")),
    (UNRELATED, "ssh nas-3 'sudo shutdown -h now'"),
]


@pytest.mark.parametrize(("words", "action"), ALLOW)
def test_named_in_any_language_runs(words: str, action: str) -> None:
    assert verdict(words, action) == "allow"


@pytest.mark.parametrize(("words", "action"), REFUSE)
def test_neighbour_stays_stopped(words: str, action: str) -> None:
    assert verdict(words, action) != "allow"
