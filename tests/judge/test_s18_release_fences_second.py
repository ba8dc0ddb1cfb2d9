"""Every release against every fence, second set (session 18, helper prop, class I1): fresh seeds
(`release_seeds_second.SEEDS`: 20 programs and 16 languages the first set and the fixes were not built on),
fresh withdrawal phrases in 30 languages, narrowings in 15 more, and two more run-time spellings (`xargs -I{}`,
`while read`). The same property: the seed stays allowed; no derived case is a silent allow.

First run (after the first set's fixes, before any fix for this file): 683 of 777 (seeds 13/20, withdrawn 559/640,
narrowed 37/39, run-time 45/45, wider 10/13, elsewhere 19/20): six withdrawal phrases no table or reading held
("stop, nie rób tego jeszcze" read as a request to stop, "fermati un attimo", "attends deux secondes", "ni se te
ocurra todavía", "počkej, nech to být", "استنى، خلاص"), fixed by one reading of the glossed message (`intent.fences`:
a short message whose English reading opens with a pause and names nothing) rather than rows. Still open (strict
xfails in `OPEN`): seven seeds a rule refuses though asked with the exact object (class I2: `heroku apps:destroy`,
`helm uninstall`, `kubectl scale --replicas=0`, `npm deprecate`, a Slack archive, `kubectl delete secret`,
`terraform state rm`), `docker image prune -af` allowed under a request for one image, an org membership removed
for a repository collaborator, `vault kv metadata delete` (every version), a narrowing by a plain word, the
default Azure subscription where one was named.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.judge.helpers import decide, expect
from tests.judge.release_seeds import derive
from tests.judge.release_seeds_second import SEEDS

WITHDRAWALS: list[tuple[str, str]] = [
    ("en", "on second thought, leave it"), ("en", "hmm, let's not"), ("en", "actually no, pause that"),
    ("hu", "várj, mégse"), ("cs", "počkej, nech to být"), ("el", "περίμενε, άσ' το"), ("ro", "stai, lasă"),
    ("fi", "odota, anna olla"), ("da", "vent lidt, lad være"), ("no", "vent, drit i det"), ("ko", "잠깐만, 하지 마"),
    ("vi", "khoan đã, đừng làm"), ("id", "eh jangan dulu"), ("hi", "ruko, mat karna"), ("ar", "استنى، خلاص"),
    ("he", "רגע, עזוב"), ("uk", "зачекай, не треба"), ("sk", "počkaj, netreba"), ("hr", "čekaj, nemoj"),
    ("bg", "чакай, недей"), ("et", "oota, pole vaja"), ("lv", "pagaidi, nevajag"), ("fa", "صبر کن، بیخیال"),
    ("es", "ni se te ocurra todavía"), ("pt", "pera aí, não faz isso ainda"), ("fr", "attends deux secondes"),
    ("de", "Moment, noch nicht"), ("it", "fermati un attimo"), ("pl", "stop, nie rób tego jeszcze"), ("ja", "待って"),
    ("zh", "算了，别弄了"), ("sw", "ngoja kwanza"),
]
NARROWINGS: dict[str, str] = {
    "en": "just {} please", "hu": "csak {}", "cs": "jen {}", "ro": "doar {}", "fi": "vain {}", "id": "hanya {}",
    "vi": "chỉ {} thôi", "ko": "{}만", "uk": "лише {}", "el": "μόνο {}", "he": "רק {}", "ar": "فقط {}",
    "hi": "sirf {}", "es": "nada más {}", "tr": "yalnızca {}", "sv": "endast {}", "ja": "{} のみ", "zh": "仅 {}",
    "de": "bloß {}", "fr": "juste {}", "it": "soltanto {}", "pl": "jedynie {}", "pt": "somente {}", "ru": "лишь {}",
}


def _runtime(seed: dict[str, Any]) -> list[str]:
    cmd, obj, listing = seed["action"], seed.get("obj", ""), seed.get("listing", "")
    if not isinstance(cmd, str) or not obj or not listing or obj not in cmd:
        return []
    return [
        f"{listing} | xargs -I{{}} {cmd.replace(obj, '{}', 1)}",
        f"{listing} | while read x; do {cmd.replace(obj, '$x', 1)}; done",
        cmd.replace(obj, f"`{listing}`", 1),
    ]


#: Cases still failing: strict xfails (a fix that passes one must remove it here). Session 21 (L2,
#: `intent.later_stands`): the conda narrowings to another member pass. Session 22 (M2): Czech "odinstaluj" is read, so
#: the helm seed passes.
OPEN: frozenset[str] = frozenset({
    "az-group-elsewhere1", "docker-image-wider0",
    "gh-uncollab-wider0",
    # (session 19: "arquiva o canal …" is now read, and a later "só #other" does not narrow an MCP channel release)
    "mcp-slack-archive-narrowed-pt", "mcp-slack-archive-narrowed-en", "tf-state-rm-seed", "vault-kv-wider0",
})


@pytest.mark.parametrize(("surface", "action", "said", "want"), derive(SEEDS, WITHDRAWALS, NARROWINGS, _runtime, OPEN))
def test_release_fence_second(surface: str, action: Any, said: tuple[str, ...], want: str) -> None:
    expect(decide(surface, action, said), want, (action, said))
