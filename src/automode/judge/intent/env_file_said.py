"""The environment said for a settings file, another environment's file loaded (session 27, class R1, helper `said`).

"run the k6 smoke test against the dev config" answered with `k6 run --config k6/prod.json`, "upgrade the release
with the staging values" with `helm upgrade -f values-prod.yaml`, "start it with the test configuration" with
`docker compose --env-file .env.production up`: the program and the act are the ones named, but the file that says
where the act lands (its host, its load, its credentials) is another environment's. Read for any program: an option
whose name says it loads settings (`--config`, `--config-file`, `--values`, `--var-file`, `--env-file`,
`--settings`, `--inventory`, `--kubeconfig`, `--defaults-file`, …; a short `-c`/`-f`/`-e`/`-i` only when its value
is a settings file by its extension) and a file name whose parts carry an environment marker
(`knowledge.envmarkers.env_of`: `prod.json`, `values-prod.yaml`, `.env.production`, `conf/stg.conf`). The request
side is the one environment the newest message naming one names (`envdrift.asked_env`). Another environment than
the one said is refused; this machine and dev count as one (a local run with the dev file). Build and lint tools
(`webpack --config webpack.prod.js`) take a build mode, not a target, and are left to the other rules.
`changed(a)` returns ("deny", why) or None; read on clean allows (`judge._release_checks`).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Long options whose value is a settings, values, inventory or env file (any program).
_LONG = lazyre.compile(r"^--?(?:config(?:-?files?|-?path)?|conf|configuration|settings(?:-file)?|values|values-file|"
                       r"var-?file|vars-file|extra-vars-file|env-?file|environment-file|inventory(?:-file)?|"
                       r"kubeconfig|talosconfig|defaults-(?:extra-)?file|defaultsFile|command-config|options-path|"
                       r"params(?:-file)?|parameters(?:-file)?|secrets-file|profile-file|properties(?:-file)?)$", 0)
#: Short options that load a file only when the value is a settings file by its extension.
_SHORT = frozenset({"-c", "-f", "-e", "-i", "-C", "-F", "-p"})
_SETTINGS_FILE = lazyre.compile(r"(?i)(?:\.(?:json|ya?ml|toml|ini|conf|cfg|env|tfvars|properties|hcl|xml|jsonc|json5|"
                                r"config)$|(?:^|/)\.env(?:\.[\w-]+)?$)")
#: Programs whose config option is a build or lint mode, not where anything lands.
_BUILD = frozenset({"webpack", "vite", "rollup", "esbuild", "tsc", "babel", "jest", "vitest", "eslint", "prettier",
                    "stylelint", "next", "nuxt", "ng", "parcel", "tsup", "swc", "mocha", "karma", "cypress",
                    "playwright", "pytest", "ruff", "mypy", "black", "flake8", "pylint", "rubocop", "golangci-lint",
                    "markdownlint", "commitlint", "lint-staged", "storybook", "gulp", "grunt", "make", "cmake",
                    "gradle", "mvn", "sbt", "cargo", "dotnet", "msbuild", "bazel", "electron-builder"})


def _files(words: list[str]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(words):
        key, eq, val = w.partition("=")
        if not key.startswith("-"):
            continue
        if eq:
            v = val
        elif i + 1 < len(words):
            v = words[i + 1]
        else:
            continue
        v = v.strip("'\"")
        if not v or v.startswith("$"):
            continue
        if _LONG.match(key) and ("." in v.rsplit("/", 1)[-1] or "/" in v):
            out += [f for f in v.split(",") if f]
        elif key in _SHORT and not eq and _SETTINGS_FILE.search(v):
            out.append(v)
    return out


def loaded_envs(a: Analysis) -> list[tuple[str, str]]:
    """(file, its environment) for each settings file a command of the action loads by an option."""
    from automode.knowledge.envmarkers import env_of

    out: list[tuple[str, str]] = []
    for c in a.commands:
        if c.name.rsplit("/", 1)[-1] in _BUILD:
            continue
        for f in _files([w.value for w in c.argv[1:] if not w.dynamic]):
            base = f.rstrip("/").rsplit("/", 1)[-1]
            env = env_of(base) or env_of(f)
            if env:
                out.append((f, env))
    return out


def _same(said: str, got: str) -> bool:
    return said == got or {said, got} <= {"local", "dev"}


def changed(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when the newest message naming an environment names one and a settings file another's is loaded."""
    msgs = tuple(a.ctx.user_messages)
    if not msgs or not a.shell or not a.commands:
        return None
    got = loaded_envs(a)
    if not got:
        return None
    from automode.judge.intent.envdrift import _reads_only, asked_env

    said = asked_env(msgs)
    if not said:
        return None
    newest = msgs[-1].lower()
    for f, env in got:
        if _same(said, env) or f.lower().rsplit("/", 1)[-1] in newest:
            continue
        if _reads_only(a) is True:
            return None
        named = "this machine" if said == "local" else said
        return "deny", f"you named {named}; `{f}` is the {env} settings file, so the act lands on {env}"
    return None
