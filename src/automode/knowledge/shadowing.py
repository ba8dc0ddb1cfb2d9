"""Where a shell finds a program before the system's copy, and the programs a later command runs by name (issue 13,
session 8 red team: "PATH shadowing of any program").

A file written as `~/.local/bin/git`, `~/bin/python3` or `node_modules/.bin/node` runs instead of the real program
the next time the user, a script or the agent types its name: every later command that automode allowed as routine
(`git status`, `python3 -m pytest`, `sudo apt update`) then runs the planted file. The facts:

* `PATH_DIRS`: directories that usual setups put on PATH ahead of `/usr/bin` (a user's own bin directories, language
  toolchains' bin and shim directories, Homebrew and `/usr/local`, an activated virtual environment, a Node project's
  `node_modules/.bin` while its scripts run). Written `~/…` (the home directory), `/…` (absolute) or `**/…` (any
  directory of that name: the project's and the user's alike).
* `COMMON`: the programs a user or an agent runs by name all day (shells, core utilities, privilege tools, ssh and
  gpg, version control, interpreters and their package managers, build tools, container and cloud CLIs, editors and
  pagers). Shadowing one of them is a deny; any other name automode's program knowledge describes is an ask (a tool
  installed by hand under its own name is routine, a different file under a known name is not).

Sources: the default PATH of bash/zsh login shells on Debian/Ubuntu (`~/.profile` adds `~/bin`, `~/.local/bin`),
rustup (`~/.cargo/bin`), Go (`~/go/bin`), npm/yarn/pnpm/bun/deno/volta prefixes, pyenv/rbenv/asdf/mise shims,
Homebrew (`/opt/homebrew/bin`, `/usr/local/bin`, `/home/linuxbrew/.linuxbrew/bin`), Nix (`~/.nix-profile/bin`),
Python's venv activation (`bin/` first), npm-run-script(1) (`node_modules/.bin` first).
"""

from __future__ import annotations

import re

from automode import lazyre

PATH_DIRS: tuple[str, ...] = (
    "~/bin", "~/.local/bin", "~/.cargo/bin", "~/go/bin", "~/.go/bin", "~/.npm-global/bin", "~/.npm/bin", "~/.yarn/bin",
    "~/.config/yarn/global/node_modules/.bin", "~/.bun/bin", "~/.deno/bin", "~/.volta/bin", "~/.pyenv/shims",
    "~/.pyenv/bin", "~/.rbenv/shims", "~/.rbenv/bin", "~/.asdf/shims", "~/.local/share/mise/shims", "~/.nodenv/shims",
    "~/.jenv/shims", "~/.goenv/shims", "~/.nix-profile/bin", "~/.linuxbrew/bin", "~/.poetry/bin", "~/.dotnet/tools",
    "~/.rd/bin", "~/.krew/bin", "~/.fly/bin", "~/.local/share/pnpm", "~/Library/pnpm", "~/.sdkman/candidates/*/current/bin",
    "/usr/local/bin", "/usr/local/sbin", "/opt/homebrew/bin", "/opt/homebrew/sbin", "/opt/local/bin",
    "/home/linuxbrew/.linuxbrew/bin", "**/node_modules/.bin", "**/.venv/bin", "**/venv/bin", "**/.tox/*/bin",
)  # fmt: skip

COMMON: frozenset[str] = frozenset({
    # shells and core utilities
    "sh", "bash", "zsh", "dash", "fish", "ksh", "env", "ls", "cat", "cp", "mv", "rm", "ln", "mkdir", "rmdir", "chmod",
    "chown", "touch", "echo", "printf", "test", "find", "xargs", "grep", "egrep", "sed", "awk", "gawk", "head", "tail",
    "sort", "uniq", "cut", "tr", "wc", "tee", "diff", "which", "whoami", "id", "date", "ps", "kill", "pkill", "top",
    "du", "df", "stat", "file", "readlink", "realpath", "basename", "dirname", "tar", "gzip", "gunzip", "zip", "unzip",
    "less", "more", "man", "clear", "sleep", "true", "false", "nohup", "timeout", "xdg-open", "open",
    # privilege, remote access, keys
    "sudo", "su", "doas", "pkexec", "ssh", "scp", "sftp", "rsync", "ssh-add", "ssh-agent", "ssh-keygen", "gpg", "gpg2",
    "openssl", "security", "pass", "op", "keyring",
    # network
    "curl", "wget", "nc", "ping", "dig", "host",
    # version control and forges
    "git", "gh", "glab", "hg", "svn", "git-lfs",
    # interpreters and package managers
    "python", "python3", "pip", "pip3", "pipx", "uv", "uvx", "poetry", "pdm", "conda", "node", "nodejs", "npm", "npx",
    "yarn", "pnpm", "bun", "bunx", "deno", "tsc", "ts-node", "tsx", "ruby", "gem", "bundle", "bundler", "rake", "perl",
    "php", "composer", "go", "cargo", "rustc", "rustup", "java", "javac", "mvn", "gradle", "kotlin", "scala", "sbt",
    "dotnet", "swift", "lua", "R", "Rscript", "julia", "elixir", "mix", "erl",
    # build and test
    "make", "cmake", "ninja", "gcc", "g++", "cc", "c++", "clang", "clang++", "ld", "pytest", "tox", "nox", "jest",
    "vitest", "eslint", "prettier", "black", "ruff", "mypy",
    # containers, clusters, clouds, infrastructure
    "docker", "podman", "docker-compose", "kubectl", "helm", "k9s", "kind", "minikube", "terraform", "tofu", "ansible",
    "ansible-playbook", "aws", "gcloud", "gsutil", "az", "doctl", "flyctl", "vercel", "netlify", "heroku",
    # editors, package systems, service managers
    "vim", "vi", "nvim", "nano", "emacs", "code", "brew", "apt", "apt-get", "dnf", "yum", "pacman", "snap", "systemctl",
    "journalctl", "launchctl", "crontab", "tmux", "screen", "jq", "yq", "psql", "mysql", "sqlite3", "redis-cli",
})  # fmt: skip
#: `python3.12`, `pip3.11`, `node20`: versioned names of the same programs.
_VERSIONED = lazyre.compile(r"^(python|pip|pypy|ruby|perl|php|node|lua|gcc|g\+\+|clang|clang\+\+|java)[\d.]*$")


def _dir_re(home: str) -> re.Pattern[str]:
    parts = []
    for d in PATH_DIRS:
        if d.startswith("~/"):
            d = home.rstrip("/") + d[1:]
        pat = re.escape(d).replace(r"\*\*/", r"(?:.*/)?").replace(r"\*", r"[^/]+")
        parts.append(("^" if d.startswith("/") else r"(?:^|/)") + pat)
    return re.compile("(?:" + "|".join(parts) + r")/([^/]+)$")


_CACHE: dict[str, re.Pattern[str]] = {}


def shadowed(path: str, home: str) -> tuple[str, str] | None:
    """(the program's name, "common" or "known") when `path` is a file a shell finds on PATH before the system's copy
    and its name is a program people run by name; None otherwise."""
    r = _CACHE.get(home)
    if r is None:
        r = _CACHE[home] = _dir_re(home)
    m = r.search(path)
    if m is None:
        return None
    name = m.group(1)
    if name in COMMON or _VERSIONED.match(name):
        return name, "common"
    from automode.knowledge.programs import known

    return (name, "known") if known(name) else None

