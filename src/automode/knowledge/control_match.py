"""The control tables' types (`Tok`, `Entry`, `Tool`, `Parsed`) and matching a table's entries against a parsed
command (`match`), for `control`. Split from `control` for the project's ~600-line limit; `control` re-exports
every name."""

from __future__ import annotations

import fnmatch

from automode import lazyre
from automode.dc import dataclass
from automode.knowledge.control_first import candidates


@dataclass(frozen=True, slots=True)
class Tok:
    names: tuple[str, ...]  # positional alternatives, or option names
    values: tuple[str, ...] = ()  # option value alternatives (fnmatch); empty = presence
    option: bool = False
    negated: bool = False
    value: bool = False  # `@pat`: the positional word must match but stays a value (`gh api @*/hooks*`)


@dataclass(frozen=True, slots=True)
class Entry:
    pattern: str
    tokens: tuple[Tok, ...]
    verb: str
    scope: str = ""
    env: str = ""
    origin: str = ""
    programs: frozenset[str] = frozenset()  # `gsutil: rm`: only for these programs of a shared table
    safer: str = ""  # a template for the same act done safely (a dry run, a plan): see `safer()`


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    names: frozenset[str]
    family: str
    value_options: frozenset[str]
    path_options: frozenset[str]  # take a value only when the next word looks like a file (`docker -f x.yml` vs `rm -f`)
    long_values: bool  # every `--long` option takes a value unless listed in flag_options
    flag_options: frozenset[str]
    env_options: frozenset[str]  # options whose values say where it lands (context, profile, project, host)
    host_options: frozenset[str]  # options naming another machine: the tool's default environment no longer holds
    resource_options: frozenset[str]  # options whose values name what it acts on
    all_options: frozenset[str]
    set_options: frozenset[str]
    recursive_options: frozenset[str]
    dry_run: frozenset[str]  # options that make any verb a read
    safer_drop: frozenset[str]  # options left out of a `safer` suggestion (`-auto-approve` has no place in a plan)
    default_env: str
    value_env: bool  # the names it acts on carry environment markers (not for local containers: `app:dev`)
    cwd_env: bool  # the working directory selects the target (terraform envs/prod, fly.production.toml)
    stdin_argv: bool  # commands may come on stdin, one per line (redis-cli)
    entries: tuple[Entry, ...]
    fixtures: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Parsed:
    positional: tuple[str, ...]
    dynamic: tuple[bool, ...]
    options: dict[str, list[str]]


_SPACE = lazyre.compile(r"\s+")


def _forms(v: str) -> tuple[str, ...]:
    """An option value as patterns see it: lower case, and without white space (`deleteMany( { } )`)."""
    low = v.lower()
    return (low, _SPACE.sub("", low)) if any(c.isspace() for c in low) else (low,)


def _opt_match(tok: Tok, opts: dict[str, list[str]]) -> bool:
    for n in tok.names:
        if n in opts and (not tok.values or any(fnmatch.fnmatchcase(c, pat) for v in opts[n] for c in _forms(v)
                                                for pat in tok.values)):  # fmt: skip
            return True
    return False


def match(tool: Tool, p: Parsed, program: str = "") -> Entry | None:
    low = [x.lower() for x in p.positional]
    for e in candidates(tool.entries, low[0] if low else None):  # (the entries whose first word can be this one)
        if e.programs and program not in e.programs:
            continue
        k = 0
        ok = True
        for t in e.tokens:
            if t.option:
                if _opt_match(t, p.options) == t.negated:
                    ok = False
                    break
                continue
            if k >= len(low) or not any(fnmatch.fnmatchcase(low[k], pat) for pat in t.names):
                ok = False
                break
            k += 1
        if ok:
            return e
    return None
