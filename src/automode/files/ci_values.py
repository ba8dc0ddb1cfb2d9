"""What a CI file's values mean beyond one system's spelling (session 14, class E3), read by `files.weaken.CHECKS` for
GitHub Actions, GitLab CI, Azure Pipelines, Bitbucket Pipelines, CircleCI, Jenkins, Buildkite, Drone and Travis:

* a secret printed into the job log, in each system's spelling of a secret (`${{ secrets.X }}`, `$(X)`, `$X` /
  `${X}` / `%X%` of a variable named like a credential, `env.X` in Groovy), or encoded past the log's masking
  (`ci`, AM-WRITE-009: denied). Piping it into a login (`--password-stdin`) or writing it into a file is how CI
  uses secrets and is not matched;
* a self-hosted runner for a workflow that runs on pull requests (`ci-ask`): a fork's code runs on a machine that
  outlives the job;
* write permissions added to the token of a workflow that runs on pull requests (`ci-ask`): what a step, or an
  action it pulls, may then change for whoever opened the pull request.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import Weakening, _q, _rel, added
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: A variable named like a credential (upper case, as CI systems spell variables).
_SECRET_NAME = r"[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH|PAT|DSN)[A-Z0-9_]*"
_SECRET_REF = (r"(?:\$\{\{\s*secrets\.[\w-]+\s*\}\}|\$\(\s*" + _SECRET_NAME + r"\s*\)|\$\{?" + _SECRET_NAME + r"\}?(?![\w])|%"
               + _SECRET_NAME + r"%|\benv\." + _SECRET_NAME + r"\b|\$env:" + _SECRET_NAME + r"\b)")
#: A print of a secret (to the end of the line, or into an encoder); not into a pipe to a login or a redirect.
PRINTED = lazyre.compile(r"(?:\becho|\bprintf|\bWrite-Host|\bWrite-Output|\bprint(?:ln)?|\bputs|\bcat\s*<<<)\b[^\n|>]*" + _SECRET_REF
                         + r"""[^\n|>]*(?:$|\|\s*(?:base64|xxd|od|rev|sed|tr|openssl\s+(?:base64|enc))\b)""", re.M)
#: `set -x` / `bash -x` around secrets would print them too, but is everyday debugging: not read.
#: A GitHub workflow's pull-request trigger (`pull-requests: write` is a permission, not a trigger).
_PR_TRIGGER = lazyre.compile(r"(?m)^\s*(?:-\s*)?pull_request(?:_target)?\b(?!-)|^\s*on\s*:\s*\[?[^\n]*\bpull_request\b")
SELF_HOSTED = lazyre.compile(r"(?m)^\s*runs-on\s*:\s*(?:\[[^\]\n]*)?[\"']?self-hosted\b|^\s*-\s*self-hosted\s*$")
#: Scopes that change the repository, publish or deploy (`pull-requests: write` to label or comment is what a PR bot needs).
WRITE_SCOPE = lazyre.compile(r"(?m)^\s*(?:contents|packages|id-token|actions|deployments|pages|attestations|security-events)\s*:\s*write\b")
WORDS = ("echo", "printf", "write-host", "write-output", "print", "puts", "cat", "self-hosted", "write")


def weakening(w: WriteView, root: str) -> Weakening | None:
    rel = _rel(w, root)
    m = added(PRINTED, w)
    if m is not None and not re.search(r"--password-stdin|>\s*\S|::add-mask::|##vso\[", m.group(0)):
        return Weakening("ci", f"prints a secret into the CI job log in {rel}", _q(m))
    if "/.github/workflows/" in w.path:
        m = added(SELF_HOSTED, w)
        if m is not None and "self-hosted" in m.group(0) and _PR_TRIGGER.search(w.new + "\n" + w.old):
            return Weakening("ci-ask", f"runs pull-request jobs on a self-hosted runner in {rel}: a fork's code runs on a "
                             "machine that keeps what it leaves behind", _q(m))
        m = added(WRITE_SCOPE, w)
        if m is not None and _PR_TRIGGER.search(w.new + "\n" + w.old):  # (a release workflow on push needs `contents: write`)
            return Weakening("ci-ask", f"gives the workflow token write access ({_q(m)}) in {rel}", _q(m))
    return None
