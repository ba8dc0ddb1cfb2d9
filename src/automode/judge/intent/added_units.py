"""A CI edit that adds more than was asked (F4, session 15; issue 12): the request's act against every unit the
edit adds.

"add python 3.13 to the CI matrix" answered with the matrix line *and* a step that uploads to PyPI on every run;
"add a lint step" with the lint step and a `vercel deploy --prod`; "ajoute une étape lint" with `permissions:
contents: write`. The edit does what was asked, and something of another kind beside it. Each unit the edit adds
to a CI file is read for its act, on one footing with the acts of a command run now:

* the shell lines it runs (`files.executed.runs`, lines the file already ran taken out) are analysed as a Bash
  command, and their outward acts (a publish, a deploy, a push, a tag, a message, data POSTed to a host, a project
  script named for such an act: `intent.outward`) must be supported by the user's words (`outward.supported`);
* the units with no shell line (`knowledge.ci_units`): an action used for a publish, deploy, push or message, a
  token scope that writes (a grant), a secret handed in whose name and kind the user never spoke of.

An unsupported outward act or grant is refused (asked when the file's previous text is unknown, so the unit may
have been there already, or when the act is mild); a secret handed in is asked. `beyond(a)` returns ("deny" |
"ask", why) or None; `substitutions.substituted` applies it to allows and asks alike.
"""

from __future__ import annotations

import re
from collections import Counter

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.judge.intent.match import Intent

#: Extractor kinds of `files.executed` that are CI pipelines.
CI_KINDS = frozenset({"gha", "gitlab", "ci", "jenkins"})
#: Words by which a user names a secret handed to a step.
_SECRET_WORDS = frozenset({"secret", "secrets", "token", "tokens", "key", "keys", "credential", "credentials", "password",
                           "env", "environment", "variable", "variables", "auth", "login"})
#: Parts of an action's name that say nothing of its object (`*-action`, `gh-*`).
_GENERIC_PARTS = frozenset({"action", "actions", "gh", "github", "ghaction", "auto", "deploy", "publish", "release",
                            "push", "upload", "sync", "commit", "add", "and", "create", "or", "update", "send", "notify"})
#: Request verb classes whose steps need credentials: a secret handed to them is part of the act asked.
_OUTWARD_ASKED = frozenset({"deploy", "publish", "push", "send", "tag", "merge"})
_ACT_TEXT = {"push": "pushes", "tag": "pushes a tag (a release)", "publish": "publishes", "deploy": "deploys",
             "send": "sends", "post": "sends data to", "grant": "gives the job's token write access", "merge": "merges",
             "delete": "deletes", "run": "runs", "change": "changes", "create": "creates", "pay": "pays"}


def _added_lines(old: str, new: str) -> list[str]:
    have = Counter(x.strip() for x in old.splitlines() if x.strip())
    out: list[str] = []
    for line in new.splitlines():
        k = line.strip()
        if not k:
            continue
        if have[k] > 0:
            have[k] -= 1
            continue
        out.append(line)
    return out


def _added_runs(kind: str, pairs: list[tuple[str, str]]) -> list[str]:
    """The shell text of the runs the edit adds: each run of the new text with the lines the old text already ran
    taken out."""
    from automode.files.executed import runs

    out: list[str] = []
    for old, new in pairs:
        before = Counter(x.strip() for r in runs(kind, old) for x in r.text.splitlines() if x.strip())
        for r in runs(kind, new):
            if r.lang != "shell":
                continue
            lines = []
            for x in r.text.splitlines():
                k = x.strip()
                if not k:
                    continue
                if before[k] > 0:
                    before[k] -= 1
                    continue
                lines.append(k)
            if lines:
                out.append("\n".join(lines))
    return out


def beyond(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when an edit of a CI file adds a unit of an act the user's words do not ask for."""
    w = a.write
    if w is None or not a.ctx.user_messages:
        return None
    from automode.files.executed import kind_of

    kind = kind_of(w.path)
    if kind not in CI_KINDS:
        return None
    from automode.files.settingsdiff import pairs_of

    pairs = pairs_of(a.action.tool, a.action.input, a.action.before)
    if not any(n.strip() for _, n in pairs):
        return None
    known = w.before_known or any(o.strip() for o, _ in pairs)
    from automode.judge.intent.match import session_intent

    mem = a.ctx.memory
    intent = session_intent(tuple(a.ctx.user_messages), tuple(a.ctx.instructions), (),
                            mem.named if mem is not None else ())
    messages = tuple(a.ctx.user_messages)
    got = _unasked_run(a, kind, pairs, intent, messages) or _unasked_unit(pairs, intent, messages)
    if got is None:
        return None
    act, what, mild = got
    from automode.judge.intent.match import quote

    asked = next((r.clause.text for r in intent.requests if r.index >= 0), messages[-1])
    verdict = "ask" if mild or not known else "deny"
    return verdict, (f"you asked {quote(asked, 80)}; this edit of {w.path.rsplit('/', 1)[-1]} also adds `{what[:80]}`, "
                     f"which {_ACT_TEXT.get(act, 'acts')}{'' if act in ('grant', 'secret') else ' on every run'}: "
                     "nothing you said asks for that")


def _unasked_run(a: Analysis, kind: str, pairs: list[tuple[str, str]], intent: Intent,
                 messages: tuple[str, ...]) -> tuple[str, str, bool] | None:
    from automode.analysis import analyze
    from automode.judge.intent.outward import outward as outward_acts
    from automode.judge.intent.outward import supported
    from automode.model import Action

    for text in _added_runs(kind, pairs)[:12]:
        sub = analyze(Action("Bash", {"command": text[:4000]}, a.action.cwd or a.root), a.ctx)
        for o in outward_acts(sub):
            if not supported(o, intent, messages):
                return o.act, o.what, o.mild
    return None


def _unasked_unit(pairs: list[tuple[str, str]], intent: Intent,
                  messages: tuple[str, ...]) -> tuple[str, str, bool] | None:
    from automode.judge.intent.outward import Outward, supported
    from automode.knowledge.ci_units import SCOPE_NEEDS, units

    added = "\n".join(x for old, new in pairs for x in _added_lines(old, new))
    if not added:
        return None
    said = set(re.findall(r"[a-z0-9]+", "\n".join(messages).lower()))
    for act, line in units(added):
        if act == "grant":
            scope = line.split(":", 1)[0].strip().lower()
            verbs, words = SCOPE_NEEDS.get(scope, (frozenset(), frozenset()))
            asked = frozenset().union(*(r.clause.verbs for r in intent.requests)) if intent.requests else frozenset()
            if verbs & asked or said & words or said & {"permission", "permissions", scope}:
                continue  # the scope the asked act needs (`pull-requests: write` for "label PRs")
            return act, line, False
        if act == "secret":
            if line.upper() == "GITHUB_TOKEN":
                continue  # (the run's own token, no secret of the user's)
            parts = set(re.findall(r"[a-z0-9]+", line.lower().replace("_", " ")))
            asked = frozenset().union(*(r.clause.verbs for r in intent.requests)) if intent.requests else frozenset()
            if not (said & _SECRET_WORDS or said & (parts - {"token", "key", "secret", "api", "password"})
                    or asked & _OUTWARD_ASKED):  # (a deploy or a publish asked for needs its credentials)
                return "secret", f"secrets.{line}" if line != "inherit" else "secrets: inherit", True
            continue
        repo = line.split(":", 1)[-1].split("@", 1)[0].strip(" '\"-").lower()
        nouns = frozenset(re.findall(r"[a-z0-9]+", repo.split("/", 1)[-1])) - _GENERIC_PARTS if act != "grant" else frozenset()
        o = Outward(act, line, (), nouns, mild=False)  # ("publish it to pypi" names `pypa/gh-action-pypi-publish`)
        if not supported(o, intent, messages):
            return act, line, False
    return None
