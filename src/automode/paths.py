"""Path classes (SPEC §4): where a read, write or delete lands.

A path is resolved against cwd, `~`/`$HOME` and the project root purely lexically (no file-system access: the core
does no I/O). Classes, most specific first:

critical   `/`, `~`, the project root or one of its parents, a top-level system directory itself
device     raw disks and partitions (`/dev/sda`, `/dev/nvme0n1p1`, `/dev/disk2`)
secret     keys, credentials and tokens (`~/.ssh/*`, `.env`, `*.pem`, `~/.aws/credentials`, `/etc/shadow`, ...)
protected  agent and VCS control files that never take a fast path (`.git/`, `.claude/`, rc files, CI workflows, ...)
artefact   rebuildable output (`node_modules`, `dist`, `build`, `__pycache__`, `*.pyc`, ...)
temp       scratch (`/tmp/<name>`, `/var/tmp/<name>`, `$TMPDIR/<name>`)
project    inside the project
system     OS locations (`/etc`, `/usr`, `/bin`, `/boot`, `/var`, `/sys`, `/proc`, `/dev`, `/Library`, ...)
home       elsewhere under the user's home
outside    anywhere else
dynamic    the path is not known statically (an unknown variable, a substitution, a glob over unknowns)
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.secret_places import HOME_STORES, SYSTEM_STORES
from automode.secret_places import named as store_named
from automode.typing_lite import Literal

PathClass = Literal[
    "critical",
    "device",
    "secret",
    "protected",
    "artefact",
    "temp",
    "project",
    "system",
    "home",
    "outside",
    "dynamic",
]

SYSTEM_TOP = frozenset(
    {
        "bin", "boot", "dev", "etc", "lib", "lib32", "lib64", "libx32", "opt", "proc", "root", "run", "sbin",
        "srv", "sys", "usr", "var", "snap", "System", "Library", "Applications", "private", "Users", "home",
        "mnt", "media", "Volumes", "nix", "tmp",
        # Windows (`C:\\Windows` is `/Windows`: automode.winpaths)
        "Windows", "Program Files", "Program Files (x86)", "ProgramData", "PerfLogs", "Recovery", "$Recycle.Bin",
        "System Volume Information", "Boot", "EFI",
    }
)  # fmt: skip
# Directories whose whole content is OS state; anything under them is `system`.
SYSTEM_PREFIXES = (
    "/bin/", "/boot/", "/dev/", "/etc/", "/lib/", "/lib32/", "/lib64/", "/libx32/", "/proc/", "/run/", "/sbin/",
    "/sys/", "/usr/", "/var/", "/System/", "/Library/", "/private/etc/", "/private/var/", "/opt/", "/snap/",
    "/root/", "/srv/", "/nix/",
    "/Windows/", "/Program Files/", "/Program Files (x86)/", "/ProgramData/", "/System Volume Information/", "/Recovery/",
    "/Boot/", "/EFI/", "/$Recycle.Bin/",
)  # fmt: skip
TEMP_PREFIXES = ("/tmp/", "/var/tmp/", "/private/tmp/", "/dev/shm/", "/Windows/Temp/")
#: A Windows profile's own temp folder (`%TEMP%`): scratch under it, like /tmp.
#: A home directory as any user spells it, this machine's or another's (`/home/remi/`, `/Users/ana/`, `C:/Users/ana/`):
#: callers check the session's own home first.
ANY_HOME = lazyre.compile(r"^(?:/home/[^/]+|/Users/[^/]+|/root|[A-Za-z]:/Users/[^/]+)/")
WINDOWS_TEMP_RE = lazyre.compile(r"(?i)^/Users/[^/]+/AppData/Local/Temp/.")
# The shared temp directories themselves: scratch under them is temp, wiping them is not.
TEMP_ROOTS = frozenset({"/tmp", "/var/tmp", "/private/tmp", "/dev/shm"})

DEVICE_RE = lazyre.compile(
    r"^/dev/(sd[a-z]+\d*|hd[a-z]+\d*|vd[a-z]+\d*|xvd[a-z]+\d*|nvme\d+n\d+(p\d+)?|mmcblk\d+(p\d+)?|disk\d+(s\d+)?"
    r"|rdisk\d+(s\d+)?|md\d+|dm-\d+|loop\d+|mapper/.+|mem|kmem|port)$"
)
# Harmless device nodes that are read or written all the time.
BENIGN_DEVICES = frozenset(
    {"/dev/null", "/dev/zero", "/dev/stdout", "/dev/stderr", "/dev/stdin", "/dev/tty", "/dev/random", "/dev/urandom",
     "/dev/full", "/dev/ptmx"}
)  # fmt: skip

ARTEFACT_DIRS = frozenset(
    {
        "node_modules", "dist", "build", "_build", "out", "target", "__pycache__", ".pytest_cache", ".mypy_cache",
        ".ruff_cache", ".tox", ".nox", ".venv", "venv", ".eggs", "coverage", "htmlcov", ".coverage", ".next",
        ".nuxt", ".parcel-cache", ".turbo", ".gradle", ".cache", "bower_components", ".hypothesis", "cmake-build-debug",
        "cmake-build-release", ".sass-cache", "tmp", ".tmp", "temp", "DerivedData", ".angular", ".svelte-kit",
        "site", "_site", "public/build", ".docusaurus", ".expo", "storybook-static", "lib-cov", "pip-wheel-metadata",
        "Caches", "_cacache",  # ~/Library/Caches (macOS: the system may empty it), npm's content cache
    }
)  # fmt: skip
ARTEFACT_SUFFIXES = (
    ".pyc", ".pyo", ".o", ".obj", ".a", ".so.tmp", ".class", ".tmp", ".log", ".egg-info", ".orig", ".rej", ".bak",
    ".swp", ".DS_Store", ".coverage", ".tsbuildinfo",
)  # fmt: skip

PROTECTED_DIRS = (
    ".git", ".claude", ".codex", ".gemini", ".vscode", ".idea", ".husky", ".github/workflows", ".gitlab-ci",
    ".circleci", ".cursor", ".automode", ".config/automode", ".config/git", ".config/fish", ".config/systemd",
    ".config/autostart", "Library/LaunchAgents", ".local/share/automode", ".qwen", ".continue", ".aider",
)  # fmt: skip
PROTECTED_FILES = frozenset(
    {
        ".bashrc", ".bash_profile", ".bash_login", ".bash_logout", ".profile", ".zshrc", ".zshenv", ".zprofile",
        ".zlogin", ".zlogout", ".cshrc", ".tcshrc", ".kshrc", ".inputrc", ".npmrc", ".pypirc", ".yarnrc",
        ".yarnrc.yml", ".mcp.json", ".automode.toml", ".gitconfig", ".gitlab-ci.yml", ".pre-commit-config.yaml",
        ".envrc", ".bunfig.toml", "CLAUDE.md", "AGENTS.md", "GEMINI.md", ".gitmodules", ".gitattributes",
        ".clauderc", ".curlrc", ".wgetrc", ".vimrc", ".exrc", ".tmux.conf", ".xinitrc", ".xprofile",
        "crontab", ".pam_environment", "config.fish",
    }
)  # fmt: skip

SECRET_HOME_DIRS = (
    ".ssh", ".aws", ".gnupg", ".config/gcloud", ".azure", ".kube", ".docker", ".password-store", ".vault-token",
    "Library/Keychains", ".config/gh", ".config/hub", ".terraform.d", ".oci", ".config/doctl", ".config/op",
    ".mozilla", ".config/google-chrome", ".config/chromium", "Library/Application Support/Google/Chrome",
    "Library/Application Support/Firefox", "Library/Cookies", ".local/share/keyrings", ".cert", ".pki",
    ".config/rclone", ".s3cfg", ".boto", ".git-credentials", ".netrc", ".pgpass", ".my.cnf", ".npmrc", ".pypirc",
    ".bash_history", ".zsh_history", ".history", ".python_history", ".node_repl_history", ".psql_history",
    ".mysql_history", ".lesshst", ".viminfo", ".wget-hsts", ".config/configstore", ".cargo/credentials",
    ".cargo/credentials.toml", ".gem/credentials", ".m2/settings.xml", ".gradle/gradle.properties",
    ".config/filezilla", ".electrum", ".bitcoin", ".ethereum", "Library/Messages", "Library/Mail",
)  # fmt: skip
SECRET_SYSTEM = (
    "/etc/shadow", "/etc/gshadow", "/etc/shadow-", "/etc/gshadow-", "/etc/security/opasswd", "/etc/sudoers",
    "/etc/master.passwd", "/etc/ssh/ssh_host_", "/var/db/dslocal", "/etc/krb5.keytab", "/etc/ssl/private",
    "/private/etc/master.passwd", "/var/lib/sss", "/root/.ssh", "/var/run/secrets", "/run/secrets",
    "/etc/kubernetes/admin.conf", "/etc/kubernetes/pki", "/proc/self/environ", "/etc/passwd-", "/etc/pki/private",
    "/Library/Keychains", "/var/lib/docker", "/etc/docker/daemon.json",
)  # fmt: skip
#: Windows places that hold credentials (case-insensitive, as Windows names are): the registry hives with the local
#: account hashes and LSA secrets (SAM, SECURITY, SYSTEM and their backups), the domain database, unattended-setup
#: answer files (they carry passwords), DPAPI master keys, Credential Manager and Vault files, browser profiles
#: (cookies, saved passwords), chat apps' tokens, PSReadLine history, and the CLIs' own credential folders.
#: Sources: learn.microsoft.com (Credential Manager, DPAPI, PSReadLine about_PSReadLine "history file", unattend),
#: the browsers' documented profile locations.
WINDOWS_SECRET_RE = lazyre.compile(
    r"(?i)(?:^|/)Windows/(?:System32/config/(?:RegBack/)?(?:SAM|SECURITY|SYSTEM)(?:\.\w+)?$|NTDS/|repair/(?:SAM|SECURITY|SYSTEM)$|"
    r"Panther/(?:Unattend/)?Unattend\.xml$|System32/Sysprep/(?:Panther/)?unattend\.xml$|System32/Microsoft/Protect/)|"
    r"^/ProgramData/Microsoft/(?:Crypto|Wlansvc/Profiles)/|^/unattend\.xml$|"
    r"/AppData/(?:Roaming|Local)/Microsoft/(?:Credentials|Protect|Vault|Crypto)(?:/|$)|"
    r"/AppData/Local/(?:Google/Chrome|Microsoft/Edge|BraveSoftware/Brave-Browser|Chromium|Vivaldi)/User Data(?:/|$)|"
    r"/AppData/Roaming/(?:Mozilla/Firefox|Opera Software|Thunderbird)(?:/|$)|"
    r"/AppData/Roaming/(?:Slack|discord|Signal|Telegram Desktop|Microsoft/Teams)/(?:Cookies|Local Storage|Network|tdata|sql|config\.json)|"
    r"/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine(?:/|$)|"
    r"/AppData/Roaming/(?:GitHub CLI|gcloud|rclone|FileZilla|WinSCP\.ini|npm/etc/npmrc|pypoetry/auth\.toml|Docker/config\.json)(?:/|$)|"
    r"/AppData/Local/Microsoft/Windows/INetCookies|/AppData/Roaming/Code/User/globalStorage/"
)
SECRET_NAME_RE = lazyre.compile(
    r"(^|/)(\.env(\.[\w.-]+)?|\.envrc|id_(rsa|dsa|ecdsa|ed25519)(_sk)?|[\w.-]*\.(pem|key|p12|pfx|jks|keystore|kdbx|ppk|asc|gpg|ovpn)"
    r"|credentials(\.json|\.csv|\.ya?ml)?|secrets?(\.[\w]+)?|\.htpasswd|\.pgpass|\.netrc|\.git-credentials|"
    r"service[-_]account[\w.-]*\.json|token(s)?\.json|auth\.json|api[-_]?keys?\.(?:json|ya?ml|toml|txt|properties)|"
    r"client[-_]secrets?[\w.-]*\.json|\.vault-token|known_hosts|authorized_keys|"
    r"kubeconfig|\.dockercfg|wallet\.dat|keychain[\w.-]*|[\w.-]*_history|master\.key|\.npmrc|\.pypirc)$",
    re.IGNORECASE,
)
# `.env.example` and friends are templates, not secrets.
SECRET_TEMPLATE_RE = lazyre.compile(r"\.(example|sample|template|dist|defaults?)$|\.(pub)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PathInfo:
    raw: str
    path: str  # absolute, normalised; for a dynamic path the best lexical guess
    cls: PathClass
    dynamic: bool = False


def expand_home(p: str, home: str) -> str:
    if p == "~" or p.startswith("~/"):
        return home + p[1:]
    if p.startswith("~") and len(p) > 1 and p[1] not in "/+-":
        user, _, rest = p[1:].partition("/")
        return f"/home/{user}" + ("/" + rest if rest else "")
    for var in ("$HOME", "${HOME}"):
        if p == var or p.startswith(var + "/"):
            return home + p[len(var) :]
    return p


def resolve(raw: str, cwd: str | None, home: str) -> str:
    """Absolute normalised form of `raw`; relative paths hang off `cwd` (or `/work` when unknown). A Windows path
    (`C:\\Users\\me\\.ssh`, `%APPDATA%\\x`, `.\\dist`, `/c/Users/me`) is read as the POSIX path of the same place
    (`automode.winpaths`)."""
    if "\\" in raw or raw[1:2] == ":" or raw[:1] == "%" or raw[:3] in ("/c/", "/d/", "/mn", "/cy") or raw[:5].lower() == "$env:":
        from automode.winpaths import to_posix

        raw = to_posix(raw, home)
    p = expand_home(raw, home)
    if not p.startswith("/"):
        p = posixpath.join(cwd or "/__project__", p)
    n = posixpath.normpath(p)
    if n.startswith("//"):
        n = "/" + n.lstrip("/")
    return n


def under(path: str, root: str) -> bool:
    """`path` is `root` or inside it (both absolute and normalised)."""
    root = root.rstrip("/")
    return path == root or path.startswith(root + "/")


# One regex per table instead of a loop per entry: classification runs for every path of every decision.
HOME_SECRET_RE = lazyre.compile("/(?:" + "|".join(re.escape(d) for d in SECRET_HOME_DIRS + HOME_STORES) + ")(?:/|$)")
PROTECTED_DIR_RE = lazyre.compile("(?:^|/)(?:" + "|".join(re.escape(d) for d in PROTECTED_DIRS) + ")(?:/|$)")
USER_HOMES = ("/home/", "/Users/", "/root/")


def is_secret_path(path: str, home: str) -> bool:
    if SECRET_TEMPLATE_RE.search(path):
        return False
    if path.startswith(SECRET_SYSTEM) or path.startswith(SYSTEM_STORES):
        return True
    if ("/AppData/" in path or "Windows/" in path or path.startswith(("/ProgramData/", "/unattend"))) and WINDOWS_SECRET_RE.search(path):
        return True
    # Directly under our home, or anywhere in a user's home (/home/bob/.ssh, /Users/alice/x/.aws is as secret).
    if path.startswith(home + "/") and HOME_SECRET_RE.match(path, len(home.rstrip("/"))):
        return True
    if path.startswith(USER_HOMES) and HOME_SECRET_RE.search(path):
        return True
    return bool(SECRET_NAME_RE.search(path) or store_named(path)) and not _certificate_name(path)


#: A `.pem`/`.crt` named as a certificate (`proxy-ca.pem`, `office-root.pem`, `fullchain.pem`, `ca-bundle.pem`) holds
#: public certificates, which TLS clients are pointed at (`npm config set cafile`, `SSL_CERT_FILE`); a name that
#: also says key (`privkey.pem`, `ca-key.pem`) stays a secret, and so does anything in a secret directory.
_CERT_WORDS = frozenset({"ca", "cacert", "cacerts", "cert", "certs", "certificate", "certificates", "chain", "fullchain",
                         "bundle", "root", "rootca", "intermediate", "trust", "truststore"})  # fmt: skip
_KEY_WORDS = frozenset({"key", "keys", "priv", "private", "privkey", "secret", "secrets", "pass", "password", "combined",
                        "keypair", "id", "token"})  # fmt: skip


#: Directories a CA keeps its issued certificates in (OpenSSL `newcerts/`, EasyRSA `pki/issued/`, `certs/`): a `.pem`
#: there is a certificate by its place, whatever its name (`newcerts/1A3F.pem`, the serial; session 25, P1).
_CERT_DIRS = frozenset({"certs", "newcerts", "cacerts", "certificates", "issued", "ca-certificates"})


def _certificate_name(path: str) -> bool:
    parts = path.lower().split("/")
    name = parts[-1]
    stem, dot, ext = name.rpartition(".")
    if not dot or ext not in ("pem", "crt", "cer"):
        return False
    words = set(re.split(r"[._-]+", stem))
    if words & _KEY_WORDS:
        return False
    dirs = set(parts[:-1])
    return bool(words & _CERT_WORDS) or (len(parts) > 1 and parts[-2] in _CERT_DIRS and not dirs & _KEY_WORDS)


def is_protected_path(path: str, home: str, root: str | None) -> bool:
    """A protected file name, or a protected directory anywhere in the path (paths are absolute, so a match in any
    suffix relative to the root or home is a match in the path itself)."""
    if path.rsplit("/", 1)[-1] in PROTECTED_FILES:
        return True
    return PROTECTED_DIR_RE.search(path) is not None


def is_artefact_path(path: str) -> bool:
    parts = [p for p in path.split("/") if p]
    if not parts:
        return False
    name = parts[-1]
    if name in ARTEFACT_DIRS or any(name.endswith(s) for s in ARTEFACT_SUFFIXES):
        return True
    # Anything inside an artefact directory (node_modules/x, build/lib/...), but not the system's own /usr/lib etc.
    return any(p in ARTEFACT_DIRS for p in parts[:-1]) and not path.startswith(SYSTEM_PREFIXES)


#: Tools' caches inside a tool's home that also keeps credentials (session 19, J1): the cache is rebuilt by the next
#: build (Maven's local repository, cargo's registry and git checkouts, NuGet's packages, Ivy's cache, the Android
#: build cache, Composer's cache); the home beside it (`settings.xml`, `credentials.toml`, `NuGet.Config`) is not.
HOME_CACHES = (".m2/repository", ".m2/wrapper", ".cargo/registry", ".cargo/git", ".nuget/packages",
               ".android/cache", ".android/build-cache", ".composer/cache", ".config/composer/cache",
               ".terraform.d/plugin-cache", ".gradle/wrapper/dists")


def home_cache(path: str, home: str) -> bool:
    """`path` is one of the tools' caches in `HOME_CACHES`, or inside one."""
    h = home.rstrip("/") + "/"
    return path.startswith(h) and any(under(path, h + c) for c in HOME_CACHES)


def holds_secret(path: str, home: str) -> bool:
    """A directory under the home directory that contains one of the home's credential files or directories
    (`~/.gradle` holds gradle.properties, `~/.m2` settings.xml, `~/.cargo` credentials.toml, `~/.config` many)."""
    return _holds_secret(path, home)


def _holds_secret(path: str, home: str) -> bool:
    """A directory under the home directory that contains one of the home's credential files or directories."""
    rel = path[len(home.rstrip("/")) + 1:] + "/" if path.startswith(home.rstrip("/") + "/") else ""
    return bool(rel) and any(d.startswith(rel) for d in SECRET_HOME_DIRS + HOME_STORES)


def is_critical(path: str, home: str, root: str | None) -> bool:
    if path == "/" or path == home or under(home, path):
        return True
    if root and under(root, path):
        return True
    parts = [p for p in path.split("/") if p]
    if len(parts) == 1 and parts[0] in SYSTEM_TOP:
        return True
    # /home/<user> and /Users/<user> themselves.
    return len(parts) == 2 and parts[0] in ("home", "Users")


@lru_cache(maxsize=16384)
def classify(raw: str, cwd: str | None, home: str, root: str | None, dynamic: bool = False) -> PathInfo:
    """Classify one path. `dynamic` marks a path that contains unresolved expansions."""
    path = resolve(raw, cwd, home)
    if dynamic:
        return PathInfo(raw, path, "dynamic", True)
    # bash's /dev/tcp and /dev/udp are sockets, not files (network rules look at them).
    if path in BENIGN_DEVICES or path.startswith(("/dev/fd/", "/proc/self/fd/", "/dev/tcp/", "/dev/udp/")):
        return PathInfo(raw, path, "temp")
    if DEVICE_RE.match(path):
        return PathInfo(raw, path, "device")
    if is_critical(path, home, root):
        return PathInfo(raw, path, "critical")
    if is_secret_path(path, home):
        return PathInfo(raw, path, "secret")
    if is_protected_path(path, home, root):
        return PathInfo(raw, path, "protected")
    in_project = root is not None and under(path, resolve(root, None, home))
    if path.startswith("/__project__"):
        in_project = True
    if (path.startswith(TEMP_PREFIXES) or (path.startswith("/Users/") and WINDOWS_TEMP_RE.match(path))) and not in_project:
        return PathInfo(raw, path, "temp")
    # Build output is disposable in the project (and the user's own caches); elsewhere it may be someone's. A tool's
    # home that also keeps credentials is not a cache (`~/.gradle` holds gradle.properties; `~/.gradle/caches` is one).
    if is_artefact_path(path) and (in_project or (under(path, home) and not path.startswith(SYSTEM_PREFIXES)
                                                  and not _holds_secret(path, home))):
        return PathInfo(raw, path, "artefact")
    if home_cache(path, home) and not _holds_secret(path, home):
        return PathInfo(raw, path, "artefact")
    if in_project:
        return PathInfo(raw, path, "project")
    if path.startswith(SYSTEM_PREFIXES):
        return PathInfo(raw, path, "system")
    if under(path, home):
        return PathInfo(raw, path, "home")
    return PathInfo(raw, path, "outside")
