"""Edits that weaken security or review (issue 11 §3): what a change removes against what it adds.

Each check is a small function over a `WriteView` (path, removed text, added text) that names the construct it
found; `effects()` turns the findings into `weaken` effects whose target says what was weakened and where, in the
words a user would use to ask for it ("skip the test ...", "make the brand-assets bucket public"), so the judge can
release a weakening the user asked for. Every check starts with a cheap substring test on the added text; counts
compare old and new, so moving a construct inside an edit is not a change.

What counts as added or removed: `files.diff`. Authentication, CORS, cookies, hashing: `files.appsec`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from automode import lazyre
from automode.dc import replace
from automode.effects import Effect
from automode.files import (
    agent_rules,
    backdoor,
    ci_triggers,
    ci_values,
    gate_generic,
    hook_configs,
    keypath_read,
    later_triggers,
    migrations,
    named,
    owners,
    review_settings,
    scan,
    settings,
    ssh_client,
    test_selection,
)
from automode.files.appsec import (
    PROD_PATH,
    auth_weakened,
    exposure,
    hashing,
    production,
    sessions,
    signature_removed,
)
from automode.files.diff import TEST_PATH, Weakening, _q, _rel, added, live
from automode.files.guards import check_dropped
from automode.files.skips import trigger_words as skip_words
from automode.files.weaken_infra import (
    HOOK_FILE,
    IAC_PATH,
    NOOP,
    PRECOMMIT_PATH,
    container_access,
    hooks_weakened,
    infrastructure,
    precommit_source,
)
from automode.files.weaken_tests import (
    RUNNER_PATH,
    TEST_CONFIG,
    TESTS_WHERE,
    retries_in_config,
    tests_narrowed,
    tests_weakened,
)
from automode.linecut import lines_with
from automode.shell import code_vocab
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

# ------------------------------------------------------------------------------------------------ gates
GATE_NUM = lazyre.compile(r"(fail_under|fail-under|--cov-fail-under|cov-fail-under|minimum_coverage|min_coverage|minimumCoverage|"
                      r"coverage_threshold|\"?(?:lines|branches|functions|statements)\"?|threshold|target)\s*[=:]?\s*(\d+(?:\.\d+)?)")  # fmt: skip
STRONG_GATES = frozenset({"fail_under", "fail-under", "--cov-fail-under", "cov-fail-under", "minimum_coverage", "min_coverage",
                          "minimumCoverage", "coverage_threshold"})  # fmt: skip
COVERAGE_CFG = lazyre.compile(r"(\.coveragerc|codecov\.ya?ml|\.nycrc(\.json|\.ya?ml)?|\.c8rc(\.json)?|jest\.config\.\w+|vitest\.config\.\w+|vite\.config\.\w+|karma\.conf\.\w+|"
                          r"\.simplecov|setup\.cfg|pyproject\.toml|tox\.ini|pytest\.ini|package\.json)$")
CODE_SUFFIX = lazyre.compile(r"\.(py|go|rs|rb|java|kt|c|cc|cpp|h|cs|swift|php)$|(?<!config)\.[jt]sx?$")
# One line-start anchor for every alternative (each alternative anchored on its own costs a try per character).
LINT_OFF = lazyre.compile(r"""^[ \t]*(?:/\*\s*eslint-disable\s*\*/|//\s*eslint-disable\s*$|#\s*ruff\s*:\s*noqa\s*$|#\s*flake8\s*:\s*noqa\s*$|"""
                      r"""#\s*type:\s*ignore\s*$|#\s*mypy:\s*ignore-errors|//\s*@ts-nocheck|#\s*pylint:\s*skip-file|"""
                      r"""ignore_errors\s*=\s*[Tt]rue|(?:strict|noImplicitAny|strictNullChecks)\s*[=:]\s*false|"""
                      r""""(?:strict|noImplicitAny|strictNullChecks)"\s*:\s*false|continue-on-error\s*:\s*true|"""
                      r"""allow_failure\s*:\s*true|soft_fail\s*:\s*true|continueOnError\s*:\s*true|failure\s*:\s*ignore|onError\s*:\s*continue|ignore_error\s*:\s*true|-?\s*if\s*:\s*(?:false|\$\{\{\s*false\s*\}\}|["']false["'])\s*$|"""
                      r"""-?\s*when\s*:\s*(?:never|manual)\s*$|(?:extend-)?ignore\s*=\s*\[\s*["']ALL["']|select\s*=\s*\[\s*\]|"""
                      r"""disable\s*=\s*["']?all["']?\s*$|"?typeCheckingMode"?\s*[=:]\s*["']off["'])""", re.M)  # fmt: skip
LINT_WORDS = ("eslint", "noqa", "type:", "mypy:", "ts-nocheck", "pylint", "ignore_errors", "strict", "noimplicitany",
              "continue-on-error", "allow_failure", "soft_fail", "continueonerror", "failure", "onerror", "ignore_error", "if:", "when:", "ignore", "select", "disable", "typecheckingmode")
#: Where ESLint rules are configured (a lock file's `"version": "0.x"` is no rule turned off).
ESLINT_CFG = lazyre.compile(r"/\.eslintrc(?:\.\w+)?$|/eslint\.config\.\w+$|/package\.json$|/\.?oxlintrc(?:\.json)?$|/biome\.jsonc?$")
ESLINT_RULE = lazyre.compile(r"""["']([@\w/-]+)["']\s*:\s*(\[?\s*["']?(?:error|warn|2|1)\b|\[?\s*["']?(?:off|0)\b)""")
#: A check whose failure is swallowed (`|| true`): a test or lint tool by name, or any program whose subcommand is a
#: check (`dbt build`, `./gradlew check`, `mvn verify`, `npm run typecheck`), not `rm -rf build || true`.
#: Test, lint and type-check commands of more ecosystems, as they are spelled on a CI step's or recipe's line (Erlang
#: rebar3/mix, OCaml dune, PHP, Ruby, Go, Kotlin, Swift, shell, C/C++, JVM and .NET builds, Dart/Flutter, Haskell,
#: Clojure, Deno, Bun, Biome, formatters in check mode).
MORE_CHECKS = (r"rebar3 (?:ct|eunit|dialyzer|xref|lint)|mix (?:test|credo|dialyzer|format --check-formatted)|dune (?:test|runtest)|"
               r"phpunit|pest|phpstan|psalm|rubocop|standardrb|golangci-lint|staticcheck|ktlint|detekt|swiftlint|shellcheck|"
               r"clang-tidy|ctest|bats|(?:\./)?gradlew? (?:test|check|lint|detekt)|(?:\./)?mvnw? (?:test|verify)|dotnet test|"
               r"swift test|xcodebuild test|flutter (?:test|analyze)|dart (?:test|analyze)|stack test|cabal test|sbt test|"
               r"lein test|deno (?:test|lint|check)|bun test|biome (?:check|lint|ci)|prettier --check|black --check")
OR_TRUE = lazyre.compile(r"(pytest|jest|vitest|npm (?:run )?test|yarn test|pnpm test|go test|cargo test|rspec|mypy|ruff|eslint|tsc|" + MORE_CHECKS + "|"
                     r"flake8|pylint|make (?:test|lint|check)|(?:^|[;&(]|run:|-\s)\s*[\w./-]+\s+(?:run\s+)?(?:test|tests|lint|check|"
                     r"verify|build|audit|scan|validate|typecheck|type-check|spec|e2e|coverage)\b)[^\n|]*\|\|\s*(true|exit 0|:)(?![\w-])", re.M)  # fmt: skip


_SECTION = lazyre.compile(r"^\s*\[\[?([^\]\n]+)\]\]?\s*$", re.M)
_CHECK_STEP = lazyre.compile(r"\b(test|tests|lint|check|pytest|jest|vitest|mocha|rspec|mypy|ruff|eslint|tsc|flake8|pylint|clippy|"
                         r"go vet|cargo test|npm (?:run )?test|coverage|e2e|typecheck|(?-i:(?:unit|integration|instrumented)?[tT]ests?[A-Z]\w*|"
                         r"\w+(?:Test|Check))|verify|audit|scan|security|sast|codeql|trivy|grype|snyk|semgrep|gitleaks|"
                         r"sobelow|brakeman|bandit|gosec|cosign|dependency-(?:scan|check|review))\b", re.I)  # fmt: skip


def _scoped(m: re.Match[str], w: WriteView) -> bool:
    """A type-check switch under a per-module section (`[mypy-legacy.*]`, `[[tool.mypy.overrides]]` with `module =`),
    or `continue-on-error` on a step that runs no test or lint: narrower than a gate turned off."""
    text = w.new
    if "ignore_errors" in m.group(0):
        head = [h.strip() for h in _SECTION.findall(text[:m.start()])]
        return bool(head) and (head[-1].startswith("mypy-") or head[-1] == "tool.mypy.overrides")
    if re.search(r"continue-on-error|allow_failure|soft_fail|continueOnError|failure|onError|ignore_error|if|when", m.group(0)):
        block = _block(text, m.start())  # the step or job it sits on
        first = block.lstrip()
        if first.startswith(("rules:", "only:", "except:")):  # GitLab `rules: - when: never`: the job holding the rules
            block = _block(text, text.rfind(first.split("\n", 1)[0], 0, m.start()))
        return not _CHECK_STEP.search(block)
    return False


def _indent(line: str) -> int:
    body = line.lstrip(" ")
    return len(line) - len(body) + (2 if body.startswith("- ") else 0)


def _block(text: str, pos: int) -> str:
    """The YAML step or job a key at `pos` belongs to: from its parent line (a job's name, a step's `- `) to the next
    line at the parent's depth or above (bounded to 4,000 characters)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    own = _indent(text[start:end if end >= 0 else len(text)])
    lines_before = text[max(0, start - 4000):start].split("\n")
    head: list[str] = []
    parent = own
    for line in reversed(lines_before):
        if not line.strip():
            continue
        head.append(line)
        ind = len(line) - len(line.lstrip(" "))
        if ind < own or (line.lstrip().startswith("- ") and ind + 2 <= own):
            parent = ind
            break
    tail: list[str] = []
    for line in text[start:start + 4000].split("\n"):
        if tail and line.strip() and len(line) - len(line.lstrip(" ")) <= parent:
            break
        tail.append(line)
    return "\n".join([*reversed(head), *tail])


def gates_lowered(w: WriteView, root: str) -> Weakening | None:
    rel = _rel(w, root)
    # A switch in a new file turns off nothing that was on; one added to an existing file (an edit, an append, an
    # in-place `sed -i '1i // @ts-nocheck'`) does.
    m = added(LINT_OFF, w, LINT_WORDS) if w.old.strip() or (w.tool == "Bash" and w.before_known) else None
    if m is not None and not _scoped(m, w):
        return Weakening("gates", f"turns a lint, type or CI check off for the whole file or project in {rel}", _q(m))
    if ('"' in w.new or "'" in w.new) and ESLINT_CFG.search(w.path):
        was = {k: v for k, v in ESLINT_RULE.findall(w.old)}
        for k, v in ESLINT_RULE.findall(w.new):
            if re.search(r"off|0", v) and k in was and not re.search(r"off|0", was[k]):
                return Weakening("gates", f"turns the lint rule {k} off for the whole project in {rel}", f"{k}: off")
    if w.old and not CODE_SUFFIX.search(w.path):
        before = {k.strip('"'): float(v) for k, v in GATE_NUM.findall(w.old)}
        for k, v in GATE_NUM.findall(w.new):
            k = k.strip('"')
            if k in before and float(v) < before[k] and (k in STRONG_GATES or COVERAGE_CFG.search(w.path)):
                return Weakening("gates", f"lowers the coverage threshold {k} from {before[k]:g} to {float(v):g} in {rel}", f"{k} {v}")
        after = {k.strip('"') for k, _ in GATE_NUM.findall(w.new)}
        gone = [k for k in before if k in STRONG_GATES and k not in after]
        if gone and w.new.strip():
            return Weakening("gates", f"removes the coverage threshold {gone[0]} ({before[gone[0]]:g}) in {rel}", gone[0])
    if w.old and (not CODE_SUFFIX.search(w.path) or gate_generic.BUILD_SCRIPTS.search(w.path)):
        low = gate_generic.lowered(live(w.old), live(w.new))
        if low is not None:
            key, old_v, new_v = low
            how = f"from {old_v:g} to {new_v:g}" if new_v >= 0 else f"({old_v:g})"
            return Weakening("gates", f"{'lowers' if new_v >= 0 else 'removes'} the coverage minimum {key} {how} in {rel}", key)
    m = added(OR_TRUE, w)
    if m is not None:
        return Weakening("gates", f"makes a failing check pass (`|| {m.group(2)}`) in {rel}", _q(m))
    if w.old and w.path.endswith(".json"):
        noop = _noop_scripts(w)
        if noop:
            return Weakening("gates", f"turns the {noop} script into one that checks nothing in {rel}", noop)
    if CI_FILE.search(w.path) and "paths-ignore" in w.new:
        code = [p for p in _ignored_paths(w.new) if p not in _ignored_paths(w.old) and not DOCS_ONLY.search(p)]
        if code:
            return Weakening("gates", f"stops the workflow's checks from running on changes to `{code[0]}` in {rel}",
                             f"paths-ignore: {code[0]}")
    if w.old and CI_FILE.search(w.path):
        runs_was, runs_now = _check_runs(w.old), _check_runs(w.new)
        gone = [c for c in runs_was if c not in runs_now]
        # A step deleted, not replaced by another command (`cargo test` -> `cargo nextest run` keeps the step).
        if gone and len(runs_now) < len(runs_was) and len(_STEP.findall(w.new)) < len(_STEP.findall(w.old)):
            return Weakening("gates", f"removes the CI step that runs `{gone[0][:60]}` from {rel}", gone[0][:80])
    return None


#: Paths whose changes no check needs to see: documentation, prose, images, issue templates.
DOCS_ONLY = lazyre.compile(r"(?i)^(?:\*\*/)?(?:docs?|documentation|\.github/(?:ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE)[^/]*|"
                           r"[\w.-]*\.(?:md|mdx|rst|txt|adoc|png|jpe?g|gif|svg)|(?:README|CHANGELOG|LICENSE|CONTRIBUTING)[\w.]*)"
                           r"(?:/\*\*?(?:/\*[\w.]*)?)?$|^\*\*/\*\.(?:md|mdx|rst|txt|adoc|png|jpe?g|gif|svg)$")  # fmt: skip
_IGNORE_BLOCK = lazyre.compile(r"^([ \t]*)paths-ignore[ \t]*:[ \t]*(\[[^\]\n]*\])?[ \t]*\n?((?:\1[ \t]+-[^\n]*\n?)*)", re.M)


def _ignored_paths(text: str) -> list[str]:
    """The patterns of every `paths-ignore:` of a workflow's triggers (block or flow list)."""
    out: list[str] = []
    for m in _IGNORE_BLOCK.finditer(text):
        items = flow_items(m.group(2)) if m.group(2) else re.findall(r"-\s*['\"]?([^'\"\n#]+?)['\"]?\s*(?:#.*)?$", m.group(3), re.M)
        out += [x.strip() for x in items if x.strip()]
    return out


def flow_items(v: str) -> list[str]:
    return [x.strip().strip("'\"") for x in v.strip()[1:-1].split(",")]


_SCRIPT = lazyre.compile(r'"((?:test|lint|typecheck|type-check|check|ci|verify|e2e)(?::[\w-]+)?)"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _noop_scripts(w: WriteView) -> str | None:
    """A package.json test/lint/check script that ran a tool and now only echoes or exits 0."""
    was: dict[str, str] = dict(_SCRIPT.findall(w.old))
    for k, v in _SCRIPT.findall(w.new):
        if k in was and NOOP.match(v) and not NOOP.match(was[k]):
            return str(k)
    return None


#: Ignore files of linters and scanners, and what in them excludes everything.
IGNORE_FILE = lazyre.compile(r"/\.(?:eslint|stylelint|semgrep|gitleaks|trivy|hadolint|markdownlint|bandit|codespell)ignore$|/\.snyk$")
IGNORE_ALL = lazyre.compile(r"^\s*(?:\*|\*\*|\*\*/\*|/\*|\.|\./|/|\*\.\*)\s*$", re.M)
CI_FILE = lazyre.compile(r"/\.github/workflows/[^/]+\.ya?ml$|/\.gitlab-ci\.ya?ml$|/\.gitlab/ci/[^/]+\.ya?ml$|/\.circleci/config\.ya?ml$|"
                     r"/azure-pipelines\.ya?ml$|/bitbucket-pipelines\.ya?ml$|/Jenkinsfile$|/\.travis\.ya?ml$|/\.buildkite/[^/]+\.ya?ml$")
#: The command of a CI step that tests, lints, type-checks or scans (its tool word and what follows on the line).
CHECK_RUN = lazyre.compile(r"\b(pytest|tox|nox|jest|vitest|mocha|rspec|go (?:test|vet)|cargo (?:test|clippy|nextest)|npm (?:run )?(?:test|lint)|"
                       r"yarn (?:test|lint)|pnpm (?:test|lint)|mypy|ruff|eslint|tsc|flake8|pylint|pyright|bandit|semgrep|gosec|"
                       r"codeql-action/analyze|trivy|gitleaks|make (?:test|lint|check)|npm audit|yarn (?:npm )?audit|pnpm audit|"
                       r"pip-audit|cargo (?:audit|deny)|bundle(?:-| exec )audit|safety check|osv-scanner|snyk test|govulncheck|"
                       r"dependency-review-action|brakeman|sobelow|mix (?:credo|sobelow|audit)|cosign verify(?:-attestation|-blob)?|"
                       r"slsa-verifier|notation verify|trufflehog|grype|checkov|tfsec|hadolint|kube-linter|zap-baseline|"
                       + MORE_CHECKS + r")\b[^\n]*")  # fmt: skip


def ignores_everything(w: WriteView, root: str) -> Weakening | None:
    m = added(IGNORE_ALL, w)
    return Weakening("gates", f"excludes every file from the checks of {_rel(w, root)}", _q(m)) if m is not None else None


_STEP = lazyre.compile(r"^\s*(?:-\s+|(?:run|script|command|sh)\s*:)", re.M)


def _check_runs(text: str) -> list[str]:
    return [" ".join(m.group(0).split()) for m in CHECK_RUN.finditer(text)]


# ------------------------------------------------------------------------------------------------ verification
# Case-sensitive on purpose (an ignore-case scan of every alternative costs ~1 µs a character): the spellings are
# the libraries' own, with both capitalisations of the values.
TLS_OFF = lazyre.compile(
    r"\.verify\s*=\s*False\b|InsecureSkipVerify\s*:\s*true|rejectUnauthorized\s*:\s*false|NODE_TLS_REJECT_UNAUTHORIZED\s*[=:]\s*['\"]?0|"
    r"_create_unverified_context|\bCERT_NONE\b|check_hostname\s*=\s*False|strict-ssl\s*=\s*false|[Ss]sl[Vv]erify\s*[=:]\s*[Ff]alse|"
    r"PYTHONHTTPSVERIFY\s*[=:]\s*['\"]?0|GIT_SSL_NO_VERIFY|danger_accept_invalid_(?:certs|hostnames)\(\s*true|"
    r"NoopHostnameVerifier|TrustAllCerts|ALLOW_ALL_HOSTNAME_VERIFIER|ssl_verify(?:_peer)?\s*[=:]\s*(?:[Ff]alse|0)|"
    r"CURLOPT_SSL_VERIFY(?:PEER|HOST)\s*,\s*(?:false|FALSE|0)|VERIFY_NONE|"
    r"\b(?:tls_skip_verify|insecure_skip_verify|skip_tls_verify)\s*[=:]\s*[Tt]rue|insecure-skip-tls-verify\s*:\s*true|"
    r"\bServerCertificateValidationCallback\s*=.*=>\s*true|"
    # A hostname or certificate check that accepts everything (JVM, Kotlin, .NET, Node's checkServerIdentity).
    r"[Hh]ostname[Vv]erifier\s*(?:=\s*)?[({]\s*\(?\s*\w+\s*,\s*\w+\s*\)?\s*->\s*true|"
    r"boolean\s+verify\s*\(\s*String\s+\w+\s*,\s*SSLSession\s+\w+\s*\)\s*\{\s*return\s+true|"
    r"checkServerIdentity\s*:\s*\(\)\s*=>\s*(?:undefined|null)|void\s+checkServerTrusted\s*\([^)]*\)\s*(?:throws\s+\w+\s*)?\{\s*\}|"
    # every language's own spellings, and configuration keys (`automode.shell.code_vocab.TLS_OFF`, with fixtures)
    + "|".join(code_vocab.group(p) for ps in code_vocab.TLS_OFF.values() for p in ps)
)  # fmt: skip
# `verify=False` is a keyword of many APIs; it turns TLS off when the line is an HTTP call.
VERIFY_KW = lazyre.compile(r"\bverify\s*=\s*False\b")
HTTP_CALL = lazyre.compile(r"\b(?:requests|httpx|session|Session|client|Client|aiohttp|urlopen)\b|\.(?:get|post|put|patch|delete|request|head)\(")
# `none` anywhere in the accepted algorithms, or HMAC accepted beside a public-key algorithm (the key confusion of
# auth0.com/blog/critical-vulnerabilities-in-json-web-token-libraries: the public key verifies an HS256 forgery).
JWT_OFF = lazyre.compile(r"verify_signature['\"]?\s*:\s*False|algorithms?\s*[=:]\s*\[?[^\]\n]{0,80}?['\"][Nn][Oo][Nn][Ee]['\"]|"
                     r"algorithms?\s*[=:]\s*\[[^\]\n]{0,80}?['\"](?:RS|ES|PS)\d+['\"][^\]\n]{0,80}?['\"]HS\d+['\"]|"
                     r"algorithms?\s*[=:]\s*\[[^\]\n]{0,80}?['\"]HS\d+['\"][^\]\n]{0,80}?['\"](?:RS|ES|PS)\d+['\"]|"
                     r"jwt\.decode\([^)\n]*verify\s*=\s*False|ignoreExpiration\s*:\s*true|\.setSkipSignatureVerification|"
                     r"jwt\.ParseUnverified\(|\.parseUnsecuredClaims\(|"
                     # more languages (session 11, S5): Ruby jwt `decode(t, nil, false)`, Rust jsonwebtoken, Elixir Joken,
                     # go-jose, .NET a no-op SignatureValidator or ReadJwtToken instead of ValidateToken
                     r"\bJWT\.decode\([^)\n]*,\s*(?:false|verify:\s*false)\s*[,)]|\binsecure_disable_signature_validation\(|"
                     r"\bJoken\.peek(?:_claims|_header)?\(|\bUnsafeClaimsWithoutVerification\(|\bSignatureValidator\s*=|"
                     r"\bReadJwtToken\(|\bverify_signature:\s*false|\bvalidate_exp\s*=\s*false")  # fmt: skip


def _http_verify_off(text: str) -> list[str]:
    out = []
    for m in VERIFY_KW.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
        if HTTP_CALL.search(line):
            out.append(line.strip())
    return out


VERIFY_WORDS = ("verif", "reject", "cert_none", "checkserver", "hostname", "danger_accept", "trustall", "'none'", '"none"', "expiration",
                "jwt.decode", "joken.peek", "unsafeclaims", "signaturevalidator", "readjwttoken", "validate_exp",
                "hs256", "hs384", "hs512",
                "unsecured", "servercertificate", "strict-ssl", "insecure", "skipcertificatecheck", "urlcredential(trust",
                "disabledtrustevaluator", "disabledevaluator", "nocertificateverification", "dangerous()", "trustallcertspolicy",
                "ssl_verifypeer", "withoutverifying", "allow_self_signed", "allowsexpired", "badcertificate")


def verification_off(w: WriteView, root: str) -> Weakening | None:
    if TEST_PATH.search(w.path) and ".rs" not in w.path[-3:]:
        return None  # tests talk to local servers with throwaway certificates
    if len(w.new) + len(w.old) > 4000:
        # Both patterns are line-local: read only the lines holding a trigger word (a large file costs its scan).
        w = replace(w, new=lines_with(w.new, VERIFY_WORDS), old=lines_with(w.old, VERIFY_WORDS))
    m = added(JWT_OFF, w)
    if m is not None:
        return Weakening("verify", f"turns token signature verification off in {_rel(w, root)}", _q(m))
    m = added(TLS_OFF, w)
    if m is not None:
        return Weakening("verify", f"turns TLS certificate verification off in {_rel(w, root)}", _q(m))
    calls = _http_verify_off(w.new)
    if len(calls) > len(_http_verify_off(w.old)):
        return Weakening("verify", f"turns TLS certificate verification off in {_rel(w, root)}", calls[0][:80])
    return None

# ------------------------------------------------------------------------------------------------ CI and review
WORKFLOW = lazyre.compile(r"/\.github/workflows/[^/]+\.ya?ml$")
PR_HEAD = lazyre.compile(r"github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs/pull/\S*/(?:head|merge)|"
                     r"github\.event\.workflow_run\.head_(?:sha|branch)")  # fmt: skip
# A secret printed into the job log, or encoded first so that the log's masking misses it. Piping it into a login
# (`--password-stdin`) or writing it into a config file is how CI uses secrets.
ECHO_SECRET = lazyre.compile(r"(?:echo|printf)\b[^\n|>]*\$\{\{\s*secrets\.[\w-]+\s*\}\}[^\n|>]*(?:$|\|\s*(?:base64|xxd|od|rev|sed|tr)\b)", re.M)
WRITE_ALL = lazyre.compile(r"^\s*permissions\s*:\s*write-all\b", re.M)
AUTOMERGE = lazyre.compile(r"\"?automerge\"?\s*[:=]\s*true|gh pr merge[^\n]*--(?:auto|admin)|enable-automerge|"
                       r"required_approving_review_count\s*[:=]\s*0|enforce_admins\s*[:=]\s*false|dismiss_stale_reviews\s*[:=]\s*false|"
                       r"require_code_owner_reviews\s*[:=]\s*false|allow_force_pushes\s*[:=]\s*true")  # fmt: skip


#: An owner that is an app or automation account: it approves whatever the agent or a workflow asks it to.
BOT_OWNER = lazyre.compile(r"@[\w/-]*(?:\[bot\]|[-_/](?:bot|bots|automation|ci|actions)\b)", re.I)


REVIEW_PATH = lazyre.compile(r"/\.github/workflows/[^/]+\.ya?ml$|CODEOWNERS$|(renovate\.json5?|\.renovaterc(\.json)?|\.mergify\.ya?ml|"
                         r"/\.github/settings\.ya?ml|dependabot\.ya?ml|branch[_-]protection[^/]*|\.tf)$")


def ci_and_review(w: WriteView, root: str) -> Weakening | None:
    rel = _rel(w, root)
    if WORKFLOW.search(w.path):
        if "pull_request_target" in (w.new + w.old) and PR_HEAD.search(w.new) and not PR_HEAD.search(w.old):
            return Weakening("ci", f"runs pull-request code from forks with the base repository's token and secrets "
                             f"(pull_request_target + checkout of the PR head) in {rel}", _q(PR_HEAD.search(w.new)))  # type: ignore[arg-type]  # fmt: skip
        switched = ci_triggers.target_switched(w, rel, PR_HEAD)
        if switched is not None:
            return switched
        m = added(WRITE_ALL, w)
        if m is not None:
            return Weakening("ci", f"grants the workflow token write access to everything in {rel}", _q(m))
        m = added(ECHO_SECRET, w)
        if m is not None:
            return Weakening("ci", f"prints or sends a repository secret from a workflow step in {rel}", _q(m))
    if w.path.endswith("CODEOWNERS") and w.old:
        gone = owners.loosened(w.old, w.new)
        if gone:
            return Weakening("review", f"removes code owners from {rel}: {gone}", gone)
    if w.path.endswith("CODEOWNERS") and not w.before_known and w.new.strip():
        return Weakening("review-rewrite", f"writes {rel} over whole: who must review what may have changed (its "
                         f"previous content is not known)", "")
    if w.path.endswith("CODEOWNERS"):
        bots = [b for b in BOT_OWNER.findall(w.new) if b not in w.old]
        if bots:
            return Weakening("review", f"makes the automation account {bots[0]} a code owner, whose approval then "
                             f"satisfies review, in {rel}", bots[0])
    if re.search(r"(renovate\.json5?|\.renovaterc(\.json)?|\.mergify\.ya?ml|/\.github/settings\.ya?ml|dependabot\.ya?ml|"
                 r"/\.github/workflows/[^/]+\.ya?ml|branch[_-]protection[^/]*|\.tf)$", w.path):
        m = added(AUTOMERGE, w)
        if m is not None:
            return Weakening("review", f"lets changes merge without review ({_q(m)}) in {rel}", _q(m))
        loose = review_settings.loosened(w.old, w.new)
        if loose:
            return Weakening("review", f"loosens what a merge requires ({loose}) in {rel}", loose)
    return None


# ------------------------------------------------------------------------------------------------ table
#: Check -> (substrings of the path one of which it needs, or () for every path; the path pattern; trigger words of
#: the lower-cased added text one of which it needs; whether it also runs when the old text is known; function).
#: Checks for every path gate on the one-pass scan (`files.scan`); path-gated ones test their words directly, after
#: the path matched. No regular expression runs on an ordinary edit.
Check = tuple[tuple[str, ...], re.Pattern[str] | None, frozenset[str], bool, Callable[["WriteView", str], "Weakening | None"]]
CHECKS: tuple[Check, ...] = (
    (("test", "spec", "Test", "Spec", "SUITE", ".rs", ".zig", ".t", ".bats", ".robot", ".feature"), TESTS_WHERE,
     skip_words() | frozenset({"assert", "expect", "true", "items", "add_marker", "collect_ignore", "deselected", "pass", "...", "return",
                               "{}"}), True, tests_weakened),
    (("workflows", "gitlab", "circleci", "pipelines", "Jenkinsfile", "travis", "buildkite", "drone", "woodpecker", "Makefile",
      "justfile", "Taskfile", "package.json", "composer.json", "tox.ini", "noxfile", "script", "ci/", "tools/"), RUNNER_PATH,
     frozenset({"skip", "-x ", "--exclude", "--deselect", "-k ", "ignore", "--filter", "--tag", "--grep-invert", "test_tag_filters"}),
     False, tests_narrowed),
    (("config", "mocharc", "pytest.ini", "pyproject", "setup.cfg", "tox.ini", ".rspec", "package.json"), TEST_CONFIG,
     frozenset({"retr", "rerun", "flaky"}), False, retries_in_config),
    (("config", "conf", "rc", "pytest", "pyproject", "setup.cfg", "tox", "phpunit", ".rspec", "_helper", "dart_test", "bunfig", "codecov",
      "nextest", "tarpaulin", "runsettings", "testcoverage", "package.json", "deno.json", "pom.xml", "build.", "mix.exs", "Cargo.toml",
      "sonar", "angular.json", "jasmine", "test", "spec", "coverage", "Package.swift"),
     lazyre.compile(test_selection.RUNNERS.pattern + "|" + test_selection.SHARED.pattern + "|" + test_selection.NAMED.pattern),
     frozenset({"exclu", "ignore", "omit", "skip", "deselect", "norecursedirs", "blacklist", "denylist", "add_filter", "\"!", "'!",
                "filter", "grep", "tag"}), False,
     test_selection.narrowed),
    ((), None, scan.register({"eslint", "noqa", "type: ignore", "mypy:", "nocheck", "skip-file", "ignore_errors", "strict",
                              "continue-on-error", "soft_fail", "continueonerror", "failure: ignore", "onerror", "ignore_error", '"rules"', "|| ", '"test', '"lint', '"check', "typecheckingmode", "allow_failure", "if:", "when: never", '"all"', "'all'",
                              "select", "disable"}), True, gates_lowered),
    ((), None, scan.register(VERIFY_WORDS), False, verification_off),
    ((), None, scan.register({"csrf", "forgery", "skip_before", "allowany", "permitall", "allowanonymous", "authentication_classes",
                              "permission_classes"}), True, auth_weakened),
    ((), None, scan.register({"header", "meta[", ".meta.get", "http_x", "cookies", ".query", "params[", "getheader"}), False, backdoor.bypassed),
    ((), None, scan.register({"credentials", "allowcredentials", "supports_credentials", "origin"}), False, exposure),
    ((), None, frozenset(), True, signature_removed),
    ((), None, frozenset(), True, check_dropped),
    ((), None, scan.register({"rounds", "cost", "hasher", "md5", "sha1", "sha256", "gensalt", "iterations", "stretches", "encoder"}), False, hashing),
    ((), None, scan.register({"cookie", "samesite", "same_site", "httponly", "http_only", "secure", "lifetime", "expir", "ttl",
                              "max_age", "maxage", "_age", "timeout", "remember_for"}), False, sessions),
    (("prod", "Prod", "PROD", "live"), PROD_PATH, frozenset({"debug", "allowed_hosts", "secure", "force_ssl", "rounds", "stretches",
                                                             "cost", "hasher", "encoder", "reloader"}), False, production),
    ((".tf", ".hcl", ".bicep", ".yml", ".yaml", ".json", ".template"), IAC_PATH,
     frozenset({"0.0.0.0/0", "::/0", "*", "internet", "public", "acl", "allusers", "allauthenticated", "principal", "identifiers",
                "administrator", "privileged", "host", "escalation", "docker.sock"}), False, infrastructure),
    ((), None, scan.register({"privileged", "docker.sock", "/:/", "source=/,", "pid:", "pid=", "--pid", "cap_add", "cap-add", "localenv",
                              "containerd.sock", "podman.sock", "crio.sock", "/etc:", "/root:", "/home:", "/proc:", "/sys:", "/dev:",
                              "/boot:", "/var/lib/docker", "~:", "home}:", "$home:", "ipc:", "uts:", "userns_mode", "volume=/",
                              "volume=%h", "podmanargs", "addcapability", "securitylabeldisable", "network=host", "synced_folder",
                              "network_mode", "--net", ".ssh", ".aws", ".kube", "unconfined", "label:disable", "label=disable"}),
     False, container_access),
    (("migrat", "Migrat", "versions", "changelog", "changeLog", "/V", "/R__", "Migrate", "/deploy/", "drizzle", "models", "dbt_project", "macros",
      ".sqlx", "definitions"), lazyre.compile(migrations.MIGRATION_PATH.pattern + "|" + migrations.HOOK_FILE.pattern),
     frozenset({"drop", "remov", "delet", "truncat", "destroy", ".del(", "unset", "update"}), False, migrations.destroyed),
    (("ignore", ".snyk"), IGNORE_FILE, frozenset({"*", ".", "/"}), False, ignores_everything),
    (("pre-commit",), PRECOMMIT_PATH, frozenset({"rev:", "repo:"}), False, precommit_source),
    ((".husky", "hooks", "pre-commit"), lazyre.compile(HOOK_FILE.pattern + "|" + PRECOMMIT_PATH.pattern), frozenset({"exit", "true", ":", "echo"}),
     True, hooks_weakened),
    (("workflows", "gitlab", "pipelines", "circleci", "buildkite"), CI_FILE, frozenset(), True, ci_triggers.weakening),
    (("workflows", "gitlab", "pipelines", "circleci", "buildkite", "Jenkinsfile", "travis"), CI_FILE, frozenset(ci_values.WORDS),
     False, ci_values.weakening),
    (("lefthook", "overcommit", "pre-commit", "package.json", "lintstaged"), hook_configs.PATH,
     frozenset({"skip", "enabled", "stages", "exclude", "files", "{}"}), True, hook_configs.weakening),
    ((".github", "CODEOWNERS", "renovate", "mergify", "dependabot", "protection", ".tf"), REVIEW_PATH,
     frozenset({"pull_request", "head", "refs/pull", "write-all", "secrets.", "automerge", "merge", "required_", "enforce_admins",
                "dismiss_stale", "code_owner", "force_pushes", "@"}) | review_settings.WORDS, True, ci_and_review),
)  # fmt: skip


#: The trigger words of the settings table (`files.settings_table`): a setting is read only when one is in the text.
SETTING_WORDS = scan.register(settings.trigger_words())
_PATH_HINT = lazyre.compile("|".join(re.escape(h) for c in CHECKS for h in c[0]))
DOC_SUFFIXES = (".md", ".mdx", ".markdown", ".rst", ".txt", ".adoc", ".org", ".rdoc", ".textile")
#: Build files that end like prose.
NOT_PROSE = lazyre.compile(r"/CMakeLists\.txt$|/meson_options\.txt$|/meson\.options$")


def weakenings(w: WriteView, root: str, low: str | None = None, found: frozenset[str] | None = None) -> list[Weakening]:
    """Every weakening in one change. `low`/`found`: the lower-cased new text and its scan hits, when the caller has them."""
    out: list[Weakening] = []
    path = w.path
    rel = "/" + _rel(w, root)  # path hints are read below the project root (`/testbed/...` is not a test path)
    if low is None:
        low = w.new.lower()
    if found is None:
        found = scan.hits(low)
    # agent instructions (prose), SSH client entries, triggers of what runs later (schedules, restart, lifecycle)
    for read in (agent_rules.weakening, ssh_client.weakening, later_triggers.weakening):
        found_here = read(w)
        if found_here is not None:
            out.append(found_here)
    quiet = not found and not w.before_known  # no trigger word, nothing removed: only path-gated checks can fire
    if quiet and _PATH_HINT.search(rel) is None:
        return out  # the common case: one scan and one search of the path
    doc = path.endswith(DOC_SUFFIXES) and not NOT_PROSE.search(path)  # prose about a construct is not the construct
    for in_path, where, words, on_removal, fn in CHECKS:
        if (quiet and not in_path) or doc:
            continue
        if in_path:
            if (fn is tests_weakened and not w.before_known) or not any(map(rel.__contains__, in_path)) \
                    or where is None or where.search(path) is None:  # fmt: skip
                continue
            gate = (on_removal and w.before_known) or any(map(low.__contains__, words))
        else:
            gate = (on_removal and w.before_known) or not words.isdisjoint(found)
        if gate:
            hit = fn(w, root)
            if hit is not None:
                out.append(hit)
    if not doc:
        old_found = scan.hits(w.old.lower()) if w.old else frozenset()
        words = (found | old_found) & SETTING_WORDS
        if words:
            out += settings.weakenings(w, root, words)
        if not out and not (named.TRIGGERS.isdisjoint(found) and named.TRIGGERS.isdisjoint(old_found)):
            hit = named.weakened(w, root)  # the general form: any security-named setting made weaker
            if hit is not None:
                out.append(hit)
        # key paths and rule shapes whose value switches a control off or opens it to everyone (`keypath_read`)
        out += keypath_read.weakenings(w, root, found | old_found, out)
    return out


def effects(w: WriteView, root: str, low: str | None = None, found: frozenset[str] | None = None) -> list[Effect]:
    return [Effect("weaken", h.what, detail=h.detail, origin=h.check, content=w.path) for h in weakenings(w, root, low, found)]
