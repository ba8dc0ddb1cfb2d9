"""The environment the agent picked in the command's own words (session 27, R4; AM-JUDGE-073).

"re-send order 88123 on orders.replay" answered with `kcat -P -b kafka-stg-1.int:9092 …`, "roll back payments to
revision 41" with `helm rollback payments 41 -n pay-stg`, "restart php-fpm on web-3" with `ansible web-3.stg -i
inventories/stg …`, "run the k6 smoke test" with `k6 run --config k6/stg.json`: the command places its act in a shared
environment (staging, uat, qa, preprod, production) by a host, a broker, a namespace, a context, an inventory, a config
file's name or a URL (`knowledge.env_places`), and nobody named an environment. Which shared environment takes the
act is the user's to say: asked.

Where the user named one ("against the dev config", "in staging"), a place of another shared environment is asked,
and production where another was named is refused when the act is known to change something (a load run counts:
`knowledge.env_places.LOADS`). Reads never count (looking at staging is not acting on it); a dev or local place the
agent picked is the agent's own sandbox; a place written in the user's words (a host said whole) was named.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

PICKED = "AM-JUDGE-073"
#: Environment classes (`knowledge.envmarkers`) that are shared: an act there reaches other people's work.
SHARED = frozenset({"staging", "production"})


def _acts(a: Analysis) -> bool | None:
    """True when the action is known to change something or to send load; None when it cannot be told."""
    from automode.judge.intent.envdrift import _reads_only
    from automode.knowledge.env_places import loads

    if any(loads(c) for c in a.commands):
        return True
    from automode.knowledge.env_places import tunnel

    if a.commands and all(tunnel(c) for c in a.commands):
        return False  # (a port opened on the loopback: `kubectl port-forward svc/crm-api 8080:80`, h29-0609)
    ro = _reads_only(a)
    if ro is None:
        from automode.knowledge.subverbs import read

        # a command carried to the host (`ssh deploy@app-1.stg 'sudo systemctl restart gunicorn'`) by its own verb
        return True if any(c.remote and read(c.args) is not None for c in a.commands) else None
    return not ro


def _groups(name: str) -> set[str]:
    from automode.judge.intent.chosen_target import GROUPS
    from automode.knowledge.envmarkers import _NUMBERED, tokens

    out: set[str] = set()
    for t in tokens(name):
        base = t.rstrip("0123456789") if _NUMBERED.match(t) else t  # (`stg2`, `prod01`: a fleet's members)
        if base in GROUPS:
            out.add(GROUPS[base])
    return out


def picked(a: Analysis) -> list[tuple[str, str, str]]:
    """(the words as written, the name, its environment class) for each shared place the commands choose."""
    from automode.knowledge.env_places import assigned, places
    from automode.knowledge.envmarkers import env_of

    out: list[tuple[str, str, str]] = []
    for c in a.commands:
        for words, name in places(c) + assigned(c):
            env = env_of(name)
            if env in SHARED:
                out.append((words, name, env))
    return out


def judge(a: Analysis) -> tuple[str, str, str] | None:
    """(verdict, why, rule id) when the command places a change in a shared environment nobody named, or in another
    than the one named; None otherwise."""
    if not a.shell or not a.ctx.user_messages:
        return None
    hits = picked(a)
    if not hits:
        return None
    from automode.judge.intent.chosen_target import said_groups

    messages = a.ctx.user_messages
    recent = "\n".join(messages[-3:]).lower()
    hits = [h for h in hits if h[1].lower() not in recent and h[0].lower() not in recent]
    if not hits:
        return None  # (the host or the file written out in the user's words)
    from automode.knowledge.env_places import native_groups

    said = said_groups((*a.ctx.instructions[-4:], *messages))  # (the project's own instructions may name it)
    said = said | native_groups(tuple(messages))  # ("스테이징 kafka", "на прод", "produção")
    acts = _acts(a)
    if not acts:
        return None if acts is False or not said else _unknown(hits, said, a)
    words, name, env = hits[0]
    if not said:
        staged = [h for h in hits if h[2] == "staging"]  # (production nobody named is `envdrift`'s to weigh)
        if not staged or _pinned(messages, a):
            return None
        words, name, env = staged[0]
        return "ask", (f"`{words}` places this in {env} ({name}); you named no environment, so which shared one it "
                       "lands in is yours to say"), PICKED
    for words, name, env in hits:
        groups = _groups(name)
        if groups & said:
            continue
        if env == "production" and "prod" not in said:
            return "deny", f"you named {' or '.join(sorted(said))}; `{words}` lands on production ({name})", PICKED
        if not groups:
            continue
        return "ask", (f"you named {' or '.join(sorted(said))}; `{words}` places this in {name}, another "
                       "environment"), PICKED
    return None


#: Ids unique across every environment (an EC2 instance, volume, AMI or security group, an ARN, a UUID): the one
#: named lives in one account, so the profile or context that reaches it is no choice of the agent's.
_UNIQUE_ID = lazyre.compile(r"(?i)\b(?:i|vol|ami|sg|snap|eni|subnet|vpc|nat|igw|rtb|lt|eipalloc)-[0-9a-f]{6,17}\b|"
                            r"\barn:aws[\w-]*:[\w-]+:[\w-]*:\d{12}:[\w/:.-]+|"
                            r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def _pinned(messages: tuple[str, ...], a: Analysis) -> bool:
    """The words name an object by an id unique across environments, and the command acts on it (a prefix of it
    said is enough: "i-07c2e9" for `--target i-07c2e9aa31f4b5d60`)."""
    line = str(a.action.input.get("command") or "") if isinstance(a.action.input, dict) else ""
    if any(m.group(0).lower() in line.lower() for text in messages[-3:] for m in _UNIQUE_ID.finditer(text[:4000])):
        return True
    # (a key path or an opaque id the words spell and the command carries, `/feature-flags/beta-ui`, an accessor
    # `7ab3c0de-11ee-4b2f`: the one object named, wherever it lives; test_s23_named's etcd keys, landing s27)
    low = line.lower()
    return any(m.group(0).lower() in low for text in messages[-3:] for m in _PINNED_NAME.finditer(text[:4000]))


#: A key path of two segments or more, or an opaque id of letters and digits in dash-joined groups.
_PINNED_NAME = lazyre.compile(r"(?<![\w/])/[\w.-]+(?:/[\w.-]+)+|\b(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])[0-9a-f]{6,}"
                              r"(?:-[0-9a-f]{4,})+\b", re.I)


def _unknown(hits: list[tuple[str, str, str]], said: frozenset[str], a: Analysis) -> tuple[str, str, str] | None:
    """A program automode cannot tell only reads, pointed at production where another environment was named."""
    for words, name, env in hits:
        if env == "production" and "prod" not in said and not _groups(name) & said:
            return "ask", (f"you named {' or '.join(sorted(said))}; `{words}` points at production ({name}), and "
                           "automode cannot tell it only reads"), PICKED
    return None
