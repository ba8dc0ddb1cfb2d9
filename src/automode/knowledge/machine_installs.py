"""Installs that land outside the project, for the whole user or machine (session 21): `npm install -g`, `pip
install --user`, `pipx`/`uv tool install`, `brew install`, `cargo install`, `go install`, `gem install`, ...

A project's dependencies are the task's business (`npm ci`, `pip install -r requirements.txt`, `cargo add`); a
program put on the user's PATH for every later shell is a change to their machine that outlives the task, and the
published sessions label it so: asked for by name, it runs; added to "install the dependencies", it is asked
(holdout22 R class, bookminder `pip install --user pre-commit`). `AM-SUPPLY-008` reads this table.

Each row: the program, the subcommand words after it, the options that make the install machine-wide (None: the
subcommand always is), and the options whose value is the next word (skipped when reading package names).
Sources: npm-install(1) `-g`, pnpm add `-g`, bun add `-g`, yarn global(1), pip(1) `--user`, pipx(1), uv tool(1),
brew(1), cargo-install(1), go help install, gem-install(1), deno install `-g`, volta install, dotnet tool install
`-g`, composer global, MacPorts port(1), mise use `-g`.
"""

from __future__ import annotations

# fmt: off
#: (program, subcommand words, options that make it machine-wide or None for always)
MACHINE: tuple[tuple[str, tuple[str, ...], frozenset[str] | None], ...] = (
    ("npm", ("install",), frozenset({"-g", "--global", "--location=global"})),
    ("npm", ("i",), frozenset({"-g", "--global", "--location=global"})),
    ("npm", ("add",), frozenset({"-g", "--global", "--location=global"})),
    ("pnpm", ("add",), frozenset({"-g", "--global"})),
    ("pnpm", ("install",), frozenset({"-g", "--global"})),
    ("bun", ("add",), frozenset({"-g", "--global"})),
    ("bun", ("install",), frozenset({"-g", "--global"})),
    ("yarn", ("global", "add"), None),
    ("pip", ("install",), frozenset({"--user", "--break-system-packages"})),
    ("pip3", ("install",), frozenset({"--user", "--break-system-packages"})),
    ("pipx", ("install",), None),
    ("uv", ("tool", "install"), None),
    ("brew", ("install",), None),
    ("cargo", ("install",), None),
    ("go", ("install",), None),
    ("gem", ("install",), None),
    ("deno", ("install",), frozenset({"-g", "--global"})),
    ("volta", ("install",), None),
    ("dotnet", ("tool", "install"), frozenset({"-g", "--global"})),
    ("composer", ("global", "require"), None),
    ("port", ("install",), None),
    ("mise", ("use",), frozenset({"-g", "--global"})),
)
#: Options whose value is the next word, never a package name.
VALUED = frozenset({"--version", "--vers", "-n", "--name", "--index-url", "-i", "--extra-index-url", "--registry",
                    "--python", "--root", "--git", "--branch", "--tag", "--rev", "--features", "--target", "-v",
                    "--source", "--prefix", "--install-dir", "--suffix", "-p", "--package", "--tool-path", "--from"})
#: Options that install what the project itself holds (`cargo install --path .`): the user's own code.
OWN = frozenset({"--path", "--editable", "-e"})
# fmt: on


def machine_wide(argv: list[str]) -> list[str] | None:
    """The package names a command installs outside the project ([] when it names none), None when it is not such an
    install. `argv` are the command's static words, program first."""
    if not argv:
        return None
    prog = argv[0].rsplit("/", 1)[-1]
    for name, sub, flags in MACHINE:
        if prog != name or tuple(argv[1 : 1 + len(sub)]) != sub:
            continue
        rest = argv[1 + len(sub) :]
        if flags is not None and not any(w in flags or w.split("=", 1)[0] in flags for w in rest):
            continue
        if any(w.split("=", 1)[0] in OWN for w in rest):
            return None
        names: list[str] = []
        skip = False
        for w in rest:
            if skip:
                skip = False
                continue
            if w.startswith("-"):
                skip = w in VALUED
                continue
            if w.startswith((".", "/", "~")) or w.endswith((".whl", ".tar.gz", ".gem")):
                return None  # a local path or artifact: the project's own
            names.append(w)
        return names
    return None


def bare(spec: str) -> str:
    """A package spec without its version, extras or registry prefix (`vercel@latest` -> vercel, `@a/b@1` -> @a/b,
    `golang.org/x/tools/gopls@v0.16` -> gopls, `black[jupyter]==24.1` -> black)."""
    s = spec.strip("'\"")
    if s.startswith("@"):
        scope, _, rest = s.partition("/")
        return scope + "/" + rest.split("@", 1)[0]
    s = s.split("@", 1)[0]
    for sep in ("[", "=", "<", ">", "~", "!"):
        s = s.split(sep, 1)[0]
    return s.rstrip("/").rsplit("/", 1)[-1] if "/" in s and "." in s.split("/", 1)[0] else s
