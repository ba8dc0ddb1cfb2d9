"""One entry of the table of security controls (`files.settings_table`; the format is described in `files.settings`)."""

from __future__ import annotations

from automode.dc import dataclass

Fixture = tuple[str, str, str]  # (path below the project, old text, new text); old "" = a new file


@dataclass(frozen=True, slots=True)
class Setting:
    id: str  # ecosystem.name
    check: str  # the weakening family (the rule that reports it)
    keys: str  # the key's spellings (a regular expression matched as a whole name), or the idiom for added/removed
    weak: str  # false | true | lower | higher | wide | added | removed
    what: str  # plain words for the reason; {key} {old} {new} are filled in
    words: tuple[str, ...]  # lower-case substrings one of which the old or new text must hold (the cheap gate)
    default: str = ""  # safe | weak | "" (see the module docstring)
    paths: str = ""  # the path must match this (empty: any file but prose)
    scope: str = "prod"  # prod: not in tests or development settings; any: everywhere
    near: str = ""  # the new or old text must also match this (the context that makes the key a security one)
    wide: str = ""  # for `wide`: the values that open the control
    unless: str = ""  # not when the new text matches this (a neighbour that uses the same key for something else)
    spaced: bool = False  # the key and its value may be separated by blanks only (`PermitRootLogin yes`, `--max-warnings 0`)
    new_files: bool = True  # also read a new file, or one written whole whose old content is unknown (everything in it is new)
    must_match: tuple[Fixture, ...] = ()
    must_not_match: tuple[Fixture, ...] = ()
