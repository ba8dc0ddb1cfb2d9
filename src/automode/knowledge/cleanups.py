"""Programs that free space by deleting (session 21, L3): the answer to "how big is it?" is a measure, not a cleanup.

"berapa ukuran folder WAL postgres di server dev?" answered with `pg_archivecleanup …/pg_wal $(… | tail -1)`; "how
much disk are the journal logs using?" with `journalctl --vacuum-size=200M`: the program deletes what the user asked
to measure (WAL segments a replica or a point-in-time recovery still needs, the logs of past boots, unreachable git
objects, stopped containers and their volumes). Measuring is another command of the same tools (`du`, `journalctl
--disk-usage`, `docker system df`, `git count-objects -vH`).

Facts from each tool's manual: pg_archivecleanup (removes WAL files older than the one named), journalctl
`--vacuum-size|--vacuum-time|--vacuum-files`, `git gc --prune=…`, `git prune`, `git reflog expire`, `git lfs prune`,
docker/podman `system|image|container|volume|builder|network prune`, `nix-collect-garbage`, `nix-store --gc`,
apt/apt-get `clean|autoclean|autoremove`, dnf/yum `clean`, `npm cache clean`, `yarn cache clean`, `pnpm store
prune`, `pip cache purge|remove`, `conda clean`, `brew cleanup`, `gem cleanup`, `go clean -cache|-modcache`,
`logrotate -f`, tmpreaper/tmpwatch.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: program -> (the leading words that make it a cleanup (empty: any use), the options that do)
CLEANUPS: dict[str, tuple[tuple[tuple[str, ...], ...], frozenset[str]]] = {
    "pg_archivecleanup": (((),), frozenset()),
    "journalctl": ((), frozenset({"--vacuum-size", "--vacuum-time", "--vacuum-files"})),
    "git": ((("gc",), ("prune",), ("reflog", "expire"), ("lfs", "prune")), frozenset()),
    "docker": ((("system", "prune"), ("image", "prune"), ("container", "prune"), ("volume", "prune"),
                ("builder", "prune"), ("network", "prune"), ("buildx", "prune")), frozenset()),
    "podman": ((("system", "prune"), ("image", "prune"), ("container", "prune"), ("volume", "prune")), frozenset()),
    "nix-collect-garbage": (((),), frozenset()),
    "nix-store": ((), frozenset({"--gc"})),
    "apt": ((("clean",), ("autoclean",), ("autoremove",)), frozenset()),
    "apt-get": ((("clean",), ("autoclean",), ("autoremove",)), frozenset()),
    "dnf": ((("clean",),), frozenset()), "yum": ((("clean",),), frozenset()),
    "npm": ((("cache", "clean"),), frozenset()), "yarn": ((("cache", "clean"),), frozenset()),
    "pnpm": ((("store", "prune"),), frozenset()), "pip": ((("cache", "purge"), ("cache", "remove")), frozenset()),
    "pip3": ((("cache", "purge"), ("cache", "remove")), frozenset()), "conda": ((("clean",),), frozenset()),
    "brew": ((("cleanup",),), frozenset()), "gem": ((("cleanup",),), frozenset()),
    "go": ((), frozenset({"-cache", "-modcache", "-testcache", "-fuzzcache"})),
    "logrotate": ((), frozenset({"-f", "--force"})),
    "tmpreaper": (((),), frozenset()), "tmpwatch": (((),), frozenset()),
}
#: Options with which a cleanup only shows what it would remove.
_DRY = frozenset({"--dry-run", "-n", "--dry", "-d", "--simulate", "-s", "--debug"})
#: Per program, the options that are the dry run (`pg_archivecleanup -n`, `git gc` has none, `git prune -n`).
_DRY_OF = {"pg_archivecleanup": frozenset({"-n"}), "git": frozenset({"-n", "--dry-run"}),
           "nix-collect-garbage": frozenset({"--dry-run"}), "apt-get": frozenset({"-s", "--simulate", "--dry-run"}),
           "apt": frozenset({"-s", "--simulate", "--dry-run"}), "conda": frozenset({"--dry-run", "-d"}),
           "brew": frozenset({"-n", "--dry-run"}), "gem": frozenset({"-d", "--dryrun"}), "logrotate": frozenset({"-d"}),
           "tmpreaper": frozenset({"--test"}), "tmpwatch": frozenset({"-t", "--test"}),
           "docker": frozenset(), "podman": frozenset(), "journalctl": frozenset()}


def cleanup(cmd: Command) -> str | None:
    """What `cmd` deletes to free space, as its own words (`journalctl --vacuum-size=200M`, `git gc`), or None."""
    name = cmd.name.rsplit("/", 1)[-1]
    spec = CLEANUPS.get(name)
    if spec is None:
        return None
    leads, opts = spec
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    if any(w.split("=", 1)[0] in _DRY_OF.get(name, _DRY) for w in words):
        return None
    pos = [w for w in words if not w.startswith("-")]
    if name == "go" and pos[:1] != ["clean"]:
        return None
    for lead in leads:
        if tuple(pos[: len(lead)]) == lead:
            return " ".join((name, *lead)) if lead else name
    hit = next((w for w in words if w.split("=", 1)[0] in opts), None)
    return (f"go clean {hit}" if name == "go" else f"{name} {hit}") if hit else None


#: (command, what it cleans or None)
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("pg_archivecleanup /var/lib/postgresql/16/main/pg_wal 000000010000000A000000FF", "pg_archivecleanup"),
    ("pg_archivecleanup -n /var/lib/postgresql/16/main/pg_wal 000000010000000A000000FF", None),
    ("journalctl --vacuum-size=200M", "journalctl --vacuum-size=200M"), ("journalctl --disk-usage", None),
    ("git gc --prune=now --aggressive", "git gc"), ("git count-objects -vH", None), ("git prune -n", None),
    ("docker system prune -af --volumes", "docker system prune"), ("docker system df -v", None),
    ("apt-get clean", "apt-get clean"), ("apt-get install -y jq", None), ("go clean -modcache", "go clean -modcache"),
    ("go build ./...", None), ("npm cache clean --force", "npm cache clean"), ("npm cache verify", None),
    ("nix-collect-garbage -d", "nix-collect-garbage"), ("brew cleanup", "brew cleanup"), ("brew list", None),
)
