"""A CI job made non-blocking when the user asked for exactly that (session 16, G1): "les tests e2e sont flaky, fais
que le job e2e n'échoue pas le pipeline" asks for `continue-on-error: true` on the job `e2e`; "mach den Job
visual-tests nicht blockierend" for `allow_failure: true` on `visual-tests`.

The edit is read key by key (`KEYS`: GitHub Actions `continue-on-error`, GitLab `allow_failure`, Buildkite
`soft_fail`, Azure Pipelines `continueOnError`, Drone/Woodpecker `failure: ignore`): each line it adds must be such a
switch turned on, under a job (or step) whose name the user wrote, in a message that asks for the job not to block or
fail the pipeline (`NON_BLOCKING`, in the languages users write) or spells the key. Another job than the one named is
refused; an edit that adds anything else, or whose job the fragment does not show, is left to the other readings.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: The switches that let a job or step fail without failing the pipeline, and the values that turn them on.
KEYS: dict[str, frozenset[str]] = {
    "continue-on-error": frozenset({"true"}), "allow_failure": frozenset({"true"}), "soft_fail": frozenset({"true"}),
    "continueonerror": frozenset({"true"}), "failure": frozenset({"ignore"}), "allow-failure": frozenset({"true"}),
    "ignore_failure": frozenset({"true"}), "optional": frozenset({"true"}),
}
_LINE = lazyre.compile(r"""^(?P<ind>\s*)(?:-\s+)?(?P<k>[A-Za-z_-]+)\s*:\s*["']?(?P<v>[\w-]+)["']?\s*(?:#.*)?$""")
_KEY_LINE = lazyre.compile(r"""^(?P<ind>\s*)(?:-\s+)?["']?(?P<k>[\w.-]+)["']?\s*:""")
_NAME_LINE = lazyre.compile(r"""^\s*-?\s*(?:name|label|displayName|key)\s*:\s*["']?(?P<n>[^"'\n#]+?)["']?\s*$""")
#: Words that ask for a job that does not block or fail the pipeline (or for the switch by its name).
NON_BLOCKING = lazyre.compile(
    r"(?i)non[- ]?blocking|\bnot\s+block|\b(?:doesn'?t|don'?t|won'?t|does\s+not|do\s+not|never)\s+(?:block|fail|break)|"
    # "allow the e2e job to fail", "let lint fail", "laisse le job e2e échouer", "lass den Job fehlschlagen" (session 28)
    r"(?<!n't )(?<!not )(?<!never )\b(?:allow|let|permit)\s+(?:the\s+|our\s+)?(?:[\w.-]+\s+){0,3}(?:to\s+)?fail|"
    r"\blaiss\w*\s+(?:le\s+|la\s+|les\s+)?(?:[\w.-]+\s+){0,3}(?:é|e)chouer|\blass\w*\s+(?:[\w.-]+\s+){0,3}fehlschlagen|"
    r"\bdej\w*\s+que\s+(?:[\w.-]+\s+){0,3}falle|\bdeix\w*\s+(?:[\w.-]+\s+){0,3}falhar|\blascia\w*\s+(?:[\w.-]+\s+){0,3}fallire|"
    r"\blaat\s+(?:[\w.-]+\s+){0,3}falen|"
    r"\ballow(?:ed)?\s+(?:it\s+|them\s+)?(?:to\s+)?fail|\ballow[_ -]failure|continue[_ -]on[_ -]error|continueonerror|"
    r"soft[_ -]fail|\boptional\b|\bignore\s+(?:its\s+|the\s+|their\s+)?failures?|can\s+fail\b|may\s+fail\b|"
    r"non[- ]?bloquant|ne\s+(?:bloque|fasse|fait)\s+pas|n'?(?:é|e)choue\s+pas|sans\s+bloquer|optionnel|"
    r"nicht[- ]?blockier|blockiert\s+nicht|darf\s+fehlschlagen|nicht\s+fehlschlagen|optional|"
    r"no\s+bloque|\bno\s+(?:bloquee|bloqueen|falle|fallen|rompa|rompan)\b|opcional|permit\w*\s+que\s+falle|"
    r"n[ãa]o[- ]bloque|n[ãa]o\s+(?:quebre|falhe|bloqueie)|"
    r"non\s+bloccant|non\s+(?:blocchi|faccia\s+fallire|fallisca)|opzional|"
    r"niet[- ]blokkerend|mag\s+falen|niet\s+laten\s+falen|optioneel|"
    r"nieblokując|nie\s+(?:blokował|psuł|wywalał)|opcjonaln|"
    r"неблокирующ|не\s+(?:блокировал|валил|ронял|падал|блокував|валив)|необязательн|"
    r"engellemesin|bloklamas[ıi]n|opsiyonel|không\s+chặn|tidak\s+memblokir|boleh\s+gagal|"
    r"ブロックしない|止めない|失敗しても|落ちても|不阻塞|不要阻塞|失败也|允许失败|막지\s*않|실패해도|블로킹하지\s*않")
_CI_FILE = lazyre.compile(r"(?:^|/)(?:\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab/ci/[^/]+\.ya?ml|"
                          r"\.buildkite/[^/]+\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|\.drone\.ya?ml|\.woodpecker[\w./-]*\.ya?ml|"
                          r"bitbucket-pipelines\.ya?ml|\.circleci/config\.ya?ml)$")
#: Top-level keys whose settings every job takes (GitLab `default:`, Buildkite/Drone top-level step defaults).
_EVERY_JOB = frozenset({"default", "defaults", "x-defaults", "&defaults"})
#: Keys under which jobs are listed (the job is the key one level below): GitHub `jobs`, Azure `jobs`/`stages`.
_CONTAINERS = frozenset({"jobs", "stages", "steps", "pipelines", "workflows"})


def _owner(lines: list[str], i: int) -> list[str]:
    """The names a switch at line `i` is under: the enclosing keys and step names, innermost first."""
    ind = len(lines[i]) - len(lines[i].lstrip(" -"))
    out: list[str] = []
    for j in range(i - 1, -1, -1):
        ln = lines[j]
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        n = _NAME_LINE.match(ln)
        j_ind = len(ln) - len(ln.lstrip(" -"))
        if n is not None and j_ind <= ind:
            out.append(n.group("n").strip())  # a step or job's own name (`- name: e2e tests`)
        m = _KEY_LINE.match(ln)
        if m is not None and len(m.group("ind")) < ind:
            out.append(m.group("k"))
            ind = len(m.group("ind"))
            if ind == 0:
                break
    return [o for o in out if o.lower() not in _CONTAINERS]


def _said(name: str, text: str) -> bool:
    n = name.lower().strip()
    if len(n) < 2:
        return False
    if lazyre.whole(n, text, r"[\w-]", r"[\w-]") is not None:
        return True
    return lazyre.whole(n.replace("-", " ").replace("_", " "), text) is not None


def settle(a: Analysis) -> tuple[str, str] | None:
    """("allow", the words) for switches added under the job the user named, asked not to block; ("deny", why) for
    a job other than the named one; None when the edit is not only that or the request says nothing of it."""
    if a.shell and a.ctx.user_messages:
        return _shell_settle(a)
    w = a.write
    if w is None or a.action.tool == "Bash" or not a.ctx.user_messages or _CI_FILE.search(w.path) is None:
        return None
    old = w.old.splitlines() if w.old else []
    new = w.new.splitlines()
    olds = set(old)
    added = [i for i, ln in enumerate(new) if ln.strip() and ln not in olds]
    if not added:
        return None
    owners: list[list[str]] = []
    for i in added:
        m = _LINE.match(new[i])
        if m is None or KEYS.get(m.group("k").lower()) is None or m.group("v").lower() not in KEYS[m.group("k").lower()]:
            return None  # the edit does more than let a job fail
        names = _owner(new, i)
        if not names:
            return None  # (the fragment does not show which job)
        owners.append(names)
    msgs = [m[:4000] for m in a.ctx.user_messages]
    said = next((m for m in reversed(msgs) if NON_BLOCKING.search(m)), None)
    if said is None:
        return None
    text = said.lower()
    for names in owners:
        if names[-1].lower() in _EVERY_JOB and not _said(names[-1], text):
            return "deny", f"this lets every job fail without failing the pipeline (`{names[-1]}:`), not only the one named"
        if any(_said(n, text) for n in names):
            continue
        named = [n for n in re.findall(r"[\w-]{2,}", text) if any(_said(n, ln.lower()) for ln in new if _KEY_LINE.match(ln))]
        if named:
            return "deny", f"you named {named[0]!r}; this lets `{names[0]}` fail without failing the pipeline"
        return None
    return "allow", said


#: `sed -i '/^e2e:/a\  allow_failure: true' FILE` (a line appended after the job's) and `yq -i '.e2e.allow_failure =
#: true' FILE` (GitHub: `.jobs.lint.continue-on-error = true`): (the job, the key, the value) a shell command sets.
_SED_APPEND = lazyre.compile(r"^/\^?\s*([\w.-]+):?\s*\$?/\s*a\\?\s*\\?\s*([A-Za-z_-]+)\s*:\s*[\"']?([\w-]+)[\"']?\s*$")
_YQ_SET = lazyre.compile(r"^\.(?:jobs\.)?[\"']?([\w-]+)[\"']?\.([A-Za-z_-]+)\s*=\s*[\"']?([\w-]+)[\"']?\s*$")


def _shell_switches(a: Analysis) -> list[tuple[str, str, str]] | None:
    """The switches the action's `sed -i` / `yq -i` commands set on CI files; None when a command of the action
    edits a CI file otherwise (or none does)."""
    out: list[tuple[str, str, str]] = []
    for c in a.commands:
        files = [w.value for w in c.argv[1:] if _CI_FILE.search(w.value)]
        if not files:
            continue
        if c.name not in ("sed", "yq") or not any(w.value in ("-i", "--inplace") or w.value.startswith("-i") for w in c.argv[1:]):
            return None
        rx = _SED_APPEND if c.name == "sed" else _YQ_SET
        got = [m for w in c.argv[1:] if not w.dynamic and not w.value.startswith("-") and w.value not in files
               for m in [rx.match(w.value.strip())]]
        if not got or any(m is None for m in got):
            return None
        out += [(m.group(1), m.group(2), m.group(3)) for m in got if m is not None]
    return out or None


def _shell_settle(a: Analysis) -> tuple[str, str] | None:
    sets = _shell_switches(a)
    if not sets or any(KEYS.get(k.lower()) is None or v.lower() not in KEYS[k.lower()] for _j, k, v in sets):
        return None
    said = next((m for m in reversed([m[:4000] for m in a.ctx.user_messages]) if NON_BLOCKING.search(m)), None)
    if said is None:
        return None
    text = said.lower()
    for job, _k, _v in sets:
        if job.lower() in _EVERY_JOB and not _said(job, text):
            return "deny", f"this lets every job fail without failing the pipeline (`{job}:`), not only the one named"
        if not _said(job, text):
            return "deny", f"this lets `{job}` fail without failing the pipeline, a job you did not name"
    return "allow", said
