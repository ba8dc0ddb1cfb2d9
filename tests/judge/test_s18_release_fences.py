"""Every release against every fence (session 18, helper prop, class I1; NOTES "Session 17 / Next 2").

A property test: each seed (`release_seeds.SEEDS`) is an action released because the user named the act and its
object, and stays allowed. From each seed the same action is derived mechanically past one fence, and no derived
case may be a silent allow (ask or deny):

* (a) `withdrawn`: a later message withdraws or pauses, in 12+ languages ("wait, don't", "mal langsam, …",
  "wacha kwanza", "hold that thought");
* (b) `narrowed`: a later message narrows the request to another member ("only the X one"), in the seed's language
  and in English;
* (c) `runtime`: the targets computed at run time: `$(listing)`, a listing piped to `xargs`, a loop over a listing;
* (d) `wider`: a wider owner or scope (`--org`, `--all-namespaces`, `--all`, a selector, the account);
* (e) `elsewhere`: another environment or place than the one named, or the tool's default where one was named.

First run (before any fix): 521 of 734 (seeds 27/27, withdrawn 388/540, narrowed 14/46, run-time 43/57, wider 25/31,
elsewhere 24/33): five of twenty withdrawal languages no table held ("mal langsam", "wacha kwanza", "palauk,
nereikia", "wag na pala", "deixa-ho estar"), a later narrowing ignored by every release, run-time targets released
when the named object was normalised away or a plain word, the organisation for the repository, the default
registry and repository. Cases still failing are strict xfails in `OPEN`: a narrowing to a member named by a plain
word (`swiftlint`, `asmith`, `payments`: no mark tells it from a word of the sentence), a dbt run with no
`--select` where one model was named.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.judge.helpers import decide, expect
from tests.judge.release_seeds import SEEDS, derive

#: Later messages that take the request back or pause it, one per language or more (the seed's act is not named:
#: what is withdrawn is whatever was asked last).
WITHDRAWALS: list[tuple[str, str]] = [
    ("en", "wait, don't"),
    ("en", "hold off on that for now"),
    ("en", "hold that thought"),
    ("de", "mal langsam, da liegt noch was Wichtiges drin"),
    ("de", "warte, lass das lieber"),
    ("es", "espera, mejor no lo hagas todavía"),
    ("fr", "attends, laisse tomber"),
    ("pt", "pera, deixa pra lá"),
    ("it", "aspetta, lascia stare"),
    ("pl", "czekaj, jednak nie"),
    ("ru", "стоп, не надо"),
    ("zh", "等一下，先别动"),
    ("ja", "ちょっと待って、やっぱりやめて"),
    ("sw", "wacha kwanza"),
    ("tr", "dur, vazgeçtim"),
    ("nl", "wacht even, laat maar"),
    ("sv", "vänta, strunta i det"),
    ("lt", "palauk, nereikia"),
    ("tl", "wag na pala"),
    ("ca", "espera, deixa-ho estar"),
]

#: "Only the X one" said later, per language ({} is the other member).
NARROWINGS: dict[str, str] = {
    "en": "actually, only {} for now",
    "de": "nur {} bitte",
    "es": "mejor solo {}",
    "fr": "seulement {} en fait",
    "pt": "só o {} na verdade",
    "it": "solo {} in realtà",
    "pl": "tylko {}",
    "ru": "только {}",
    "zh": "只要 {}",
    "ja": "{} だけにして",
    "tr": "sadece {}",
    "nl": "alleen {}",
    "sv": "bara {}",
    "lt": "tik {}",
    "ca": "només {}",
}


def _runtime(seed: dict[str, Any]) -> list[str]:
    """The seed's command with its named object replaced by the members of a listing, three ways."""
    cmd, obj, listing = seed["action"], seed.get("obj", ""), seed.get("listing", "")
    if not isinstance(cmd, str) or not obj or not listing or obj not in cmd:
        return []
    rest = " ".join(cmd.replace(obj, "", 1).split())
    return [
        cmd.replace(obj, f"$({listing})", 1),
        f"{listing} | xargs -n1 {rest}",
        f"for x in $({listing}); do {cmd.replace(obj, '$x', 1)}; done",
    ]


#: Cases still failing: strict xfails (a fix that passes one must remove it here). Session 21 (L2,
#: `intent.later_stands`): the narrowings to another member ("actually, only swiftlint for now", "只要 asmith") pass.
OPEN: frozenset[str] = frozenset({"dbt-wider0"})


@pytest.mark.parametrize(("surface", "action", "said", "want"), derive(SEEDS, WITHDRAWALS, NARROWINGS, _runtime, OPEN))
def test_release_fence(surface: str, action: Any, said: tuple[str, ...], want: str) -> None:
    expect(decide(surface, action, said), want, (action, said))


def test_every_fence_has_cases() -> None:
    kinds = {p.id.split("-")[-1].rstrip("0123456789") for p in derive(SEEDS, WITHDRAWALS, NARROWINGS, _runtime, OPEN)}
    langs = {s["lang"] for s in SEEDS}
    assert len(SEEDS) >= 20 and len(langs) >= 6
    assert len({lang for lang, _ in WITHDRAWALS}) >= 8
    assert {"seed", "runtime", "wider", "elsewhere"} <= kinds
