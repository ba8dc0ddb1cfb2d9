"""A row of `knowledge.removal_forms`: the form of a removal that keeps or takes a kind of thing (`Form`), and `_f`,
which builds one from the table's compact spelling (shared by `removal_forms` and `removal_kinds`)."""

from __future__ import annotations

from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Form:
    programs: frozenset[str]
    paths: tuple[tuple[str, ...], ...]  # leading operands (a word's alternatives split by `|`); (): any
    act: frozenset[str]  # options that make the command this act (`dpkg -r`); empty: the path does
    nouns: tuple[str, ...]  # keys of `NOUNS` (or "force"): what the keeping form keeps and the taking form takes
    keep: frozenset[str]  # options (`opt` or `opt=value`) that keep it; "" = the plain form keeps it
    take: frozenset[str]  # options that take it too; "" = the plain form takes it
    what: str  # what goes with the taking form, for the reason
    bundled: bool = False  # one-letter options come bundled (`pacman -Rns`, `docker rm -fv`)
    #: kinds the taking form touches without removing them (`pct destroy --purge` takes the guest out of the backup
    #: jobs; its backup archives stay): where the user said to keep one of these, the form is asked, not refused
    near: tuple[str, ...] = ()
    #: the kind is the act's own object (`userdel` takes the account, `kubectl delete ns` the namespace): the taking
    #: form is refused where the user kept that kind, and weighs nothing in a keeping form named (`intent.kept_named`)
    itself: bool = False


def _f(programs: str, path: str, nouns: str, keep: str, take: str, what: str, act: str = "",
       bundled: bool = False, near: str = "", itself: bool = False) -> Form:
    def opts(s: str) -> frozenset[str]:
        return frozenset(x.strip() if x.strip() != "-" else "" for x in s.split(",")) if s != "" else frozenset()

    return Form(frozenset(programs.split()), tuple(tuple(p.split()) for p in path.split(";")), opts(act), tuple(nouns.split()), opts(keep),
                opts(take), what, bundled, tuple(near.split()), itself)
