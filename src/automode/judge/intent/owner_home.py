"""An owner option that only says where the named object lives (session 19, J4).

`--org kumo` beside `sentry-cli releases delete 4.2.0-rc1 --project web` does not select every release of the
organisation: it locates the one release the user named. The owner fences (`intent.fences._owner`, AM-JUDGE-023;
`intent.wider._owner`, AM-JUDGE-018) refuse an owner selector whose value the user never said, because the
organisation's secret is not the repository's. They ask this module first: the option is a locator when the command
acts on one object the user named by its id or name, and either a narrower locator beside it (`--project`, `--repo`)
is the user's word too, or the program's objects of that kind live only under an organisation (`OWNER_HOMES`).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.script import Command


def owner_option(program: str, opt: str) -> bool:
    """`opt` selects an owner (an organisation, a team, a tenant, a group) for `program`."""
    from automode.knowledge.extent_marks import OWNER_OPTIONS, PROGRAM_OWNER_OPTIONS

    return opt in OWNER_OPTIONS or opt in PROGRAM_OWNER_OPTIONS.get(program, ())


def _said(value: str, text: str) -> bool:
    v = value.lower().strip("'\"")
    return len(v) >= 2 and v in text and lazyre.built(rf"(?<![\w.-]){re.escape(v)}(?![\w-]|\.\w)").search(text) is not None


def _part_said(value: str, text: str) -> bool:
    """`value` is a part of a name the user wrote (`Payroll` of "Payroll-nightly-old")."""
    v = value.lower()
    return len(v) >= 3 and any(v in re.split(r"[-_.]", t) for t in re.findall(r"[\w.-]+", text) if v in t)


def locates(c: Command, a: Analysis) -> bool:
    """The owner options of `c` only locate the one object it acts on, which the user named (see the module)."""
    from automode.knowledge.extent_marks import INNER_LOCATORS, OBJECT_ID_OPTIONS, OWNER_HOMES

    text = "\n".join(a.ctx.user_messages).lower()
    args = [w.value for w in c.argv[1:] if not w.dynamic]
    if any(w.dynamic for w in c.argv[1:]) or any(x in ("--all", "-A") for x in args):
        return False
    objects: list[str] = []
    inner_said = False
    skip = False
    for i, x in enumerate(args):
        if skip:
            skip = False
            continue
        opt, eq, val = x.partition("=")
        if opt.startswith("-"):
            if not eq and i + 1 < len(args) and not args[i + 1].startswith("-"):
                val, skip = args[i + 1], True
            if opt in OBJECT_ID_OPTIONS and val:
                objects.append(val)
            elif opt in INNER_LOCATORS and val:
                if not _said(val, text) and not _part_said(val, text):
                    return False  # `--project api` where the user said "web": not the place named
                inner_said = True
            elif owner_option(c.name, opt):
                continue
            continue
        objects.append(x)
    named = [o for o in objects if _said(o, text) and (re.search(r"\d", o) or re.search(r"[-_.]\w", o))]
    if not named:
        return False  # no object the user gave by its id or name: the owner may well be the selection
    home = OWNER_HOMES.get(c.name)
    return inner_said or (home is not None and bool(home & set(args)))


def home_values(a: Analysis) -> frozenset[str]:
    """The values of the owner options that only locate the named object (`locates`): no object of the act, no
    recipient the agent chose (the organisation URL of `az pipelines delete --id 57 --org https://dev.azure.com/…`)."""
    from automode.judge.intent.endpoint_said import endpoint_values

    out: set[str] = set(endpoint_values(a))  # `vault … -address=URL -accessor X`: where the named accessor lives
    for c in a.commands:
        args = [w.value for w in c.argv[1:] if not w.dynamic]
        out |= _store_hosts(c, a, args)
        if not any(owner_option(c.name, x.partition("=")[0]) for x in args) or not locates(c, a):
            continue
        for i, x in enumerate(args):
            opt, eq, val = x.partition("=")
            if owner_option(c.name, opt):
                val = val if eq else (args[i + 1] if i + 1 < len(args) else "")
                if val and not val.startswith("-"):
                    out.add(val)
    return frozenset(out)


def _store_hosts(c: Command, a: Analysis, args: list[str]) -> set[str]:
    """The endpoint of a store's client (`etcdctl --endpoints=https://etcd-dev-1:2379 del /config/svc-a`, the tool's
    `host_options`) that acts on one key the user named by its path or id: where the key lives, not a second object
    (its environment is judged apart, as the tool's own)."""
    from automode.knowledge import control

    r = control.resolve(c)
    if r is None or not r[0].host_options:
        return set()
    hosts: set[str] = set()
    keys: list[str] = []
    skip = False
    for i, x in enumerate(args):
        if skip:
            skip = False
            continue
        opt, eq, val = x.partition("=")
        if opt.startswith("-"):
            if opt in r[0].host_options:
                val = val if eq else (args[i + 1] if i + 1 < len(args) else "")
                skip = not eq
                if val:
                    hosts.add(val)
            elif not eq and opt in r[0].value_options:
                skip = True
            continue
        keys.append(x)
    if not hosts:
        return set()
    text = "\n".join(a.ctx.user_messages).lower()
    named = [k for k in keys if (re.search(r"\d", k) or re.search(r"[/:_.-]\w", k)) and _said(k, text)]
    return hosts if len(named) == 1 else set()
