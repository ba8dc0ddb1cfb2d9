"""Vendors' own install scripts: which host serves the official `curl … | sh` of which tool (AM-RCE-001, the judge).

Running a downloaded script is denied (AM-RCE-001). The user's words change that only as far as they reach:
* the tool's vendor serves the script and the user asked for the tool ("install deno"): ask, the method was not
  agreed; "install deno, their install script is fine": allow (`judge.intent.installers`);
* the script is the tool's one documented way in (`rustup`, `ghcup`, Homebrew): asking for the tool is asking for it;
* any other host (a mirror, a gist, someone's repository named like the tool): the deny stands, whatever was asked.

A vendor is known by this table, or by its own domain carrying the tool's name (`get.pnpm.io` for "pnpm",
`tailscale.com` for "tailscale"); code-hosting sites are never a vendor by name (`raw.githubusercontent.com/x/rust-
setup` is not Rust's), only by the repository paths listed here. Facts from each tool's install page (one line per
row: the page, as the tool's docs give it).
"""

from __future__ import annotations

from functools import cache

#: (names users call the tool by, URL prefixes without scheme, the script is the documented primary way to install)
Row = tuple[frozenset[str], tuple[str, ...], bool]


def _row(names: str, prefixes: str, canonical: bool = False) -> Row:
    return frozenset(names.split()), tuple(prefixes.split()), canonical


ROWS: tuple[Row, ...] = (
    _row("rustup rust cargo rustc", "sh.rustup.rs", True),  # rust-lang.org/tools/install
    _row("ghcup ghc haskell cabal", "get-ghcup.haskell.org", True),  # haskell.org/ghcup/install
    _row("homebrew brew", "raw.githubusercontent.com/homebrew/install/", True),  # brew.sh
    _row("nvm", "raw.githubusercontent.com/nvm-sh/nvm/", True),  # github.com/nvm-sh/nvm#install--update-script
    _row("oh-my-zsh ohmyzsh", "raw.githubusercontent.com/ohmyzsh/ohmyzsh/ install.ohmyz.sh", True),  # ohmyz.sh
    _row("sdkman sdk", "get.sdkman.io", True),  # sdkman.io/install
    _row("juliaup julia", "install.julialang.org", True),  # julialang.org/downloads (juliaup on Linux/macOS)
    _row("elan lean", "raw.githubusercontent.com/leanprover/elan/", True),  # lean-lang.org/lean4/doc/setup
    _row("pyenv", "pyenv.run", True),  # github.com/pyenv/pyenv-installer
    _row("volta", "get.volta.sh", True),  # docs.volta.sh/guide/getting-started
    _row("foundry foundryup forge anvil", "foundry.paradigm.xyz", True),  # book.getfoundry.sh/getting-started/installation
    _row("nix", "nixos.org/nix/install install.determinate.systems/nix", True),  # nixos.org/download
    _row("k3s", "get.k3s.io", True),  # docs.k3s.io/quick-start
    _row("flyctl fly", "fly.io/install.sh", True),  # fly.io/docs/flyctl/install
    _row("pulumi", "get.pulumi.com", True),  # pulumi.com/docs/install
    _row("ollama", "ollama.com/install.sh", True),  # ollama.com/download/linux
    _row("meteor", "install.meteor.com", True),  # docs.meteor.com/install
    _row("scoop", "get.scoop.sh", True),  # scoop.sh (PowerShell: `irm get.scoop.sh | iex`)
    _row("chocolatey choco", "community.chocolatey.org/install.ps1 chocolatey.org/install.ps1", True),  # chocolatey.org/install
    _row("uv", "astral.sh/uv/", False),  # docs.astral.sh/uv/getting-started/installation (also pip, brew)
    _row("ruff", "astral.sh/ruff/", False),  # docs.astral.sh/ruff/installation
    _row("rye", "rye.astral.sh/get", False),  # rye.astral.sh/guide/installation
    _row("poetry", "install.python-poetry.org", False),  # python-poetry.org/docs/#installation (pipx first)
    _row("deno", "deno.land/install.sh deno.land/install.ps1 deno.land/x/install/", False),  # docs.deno.com/runtime/getting_started/installation
    _row("bun", "bun.sh/install", False),  # bun.sh/docs/installation (also npm)
    _row("pnpm", "get.pnpm.io", False),  # pnpm.io/installation (also corepack, npm)
    _row("tailscale", "tailscale.com/install.sh", False),  # tailscale.com/download/linux (also packages)
    _row("docker", "get.docker.com test.docker.com", False),  # docs.docker.com/engine/install/ubuntu (convenience script)
    _row("datadog datadog-agent dd-agent", "install.datadoghq.com", False),  # docs.datadoghq.com/agent
    _row("helm", "raw.githubusercontent.com/helm/helm/ get.helm.sh", False),  # helm.sh/docs/intro/install
    _row("golangci-lint golangci", "raw.githubusercontent.com/golangci/golangci-lint/", False),  # golangci-lint.run
    _row("starship", "starship.rs/install.sh", False),  # starship.rs/guide
    _row("zoxide", "raw.githubusercontent.com/ajeetdsouza/zoxide/", False),  # github.com/ajeetdsouza/zoxide
    _row("fnm", "fnm.vercel.app/install", False),  # github.com/Schniz/fnm
    _row("pixi", "pixi.sh/install.sh", False),  # pixi.sh/latest/#installation
    _row("micromamba mamba", "micro.mamba.pm/install.sh", False),  # mamba.readthedocs.io micromamba-installation
    _row("chezmoi", "get.chezmoi.io", False),  # chezmoi.io/install
    _row("opam ocaml", "raw.githubusercontent.com/ocaml/opam/", False),  # opam.ocaml.org/doc/Install.html
    _row("opentofu tofu", "get.opentofu.org", False),  # opentofu.org/docs/intro/install/standalone
    _row("dotnet .net", "dot.net/v1/dotnet-install.sh builds.dotnet.microsoft.com/dotnet/scripts/", False),
    # ^ learn.microsoft.com/dotnet/core/tools/dotnet-install-script
    _row("heroku", "cli-assets.heroku.com/install.sh", False),  # devcenter.heroku.com/articles/heroku-cli
    _row("doppler", "cli.doppler.com/install.sh", False),  # docs.doppler.com/docs/install-cli
    _row("claude claude-code", "claude.ai/install.sh", False),  # docs.anthropic.com/en/docs/claude-code/setup
    _row("salt salt-minion saltstack", "bootstrap.saltproject.io", False),  # docs.saltproject.io bootstrap
    _row("wasmtime", "wasmtime.dev/install.sh", False),  # docs.wasmtime.dev/cli-install.html
    _row("node nodejs", "deb.nodesource.com/ rpm.nodesource.com/", False),  # github.com/nodesource/distributions
)  # fmt: skip

#: Sites anyone can publish on: a vendor there only by the repository paths above, never by a word of its name.
CODE_HOSTS = frozenset({"raw.githubusercontent.com", "github.com", "gist.githubusercontent.com", "gist.github.com",
                        "objects.githubusercontent.com", "gitlab.com", "bitbucket.org", "codeberg.org",
                        "pastebin.com", "transfer.sh", "0x0.st"})  # fmt: skip


@cache
def _by_prefix() -> tuple[tuple[str, Row], ...]:
    return tuple(sorted(((p, r) for r in ROWS for p in r[1]), key=lambda x: -len(x[0])))


def _bare(url: str) -> str:
    u = url.strip().strip("'\"").lower()
    return u.split("://", 1)[1] if "://" in u else u


def host_of(url: str) -> str:
    return _bare(url).split("/", 1)[0].split(":", 1)[0].split("@")[-1]


#: How many leading characters of a URL index the prefixes (no prefix is shorter: a test keeps it so).
_HEAD = 9


@cache
def _by_head() -> dict[str, tuple[tuple[str, Row], ...]]:
    """`_by_prefix` by the first `_HEAD` characters, in its order (issue 14: a URL is compared with the few prefixes
    it can start with, not with every one)."""
    out: dict[str, list[tuple[str, Row]]] = {}
    for p, r in _by_prefix():
        out.setdefault(p[:_HEAD], []).append((p, r))
    return {k: tuple(v) for k, v in out.items()}


def vendor(url: str, said: frozenset[str]) -> tuple[str, bool] | None:
    """(the tool, its script is the documented way in) when `url` is the vendor's own script of a tool among the
    words `said` (lower-case, stemmed or not); None for any other host."""
    bare = _bare(url)
    for prefix, (names, _, canonical) in _by_head().get(bare[:_HEAD], ()):
        if bare.startswith(prefix):
            hit = names & said
            return (sorted(hit)[0], canonical) if hit else None
    host = host_of(url)
    if host in CODE_HOSTS or "." not in host:
        return None
    # the vendor's own registrable name is the tool's: get.pnpm.io, tailscale.com, get.quarrycli.example ("quarry
    # cli"); never a part of it (`rust-setup.example` is not Rust's) nor a subdomain (`rust.example.net`)
    name = host.split(".")[-2]
    for w in said:
        if len(w) >= 3 and name in (w, w + "cli"):
            return w, False
    return None
