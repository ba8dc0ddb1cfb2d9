"""Programs that print shell code for the shell to evaluate: the init, hook, environment and completion scripts of
prompts, version managers, directory jumpers and CLIs (`eval "$(starship init bash)"`, `zoxide init fish | source`,
`source <(kubectl completion zsh)`, `eval "$(/opt/homebrew/bin/brew shellenv)"`).

The text they print is the program's own, generated on this machine: running it is running that program, as much as
any command of it. So an `eval` or a `source` of exactly one such command is no opaque code (AM-RCE-002 stays for
anything else: a decoder, a download, a file, a pipeline, a program not in this table), and the program itself is
judged like any command (in a start-up file: `judge.intent.persist` wants it named by the user).

Each row: program -> the first arguments that make it print shell code (one of them; `*` any first argument). Sources:
each tool's README or manual (starship `init`, zoxide `init`, direnv(1) `hook`, pyenv `init`, rbenv `init`,
nodenv/goenv/jenv/plenv `init`, brew `shellenv`, fnm `env`/`completions`, mise `activate`, atuin `init`, conda
`shell.<shell> hook`, micromamba `shell hook`, ssh-agent(1) `-s`/`-c`, keychain `--eval`, opam `env`, thefuck
`--alias`, dircolors(1) `-b`/`-c`, oh-my-posh `init`, mcfly `init`, fzf `--bash`/`--zsh`/`--fish`, navi `widget`,
luarocks `path`, pixi `shell-hook`/`completion`, and the `completion` commands of kubectl, helm, gh, glab, rustup,
poetry, pdm, pip, npm, deno, uv, docker, minikube, kind, k3d, flux, argocd, tkn, eksctl, doctl, hcloud, stern, k9s).
"""

from __future__ import annotations

from collections.abc import Mapping

_COMPLETION = frozenset({"completion", "completions", "complete"})
_INIT = frozenset({"init"})

#: program -> first arguments after which it prints shell code
PRINTS_SHELL: Mapping[str, frozenset[str]] = {
    **dict.fromkeys(("starship", "zoxide", "atuin", "mcfly", "oh-my-posh", "pyenv", "rbenv", "nodenv", "goenv", "jenv",
                     "plenv", "phpenv", "scalaenv", "swiftenv", "pyenv-virtualenv"), _INIT | _COMPLETION),
    "pyenv": frozenset({"init", "virtualenv-init", "completions"}),
    "direnv": frozenset({"hook", "export"}),
    "brew": frozenset({"shellenv"}),
    "fnm": frozenset({"env", "completions"}),
    "mise": frozenset({"activate", "env", "completion", "hook-env"}),
    "rtx": frozenset({"activate", "env", "completion"}),
    "conda": frozenset({"shell.bash", "shell.zsh", "shell.fish", "shell.posix", "shell.powershell"}),
    "micromamba": frozenset({"shell"}),
    "mamba": frozenset({"shell"}),
    "ssh-agent": frozenset({"-s", "-c"}),
    "keychain": frozenset({"--eval"}),
    "opam": frozenset({"env", "config"}),
    "thefuck": frozenset({"--alias"}),
    "dircolors": frozenset({"-b", "-c", "--sh", "--csh", "--bourne-shell", "--c-shell"}),
    "gdircolors": frozenset({"-b", "-c"}),
    "fzf": frozenset({"--bash", "--zsh", "--fish"}),
    "navi": frozenset({"widget"}),
    "luarocks": frozenset({"path"}),
    "pixi": frozenset({"shell-hook", "completion"}),
    "zellij": frozenset({"setup"}),
    **dict.fromkeys(("kubectl", "helm", "gh", "glab", "rustup", "poetry", "pdm", "pip", "pip3", "npm", "deno", "docker",
                     "minikube", "kind", "k3d", "flux", "argocd", "tkn", "eksctl", "doctl", "hcloud", "stern", "k9s",
                     "kustomize", "istioctl", "velero", "cilium", "skaffold", "tilt", "just", "task", "bun", "pnpm",
                     "rg", "fd", "bat", "cargo", "gcloud", "terraform", "packer", "vault", "nomad", "consul",
                     "supabase", "vercel", "netlify", "wrangler", "fly", "flyctl", "railway", "turso", "ruff", "uv",
                     "uvx", "hatch", "rye", "pipx", "ng", "nx"), _COMPLETION),
    "uv": frozenset({"generate-shell-completion"}) | _COMPLETION,
    "register-python-argcomplete": frozenset({"*"}),
}  # fmt: skip


def prints_shell_code(argv: list[str]) -> bool:
    """`argv` (program and arguments, all known) is one of the programs that print their own shell code, asked to."""
    if not argv:
        return False
    prog = argv[0].rsplit("/", 1)[-1]
    words = PRINTS_SHELL.get(prog)
    if words is None or len(argv) < 2:
        return False
    return "*" in words or argv[1] in words
