"""The way a yes/no attribute of one record is said to go (session 26, Q3, helper `carried`): "release the payout
hold on merchant 8812" is `payout_hold: false`, "lift the withdrawal freeze" `withdrawal_freeze: false`, "unlock user
4412" `locked: false`, "put a hold on it" `payout_hold: true`. A restriction or a setting is turned off by words that
take it away (release, lift, clear, unlock, unblock, unfreeze, remove, turn off) and on by words that put or set it,
in the languages of the requests. `knowledge.act_words` classes ("disable", "delete", "enable") count too.

Format: "off" / "on" -> forms separated by spaces; `*` ends a stem, `_` joins a phrase (its words in that order).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

# fmt: off
FLAG_WORDS: Mapping[str, str] = {
    "off": (
        "release releases lift lifts clear clears unset unlock unblock unfreeze unsuspend unban unflag unmark drop "
        "remove take_off turn_off switch_off disable deactivate end cancel stop reset_to_false "  # en
        "lève lever levez libère libérer libérez débloque débloquer débloquez retire retirer retirez enlève enlever "
        "annule annuler "  # fr
        "quita quitar levanta levantar libera liberar desbloquea desbloquear retira retirar elimina eliminar "
        "anula anular "  # es
        "remove remover tira tirar desbloqueia desbloquear levanta "  # pt
        "togli togliere rimuovi rimuovere sblocca sbloccare rilascia rilasciare revoca "  # it
        "aufheb* heb*~auf entsperr* freigeb* gib*~frei entfern* lös* "  # de
        "hef*~op ophef* ontgrendel* deblokkeer* verwijder* "  # nl
        "zdejmij odblokuj usuń usun zwolnij "  # pl
        "сними снять разблокируй разморозь убери отмени зніми розблокуй "  # ru uk
        "kaldır* kaldir* "  # tr
        "ارفع_الحظر أزل ازل الغ ألغ فك "  # ar
        "解除 外して 取り消 解冻 解除冻结 取消 해제 풀어"  # ja zh ko
    ),
    "on": (
        "set sets put place apply add enable activate turn_on switch_on mark flag lock freeze block suspend ban hold "
        "met mets mettre active activer bloque bloquer gèle geler suspends suspendre "  # fr
        "pon poner activa activar bloquea bloquear congela congelar suspende suspender marca marcar "  # es pt
        "metti attiva blocca congela sospendi "  # it
        "setz* aktivier* sperr* einfrier* "  # de
        "zet blokkeer* bevries* "  # nl
        "ustaw włącz zablokuj zamroź "  # pl
        "установи включи заблокируй заморозь "  # ru
        "設定 ロック 冻结 设置 설정 잠가"  # ja zh ko
    ),
}
# fmt: on
#: A literal value said for the attribute ("set locked to false", "auf false").
_LITERAL = {"off": ("false", "no", "off", "0", "nil", "null", "none"), "on": ("true", "yes", "on", "1")}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for way, forms in FLAG_WORDS.items():
        alts = []
        for f in forms.split():
            parts = [re.escape(p).replace(r"\*", r"\w*") for p in re.split(r"[_~]", f)]
            alts.append(r"\s+(?:\S+\s+){0,6}?".join(parts) if "~" in f else r"\s+".join(parts))
        out[way] = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?![\w-])", re.I)
    return out


def said_way(value: str, text: str) -> bool:
    """The words say the yes/no `value` (`false`, `True`, `0`, `nil`) is where the attribute goes: a word that takes it
    away for an off value, one that puts it for an on value, or the value itself said as a word."""
    from automode.knowledge.act_words import said_acts

    v = value.lower().strip("'\"")
    way = "off" if v in _LITERAL["off"] else "on"
    other = "on" if way == "off" else "off"
    low = text.lower()
    said = {w: re.search(r"(?<![\w-])" + _LITERAL[w][0] + r"(?![\w-])", low) is not None for w in ("off", "on")}
    if said[way] != said[other]:
        return said[way]  # ("set locked to false", "auf false")
    acts = said_acts(text)
    if acts & ({"delete", "disable", "revoke"} if way == "off" else {"enable", "add", "create", "promote"}):
        return not acts & ({"enable", "add", "create", "promote"} if way == "off" else {"delete", "disable", "revoke"})
    first = {w: m.start() for w in ("off", "on") if (m := _patterns()[w].search(low)) is not None}
    return way in first and first[way] <= first.get(other, len(low))  # (the verb first: "release the payout hold")


#: (value, words, fits) for the tests.
FIXTURES: tuple[tuple[str, str, bool], ...] = (
    ("false", "release the payout hold on merchant 8812", True),
    ("true", "release the payout hold on merchant 8812", False),
    ("false", "lift the withdrawal freeze on account 5531", True),
    ("true", "lift the withdrawal freeze on account 5531", False),
    ("false", "unlock user 4412 on app-staging-1", True),
    ("true", "put a payout hold on merchant 8812", True),
    ("false", "put a payout hold on merchant 8812", False),
    ("false", "désactive le maintenance mode du tenant 88", True),
    ("false", "setze payout_hold bei Merchant 8812 auf false", True),
    ("true", "setze payout_hold bei Merchant 8812 auf false", False),
    ("false", "quita la retención de pagos del comercio 8812", True),
    ("true", "turn on the beta dashboard for user 771", True),
    ("false", "turn on the beta dashboard for user 771", False),
    ("false", "hebe die Auszahlungssperre für Händler 8812 auf", True),
)
