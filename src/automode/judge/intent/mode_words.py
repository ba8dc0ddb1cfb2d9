"""The dry mode said in any language, or by the program's own option (session 25, P3 with issue 12).

"прогони playbook users.yml в режиме check" answered with `ansible-playbook users.yml --diff`: the user named the
check mode ("режим check", "mode check", "Check-Modus", "modo check", "check モード", "check modunda") or wrote the
option itself ("run site.yml with --check", "`terraform plan` only"), and the command left the mode flag out, so it
applies. `run_mode` reads the English phrases; this module adds the mode's NAME next to a word for "mode" in the
languages the judge reads, and the dry options of `knowledge.modeflags` written out in the words.

Two kinds of names: `GENERAL` names mean a dry run whatever the program (check, dry run, noop, why-run, what-if,
simulation, pretend); `names_of(row)` are a program's own (`test` of salt's `test=True`, `plan` of terraform,
`preview` of pulumi, derived from its row of `knowledge.modeflags.DRY_ROWS`): "in test mode" asks salt for
`test=True`, not every program for a dry run (a test environment is something else).
"""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.knowledge.modeflags import DryRow

#: Words for "mode" (as written next to a mode's name), by language: English/French/German/Dutch, Spanish, Italian,
#: Portuguese, Russian/Ukrainian, Polish, Czech/Slovak, Swedish, Finnish, Hungarian, Turkish, Estonian, Japanese,
#: Chinese, Korean, Vietnamese, Thai, Hebrew, Arabic, Greek, Indonesian/Malay (mode), Romanian (modul).
MODE_NOUN = (r"(?:modes?|modus|modo|modalità|modalidade|modul(?:ui)?|режим\w*|tryb\w*|režim\w*|läge[t]?|tila(?:ssa)?|"
             r"mód(?:ban|ot)?|modu(?:nda|na)?|moodis|モード|模式|模态|모드|chế\s+độ|โหมด|מצב|وضع|λειτουργία)")
#: Names of a dry mode whatever the program.
GENERAL = {"check": r"check", "dry-run": r"dry[- _]?run", "noop": r"no-?op", "why-run": r"why[- ]?run",
           "what-if": r"what[- ]?if", "simulate": r"simulat(?:e|ion)", "pretend": r"pretend"}
#: Names only a program's own row gives (`names_of`).
OWN = {"test": r"test", "plan": r"plan", "preview": r"preview"}
_NAMES = {**GENERAL, **OWN}
#: A mode's name next to a word for "mode" (either order, a quote or a small word between), or its option written out.
_SAID = {name: lazyre.compile(rf"(?i)(?<![\w-])(?:{rx})[\s_-]*(?:{MODE_NOUN})|{MODE_NOUN}\s*(?:de\s+|di\s+|du\s+|do\s+|"
                              rf"da\s+)?[\"'`«„“]?(?<![\w])(?:{rx})(?![\w-])|(?<![\w-])--?(?:{rx})\b")
         for name, rx in _NAMES.items()}
#: A program's dry option written out (`test=True`, `-WhatIf`).
_OPTION_SAID = lazyre.compile(r"(?i)\btest\s*=\s*true\b|-whatif\b")


#: A mode's name alone: each pattern of `_SAID` needs it, so a text without it skips that pattern (issue 14: the seven
#: patterns with the mode nouns cost more than the rest of a decision on a long task message).
_NAME_ONLY = {name: lazyre.compile(rf"(?i){rx}") for name, rx in _NAMES.items()}


@lru_cache(maxsize=1024)  # (a fact of the words: read once per session, not per action)
def said(text: str) -> frozenset[str]:
    """The names of the dry modes the words ask for ("в режиме check" -> {"check"}, "with --noop" -> {"noop"})."""
    low = text[:4000]
    found = {name for name, rx in _SAID.items() if _NAME_ONLY[name].search(low) and rx.search(low)}
    m = _OPTION_SAID.search(low)
    if m is not None:
        found.add("test" if "test" in m.group(0).lower() else "what-if")
    return frozenset(found)


def general(text: str) -> bool:
    """The words ask for a dry run by a name that means one for any program."""
    return not said(text).isdisjoint(GENERAL)


def names_of(row: DryRow) -> frozenset[str]:
    """The mode names a row of `knowledge.modeflags` answers to: its dry options without dashes or value (`--check`
    -> check, `test=True` -> test, `--why-run` -> why-run) and the verb of its dry form (`terraform plan` -> plan)."""
    out: set[str] = set()
    for opt in row.dry:
        bare = opt.lstrip("-").split("=", 1)[0].lower()
        out.update(n for n, rx in _NAMES.items() if lazyre.built(rf"(?i)^(?:{rx})$").match(bare))
    words = row.instead.lower().replace("-", " ").split()
    out.update(n for n in OWN if n in words)
    return frozenset(out)


#: (words, the names said)
FIXTURES: tuple[tuple[str, frozenset[str]], ...] = (
    ("прогони playbook users.yml в режиме check", frozenset({"check"})),
    ("lance le playbook site.yml en mode check", frozenset({"check"})),
    ("führe site.yml im Check-Modus aus", frozenset({"check"})),
    ("ejecuta site.yml en modo check", frozenset({"check"})),
    ("users.yml を check モードで実行して", frozenset({"check"})),
    ("users.yml'yi check modunda çalıştır", frozenset({"check"})),
    ("run site.yml with --check", frozenset({"check"})),
    ("run puppet in noop mode", frozenset({"noop"})),
    ("run chef-client in why-run mode", frozenset({"why-run"})),
    ("apply the highstate in test mode", frozenset({"test"})),
    ("salt web01 state.apply with test=True", frozenset({"test"})),
    ("check the mode of the file", frozenset()),
    ("run the tests", frozenset()),
    ("fix the dry-run flag parsing in cli.py", frozenset()),
)
