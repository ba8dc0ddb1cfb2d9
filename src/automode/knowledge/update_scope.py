"""Dependency updates and cache clears whose bare form takes every entry (session 28, T6: a scope wider than the one
named). The update rows are `knowledge.slips.WIDE_UPDATES` (session 16); this module adds the cache stores and the
programs to gate on.

"run composer update for symfony/http-kernel only" answered with `composer update`: without a package operand the
update re-resolves every dependency of the lockfile, not the one named. Per package manager (sources: each tool's
reference): the subcommand words that update, the options that keep it to named packages (their value is a package),
and the options that widen it on purpose. A command of a row with no package operand and no narrowing option is the
whole lockfile.

composer(1) `update [packages]`; npm-update(1) `npm update [pkg]`; yarn v1 `upgrade [pkg]`, berry `up <pkg>`; pnpm
`update|up|upgrade [pkg]`; bun `update [pkg]`; poetry `update [pkg]`; pdm `update [pkg]`; pipenv `update|upgrade
[pkg]`; uv `lock --upgrade` (vs `--upgrade-package/-P pkg`), `sync --upgrade`; pip-compile `--upgrade|-U` (vs
`--upgrade-package|-P`); bundler `update [gems]` (`--all`); cargo `update` (vs `-p/--package`); go `get -u ./...|all`
(a package path is one); mix `deps.update --all` (vs names); gem `update [gems]`; brew `upgrade [formulae]`; dart/flutter
`pub upgrade [pkg]`; conda/mamba `update --all`; npm-check-updates `ncu -u` (vs names or `--filter`); dotnet-outdated
`-u` (vs `-inc`).
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command


def whole(cmd: Command) -> str:
    """The update `cmd` makes to every locked package ("composer update"), "" when it names its packages or is none:
    `knowledge.slips.WIDE_UPDATES`' rows (every ecosystem's bare or `--all` form), read by `slips.wide_update`."""
    from automode.knowledge.slips import wide_update

    return wide_update(cmd.name, [w.value for w in cmd.argv[1:]])


#: Fixtures: (command, what `whole` says).
CASES: tuple[tuple[str, str], ...] = (
    ("composer update", "composer update"),
    ("composer update symfony/http-kernel --with-dependencies", ""),
    ("npm update", "npm update"),
    ("npm update lodash", ""),
    ("pnpm up --filter web", ""),
    ("poetry update", "poetry update"),
    ("poetry update requests", ""),
    ("bundle update", "bundle update"),
    ("bundle update rack --conservative", ""),
    ("cargo update", "cargo update"),
    ("cargo update -p serde", ""),
    ("uv lock --upgrade", "uv lock"),
    ("uv lock --upgrade-package httpx", ""),
    ("go get -u ./...", "go get"),
    ("go get -u golang.org/x/net", ""),
    ("mix deps.update --all", "mix deps.update"),
    ("mix deps.update plug", ""),
    ("brew upgrade", "brew upgrade"),
    ("npm install", ""),
)

def _wide_rows() -> tuple[tuple[str, tuple[str, ...], str, frozenset[str]], ...]:
    from automode.knowledge.slips import WIDE_UPDATES

    return WIDE_UPDATES


#: Commands that empty a whole cache store where a key-level form exists (laravel.com/docs/cache: `cache:clear` vs
#: `cache:forget KEY`; Symfony `cache:pool:clear POOL` vs `cache:pool:delete POOL KEY`; Django has no CLI form; Rails
#: `tmp:cache:clear`, `Rails.cache.clear`; `redis-cli FLUSHDB` is the store rules' own): program, the clearing path.
_CLEARS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("artisan", ("cache:clear",)), ("artisan", ("optimize:clear",)),
    ("console", ("cache:pool:clear",)), ("bin/console", ("cache:pool:clear",)),
    ("rails", ("tmp:cache:clear",)), ("rake", ("tmp:cache:clear",)),
    ("wp", ("cache", "flush")), ("drush", ("cache:rebuild",)), ("drush", ("cr",)),
    ("magento", ("cache:flush",)), ("bin/magento", ("cache:flush",)),
)
PROGRAMS = frozenset({r[0] for r in _wide_rows()} | {"npx", "pnpx", "bunx", "php"} | {n.rsplit("/", 1)[-1] for n, _ in _CLEARS})


def clears(cmd: Command) -> str:
    """The command that empties a whole cache store ("artisan cache:clear"), "" otherwise."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [w.value for w in cmd.argv[1:] if not w.value.startswith("-")]
    if name in ("php", "bash", "sh") and words:
        name, words = words[0].rsplit("/", 1)[-1], words[1:]
    for prog, path in _CLEARS:
        if prog.rsplit("/", 1)[-1] == name and tuple(words[:len(path)]) == path:
            return f"{name} {' '.join(path)}"
    return ""
