"""The knowledge `shell.configcli` reads: tools' configuration commands, the file each one writes, in which syntax.

One row per tool (`Tool`): the programs, the words that start a write (`config set`, `config`, `env -w`), how the
setting is spelled (`KEY VALUE`, `KEY=VALUE` pairs, `--set KEY VALUE` options, `--option[=value]` flags of an
`add` command), which options choose the scope and the file of each scope, and the file's syntax. Each row cites the
tool's reference page (one line). Paths use `~` for the user's home; `{project}` rows are relative to the working
directory. `SETTINGS` lists the machine and desktop settings written by a command with no file of its own (`sysctl
-w`, `defaults write`, `gsettings set`): the dotted name, the values that weaken it, and what it protects.
"""

from __future__ import annotations

from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Tool:
    programs: frozenset[str]
    verbs: tuple[tuple[str, ...], ...]  # the positional words that start a write, longest first
    shape: str  # kv: KEY VALUE... | pairs: KEY=VALUE ... | set-opt: --set KEY VALUE | opts: NAME [URL] --flag[=v] ...
    fmt: str  # the file's syntax (see `configcli.render`)
    scopes: tuple[tuple[str, str], ...]  # option -> scope (user | system | project | env; `@`: the option's value)
    default: str  # the scope without an option
    paths: tuple[tuple[str, str], ...]  # scope -> file
    doc: str
    file_opts: frozenset[str] = frozenset()  # options naming the file written (`git config -f FILE`)
    value_opts: frozenset[str] = frozenset()  # other options that take a value
    reads: frozenset[str] = frozenset()  # options or first words that make it a read or a removal
    set_opts: frozenset[str] = frozenset()  # `set-opt` shape: the options followed by KEY VALUE
    list_opts: frozenset[str] = frozenset()  # options (or `set-opt` options) that add VALUE to a list
    positional_keys: tuple[str, ...] = ()  # `opts` shape: names of the positional words (`name`, `url`)
    arity: int = 2  # `set-opt` shape: the words after the option (KEY VALUE, or one KEY=VALUE or list item)
    list_key: str = ""  # `set-opt` shape with arity 1: the list the item goes into (`gem sources --add URL`)
    runs: str = ""  # keys (a regular expression, lower case) whose value is a program the tool starts later

    def path(self, scope: str) -> str:
        return dict(self.paths).get(scope, "")


def _t(programs: str, verbs: str, shape: str, fmt: str, scopes: str, default: str, paths: str, doc: str, **kw: object) -> Tool:
    """A row from compact strings: `verbs` "config set|config" (alternatives by `|`), `scopes` "--global=user
    -g=user", `paths` "user=~/.x project=.x"."""
    return Tool(frozenset(programs.split()), tuple(tuple(v.split()) for v in verbs.split("|")), shape, fmt,
                tuple(_kv(s) for s in scopes.split()), default, tuple(_kv(p) for p in paths.split()), doc,
                **kw)  # type: ignore[arg-type]


def _kv(text: str) -> tuple[str, str]:
    k, _, v = text.partition("=")
    return k, v


TOOLS: tuple[Tool, ...] = (
    # git-config(1): `git config [--global|--system|--local|--worktree|-f FILE] [--add] KEY VALUE`, git 2.46+ `git config
    # set`; the default is the repository's .git/config. https://git-scm.com/docs/git-config
    _t("git", "config set|config", "kv", "gitconfig", "--global=user --system=system --local=project --worktree=project",
       "project", "user=~/.gitconfig system=/etc/gitconfig project=.git/config",
       "https://git-scm.com/docs/git-config", file_opts=frozenset({"-f", "--file", "--blob"}),
       value_opts=frozenset({"-C", "-c", "--git-dir", "--work-tree", "--namespace", "--type", "--default", "--comment",
                             "--value", "--config-env"}),
       reads=frozenset({"--get", "--get-all", "--get-regexp", "--get-urlmatch", "-l", "--list", "--unset", "--unset-all",
                        "--remove-section", "--rename-section", "-e", "--edit", "--get-color", "--get-colorbool",
                        "get", "list", "unset", "rename-section", "remove-section", "edit", "--show-origin", "--show-scope"}),
       list_opts=frozenset({"--add", "--append"})),
    # bundle-config(1): `bundle config [set] [--local|--global] NAME VALUE`; the bare legacy form and `set` outside an
    # application write ~/.bundle/config; keys are stored as BUNDLE_NAME. https://bundler.io/man/bundle-config.1.html
    _t("bundle bundler", "config set|config", "kv", "bundle", "--global=user --local=project", "user",
       "user=~/.bundle/config project=.bundle/config", "https://bundler.io/man/bundle-config.1.html",
       reads=frozenset({"get", "list", "unset", "--delete"}), runs=r"gemfile"),  # (BUNDLE_GEMFILE: Ruby every run evaluates)
    # pip config: `pip config [--user|--global|--site] set NAME VALUE`, NAME is `section.key`; the user file by default.
    # https://pip.pypa.io/en/stable/cli/pip_config/ , https://pip.pypa.io/en/stable/topics/configuration/
    _t("pip pip3 uv-pip", "config set", "kv", "ini", "--user=user --global=system --site=env", "user",
       "user=~/.config/pip/pip.conf system=/etc/xdg/pip/pip.conf env=$VIRTUAL_ENV/pip.conf",
       "https://pip.pypa.io/en/stable/cli/pip_config/", value_opts=frozenset({"--editor"})),
    # poetry config: `poetry config [--local] [--unset] KEY VALUE...`: ~/.config/pypoetry/config.toml, --local poetry.toml.
    # https://python-poetry.org/docs/configuration/
    _t("poetry", "config", "kv", "toml", "--local=project", "user",
       "user=~/.config/pypoetry/config.toml project=poetry.toml", "https://python-poetry.org/docs/configuration/",
       reads=frozenset({"--unset", "--list"})),
    # conda config: `--set KEY VALUE`, `--add|--prepend|--append KEY VALUE` (lists), `--system|--env|--file F`; the
    # user's ~/.condarc by default. mamba uses conda's. https://docs.conda.io/projects/conda/en/stable/commands/config.html
    _t("conda mamba", "config", "set-opt", "yaml", "--system=system --env=env", "user",
       "user=~/.condarc system=/opt/conda/.condarc env=$CONDA_PREFIX/.condarc",
       "https://docs.conda.io/projects/conda/en/stable/commands/config.html", file_opts=frozenset({"--file"}),
       value_opts=frozenset({"-n", "--name", "-p", "--prefix"}),
       set_opts=frozenset({"--set", "--add", "--append", "--prepend"}), list_opts=frozenset({"--add", "--append", "--prepend"})),
    # micromamba config set|append|prepend KEY VALUE (--file, --env, --system): ~/.mambarc.
    # https://mamba.readthedocs.io/en/latest/user_guide/configuration.html
    _t("micromamba", "config set|config append|config prepend", "kv", "yaml", "--system=system --env=env", "user",
       "user=~/.mambarc system=/etc/conda/.mambarc env=$CONDA_PREFIX/.mambarc",
       "https://mamba.readthedocs.io/en/latest/user_guide/configuration.html", file_opts=frozenset({"--file"})),
    # yarn (berry) `yarn config set NAME VALUE [--json] [-H|--home]`: the project's .yarnrc.yml, -H ~/.yarnrc.yml;
    # yarn classic `yarn config set KEY VALUE [-g]`: ~/.yarnrc. https://yarnpkg.com/cli/config/set ,
    # https://classic.yarnpkg.com/en/docs/cli/config
    _t("yarn yarnpkg", "config set", "kv", "yaml", "-H=user --home=user -g=user --global=user", "project",
       "user=~/.yarnrc.yml project=.yarnrc.yml", "https://yarnpkg.com/cli/config/set", runs=r"yarnpath|injectenvironmentfiles|scriptshell|script-shell|shell-emulator"),
    # npm-config(1) / pnpm config: `npm config set KEY VALUE` or `KEY=VALUE ...`, `npm set`; -g the global npmrc,
    # `--location=project` the project's .npmrc, default the user's ~/.npmrc. https://docs.npmjs.com/cli/commands/npm-config
    _t("npm pnpm", "config set|c set|set", "kv", "npmrc", "-g=system --global=system --location=@ -L=@", "user",
       "user=~/.npmrc project=.npmrc system=/usr/local/etc/npmrc", "https://docs.npmjs.com/cli/commands/npm-config",
       value_opts=frozenset({"--location", "-L", "--userconfig", "--globalconfig", "-w", "--workspace"}),
       runs=r"script-shell|shell|node-options|editor|browser|viewer"),
    # composer config: `composer config [-g|--global] [-f FILE] [--unset] KEY VALUE...`; -g writes
    # $COMPOSER_HOME/config.json, else composer.json; `repositories.NAME TYPE URL`. https://getcomposer.org/doc/03-cli.md#config
    _t("composer", "config", "kv", "composer", "-g=user --global=user", "project",
       "user=~/.config/composer/config.json project=composer.json", "https://getcomposer.org/doc/03-cli.md#config",
       file_opts=frozenset({"-f", "--file"}), value_opts=frozenset({"-d", "--working-dir"}),
       reads=frozenset({"--unset", "-l", "--list", "-e", "--editor", "--absolute", "--source"})),
    # go env -w NAME=VALUE ...: $GOENV (os.UserConfigDir()/go/env). https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information
    _t("go", "env", "pairs", "env", "-w=user", "", "user=~/.config/go/env",
       "https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information", reads=frozenset({"-u", "-json", "-changed"}),
       runs=r"cc|cxx|goflags"),
    # gcloud config set SECTION/PROPERTY VALUE [--installation]: the active configuration's file (core/ by default).
    # https://cloud.google.com/sdk/gcloud/reference/config/set
    _t("gcloud", "config set", "kv", "gcloud", "--installation=system", "user",
       "user=~/.config/gcloud/configurations/config_default system=/usr/lib/google-cloud-sdk/properties",
       "https://cloud.google.com/sdk/gcloud/reference/config/set", value_opts=frozenset({"--configuration", "--project"})),
    # az config set SECTION.KEY=VALUE ... [--local]: ~/.azure/config, --local ./.azure/config.
    # https://learn.microsoft.com/cli/azure/config#az-config-set
    _t("az", "config set", "pairs", "ini", "--local=project", "user", "user=~/.azure/config project=.azure/config",
       "https://learn.microsoft.com/cli/azure/config#az-config-set"),
    # aws configure set [PROFILE.]NAME VALUE [--profile P]: ~/.aws/config (credentials keys go to ~/.aws/credentials).
    # https://docs.aws.amazon.com/cli/latest/reference/configure/set.html
    _t("aws", "configure set", "kv", "ini", "", "user", "user=~/.aws/config",
       "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html", value_opts=frozenset({"--profile"}),
       runs=r"(?:[\w.-]+\.)?credential_process"),
    # gh config set KEY VALUE [-h HOST]: ~/.config/gh/config.yml. https://cli.github.com/manual/gh_config_set
    _t("gh", "config set", "kv", "yaml", "", "user", "user=~/.config/gh/config.yml", "https://cli.github.com/manual/gh_config_set",
       value_opts=frozenset({"-h", "--host"}), runs=r"editor|pager|browser"),
    # kubectl config set PROPERTY VALUE / set-cluster NAME --server=... --insecure-skip-tls-verify=true: $KUBECONFIG or
    # ~/.kube/config. https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/
    _t("kubectl oc", "config set", "kv", "yaml", "", "user", "user=~/.kube/config",
       "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_set/",
       file_opts=frozenset({"--kubeconfig"}), reads=frozenset({"--set-raw-bytes"})),
    _t("kubectl oc", "config set-cluster|config set-credentials|config set-context", "opts", "yaml", "", "user",
       "user=~/.kube/config", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_set-cluster/",
       file_opts=frozenset({"--kubeconfig"}), positional_keys=("name",), runs=r"exec-command|auth-provider-arg"),
    # helm repo add NAME URL [--insecure-skip-tls-verify] [--pass-credentials]: ~/.config/helm/repositories.yaml.
    # https://helm.sh/docs/helm/helm_repo_add/
    _t("helm", "repo add", "opts", "yaml", "", "user", "user=~/.config/helm/repositories.yaml",
       "https://helm.sh/docs/helm/helm_repo_add/", file_opts=frozenset({"--repository-config"}),
       value_opts=frozenset({"--username", "--password", "--ca-file", "--cert-file", "--key-file", "--kube-context",
                             "-n", "--namespace"}), positional_keys=("name", "url")),
    # dotnet nuget add|update source SOURCE [-n NAME] [--configfile F] [--allow-insecure-connections]: the user's
    # NuGet.Config. https://learn.microsoft.com/dotnet/core/tools/dotnet-nuget-add-source
    _t("dotnet", "nuget add source|nuget update source", "opts", "nuget", "", "user", "user=~/.nuget/NuGet/NuGet.Config",
       "https://learn.microsoft.com/dotnet/core/tools/dotnet-nuget-add-source", file_opts=frozenset({"--configfile"}),
       value_opts=frozenset({"-n", "--name", "-u", "--username", "-p", "--password", "--valid-authentication-types",
                             "--protocol-version"}), positional_keys=("url",)),
    # nuget config -Set NAME=VALUE [-ConfigFile F]; nuget sources add -Name N -Source URL.
    # https://learn.microsoft.com/nuget/reference/cli-reference/cli-ref-config
    _t("nuget nuget.exe", "config", "set-opt", "nuget", "", "user", "user=~/.nuget/NuGet/NuGet.Config",
       "https://learn.microsoft.com/nuget/reference/cli-reference/cli-ref-config", file_opts=frozenset({"-ConfigFile", "-configfile"}),
       set_opts=frozenset({"-Set", "-set"}), arity=1),
    # cargo --config KEY=VALUE (a command-line override, no file): https://doc.rust-lang.org/cargo/reference/config.html#command-line-overrides
    _t("cargo", "", "set-opt", "", "", "", "", "https://doc.rust-lang.org/cargo/reference/config.html#command-line-overrides",
       set_opts=frozenset({"--config"}), arity=1),
    # gem sources --add URL: ~/.gemrc `:sources:`. https://guides.rubygems.org/command-reference/#gem-sources
    _t("gem", "sources", "set-opt", "yaml", "", "user", "user=~/.gemrc", "https://guides.rubygems.org/command-reference/#gem-sources",
       set_opts=frozenset({"-a", "--add"}), list_opts=frozenset({"-a", "--add"}), arity=1, list_key=":sources"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Setting:
    """A machine or desktop setting with no file the command writes (the kernel's sysctl, a macOS defaults domain, a
    GNOME schema): the dotted name, the values (a regular expression, lower case) that weaken it, and what it guards."""

    name: str  # dotted, lower case; a trailing `.*` matches any key below
    weak: str
    what: str


#: sysctl(8) `-w NAME=VALUE` (or `NAME=VALUE`): the kernel's hardening knobs (https://docs.kernel.org/admin-guide/sysctl/
#: kernel.html, fs.html, net ip-sysctl.html); `defaults write DOMAIN KEY VALUE` (macOS) and `gsettings set SCHEMA KEY
#: VALUE` (GNOME) of screen-lock, Gatekeeper and firewall keys.
SETTINGS: tuple[Setting, ...] = (
    Setting("kernel.randomize_va_space", r"0", "address-space layout randomisation"),
    Setting("kernel.yama.ptrace_scope", r"0", "the limit on which processes may trace others (ptrace)"),
    Setting("kernel.kptr_restrict", r"0", "the hiding of kernel addresses"),
    Setting("kernel.dmesg_restrict", r"0", "the restriction of the kernel log to administrators"),
    Setting("kernel.unprivileged_bpf_disabled", r"0", "the ban on unprivileged BPF programs"),
    Setting("kernel.perf_event_paranoid", r"-1", "the restriction of performance events to administrators"),
    Setting("kernel.modules_disabled", r"0", "the ban on loading kernel modules"),
    Setting("kernel.kexec_load_disabled", r"0", "the ban on loading a new kernel"),
    Setting("kernel.unprivileged_userns_clone", r"1", "the ban on unprivileged user namespaces"),
    Setting("kernel.sysrq", r"1", "the restriction of the magic SysRq key"),
    Setting("fs.protected_symlinks", r"0", "the protection against symlink attacks in shared directories"),
    Setting("fs.protected_hardlinks", r"0", "the protection against hardlink attacks"),
    Setting("fs.protected_fifos", r"0", "the protection of FIFOs in shared directories"),
    Setting("fs.protected_regular", r"0", "the protection of files in shared directories"),
    Setting("fs.suid_dumpable", r"[12]", "the ban on core dumps of setuid programs"),
    Setting("vm.mmap_min_addr", r"0", "the protection against NULL-pointer exploits"),
    Setting("net.ipv4.tcp_syncookies", r"0", "SYN-flood protection"),
    Setting("net.ipv4.conf.*.rp_filter", r"0", "reverse-path filtering (spoofed source addresses)"),
    Setting("net.ipv4.conf.*.accept_source_route", r"1", "the refusal of source-routed packets"),
    Setting("net.ipv4.conf.*.accept_redirects", r"1", "the refusal of ICMP redirects"),
    Setting("net.ipv6.conf.*.accept_redirects", r"1", "the refusal of ICMP redirects"),
    # macOS: screen lock, Gatekeeper quarantine, firewall (`man defaults`; Apple Platform Security guide).
    Setting("com.apple.screensaver.askforpassword", r"0|false|no", "the password prompt after the screen saver"),
    Setting("com.apple.launchservices.lsquarantine", r"0|false|no", "Gatekeeper's quarantine of downloaded files"),
    Setting("com.apple.security.gkautorearm", r"0|false|no", "Gatekeeper's automatic re-arming"),
    Setting("com.apple.alf.globalstate", r"0", "the application firewall"),
    Setting("com.apple.loginwindow.guestenabled", r"1|true|yes", "the ban on guest logins"),
    # GNOME: `gsettings set org.gnome.desktop.screensaver lock-enabled false` (gsettings(1), the schemas' own keys).
    Setting("org.gnome.desktop.screensaver.lock-enabled", r"false", "the screen lock"),
    Setting("org.gnome.desktop.lockdown.disable-lock-screen", r"true", "the screen lock"),
)  # fmt: skip
