"""One job named, every job changed (session 24, class O2, helper `units`; AM-JUDGE-018 through
`intent.substitutions`): "make the dependency-scan job allow_failure" answered with a `default:` block that gives
every job of the pipeline `allow_failure: true`.

A CI file has a section whose keys every job inherits (`SECTIONS`: GitLab's `default:`, Woodpecker and Drone have
none; CircleCI and GitHub Actions keep job settings per job; Azure Pipelines and Buildkite have no inherited job keys
beyond variables, which are values, not bounds). When the newest message names one job (a name beside a word for a job,
in the languages below) and the edit writes a key into that section, the setting reaches every job: refused. Words
that ask for every job ("all jobs", "alle Jobs", "todos los jobs", "すべてのジョブ") let it run.

Sources: GitLab CI/CD YAML reference (`default`: "Global defaults for some keywords. Each default keyword is copied to
every job that doesn't already have it defined"; keywords after_script, artifacts, before_script, cache, hooks,
id_tokens, image, interruptible, retry, services, tags, timeout; `allow_failure` is not a default keyword and is
ignored there, which still drops the job's own setting from the edit the user asked for).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: (file name pattern, the line that opens the section every job inherits).
SECTIONS: tuple[tuple[str, str], ...] = (
    (r"(?:^|/)\.gitlab-ci\.ya?ml$|(?:^|/)\.gitlab/ci/[^/]+\.ya?ml$|(?:^|/)gitlab-ci[^/]*\.ya?ml$", r"^default:\s*(?:#.*)?$"),
)
#: Words for a job of a pipeline.
_JOB = (r"jobs?|jobu|jobie|joba|jobb?ot|jobben|jobbet|trabajo|tarefa|tâche|lavoro|zadani[ea]|задач\w*|джоб\w*|"
        r"работ[уа]|iş(?:i|ini)?|ジョブ|作业|作業|任务|잡|작업|وظيفة|کار|עבודה|जॉब")
_NAME = r"[`'\"]?([A-Za-z0-9][\w.:/-]*[\w])[`'\"]?"
_AFTER = lazyre.compile(rf"(?i)(?<![\w-])(?:{_JOB})(?![a-z])\s*(?:named\s+|called\s+)?{_NAME}")
_BEFORE = lazyre.compile(rf"(?i)(?<![\w./-]){_NAME}\s*(?:{_JOB})(?![a-z])")
_STOP = frozenset({"the", "a", "an", "this", "that", "one", "each", "every", "all", "of", "in", "to", "for", "and", "or",
                   "le", "la", "el", "il", "lo", "der", "die", "das", "den", "de", "du", "o", "os", "as", "les",
                   "los", "las", "gli", "i", "is", "be", "so", "it", "only", "just", "solo", "nur", "seul", "ci", "cd",
                   "yml", "yaml", "gitlab", "pipeline", "my", "our", "its", "their", "que", "che", "dass", "make", "per"})
#: Words that ask for every job.
EVERY_JOB = lazyre.compile(r"(?i)\b(?:all|every|each)\s+(?:of\s+the\s+)?jobs?\b|\balle\s+jobs\b|\btous\s+les\s+jobs\b|"
                           r"\btodos\s+(?:los|os)\s+jobs\b|\btutti\s+i\s+job\b|\bwszystki\w*\s+job\w*|\bвсе\s+(?:джоб\w*|задач\w*)|"
                           r"\bglobal(?:ly|e|ement|mente)?\b|\bdefault\s*:|\bdefaults?\b|すべてのジョブ|全ジョブ|全部(?:的)?(?:作业|任务)|"
                           r"所有(?:的)?(?:作业|任务|job)|모든\s*잡")


def jobs_named(text: str) -> tuple[str, ...]:
    """The job names the words write beside a word for a job ("the e2e job", "job deploy-preview", "ジョブ lint")."""
    out: list[str] = []
    for pat in (_BEFORE, _AFTER):
        for m in pat.finditer(text):
            name = m.group(1)
            if name and name.lower() not in _STOP and not re.fullmatch(r"\d+", name):
                out.append(name)
        if out:
            break  # (the name before the word for a job first: "the e2e job retry: 2", not "job retry")
    return tuple(dict.fromkeys(out))


def judge(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the newest message names one job and the edit writes into the section every job inherits;
    None otherwise."""
    w = a.write
    if w is None or not a.ctx.user_messages:
        return None
    section = next((opens for pat, opens in SECTIONS if re.search(pat, w.path)), None)
    if section is None:
        return None
    opens = re.compile(section, re.M)
    if not opens.search(w.new) or len(opens.findall(w.new)) <= len(opens.findall(w.old or "")):
        return None  # (the edit opens no new inherited section)
    text = a.ctx.user_messages[-1][:4000]
    if EVERY_JOB.search(text):
        return None
    names = jobs_named(text)
    if not names:
        return None
    return "deny", (f"you named the job {names[0]}; this edit writes a `default:` section, which every job of the "
                    "pipeline inherits")


#: Fixtures (`tests/judge/test_s24_units.py`): (words, job names read).
FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("make the dependency-scan job allow_failure in .gitlab-ci.yml", ("dependency-scan",)),
    ("rendi interrompibile solo il job deploy-preview nella .gitlab-ci.yml", ("deploy-preview",)),
    ("give the e2e job retry: 2 in .gitlab-ci.yml", ("e2e",)),
    ("lint ジョブを allow_failure にして", ("lint",)),
    ("add retry to every job", ()),
)
