"""The values a named act carries, by kind (session 16, G3): which option of which program picks the device, the
image tag, the published state, the dry or real form, the selector. Read by `judge.intent.named_values`, which
compares each with the value the user named.

* devices and ports: the option of each flasher, debugger and phone tool that picks the board or phone
  (`esptool --port`, `avrdude -P`, `adb -s`, `fastboot -s`, `dfu-util -S`, `idevice* -u`, `arduino-cli -p`,
  `pio --upload-port`, `mpremote connect u0`); a serial port is compared by its tail (`/dev/ttyUSB0`, `ttyUSB0`,
  "USB0", mpremote's `u0`), a serial number or emulator by its shape;
* image tags: `kubectl set image c=repo:tag`, `kubectl run --image`, `helm --set image.tag=`, `docker run|pull|create
  repo:tag`, `gcloud run deploy --image`, `az containerapp update --image`, `fly deploy --image`, `kustomize edit set
  image`, `argocd app set -p image.tag=`, `terraform -var image_tag=`, and `image:`/`FROM` lines a file edit adds;
* published state: the options that keep a release or pull request a draft, a repository private, a gist secret, a
  package on its pre-release tag or on the test index (`gh release create --draft`, `gh pr create --draft`, `gh repo
  create --private`, `npm publish --tag beta`, `twine upload -r testpypi`), and the MCP keys that say the same;
* dry and real forms of one program spelled by name (`pulumi preview` / `pulumi up`, `terraform plan` / `apply`,
  `cdk diff` / `deploy`, `helm diff|template` / `upgrade`, `kubectl diff` / `apply`, `az … what-if` / `create`);
* selectors that pick by pattern where one item can be named (`airflow tasks clear -t REGEX`, `kubectl -l`,
  `docker --filter name=`, `redis-cli --scan --pattern`, a `grep -l` feeding a removal).

Facts from each program's manual (esptool `-p/--port`, avrdude `-P port`, adb/fastboot `-s serial`, dfu-util
`-S serial`/`-p path`, libimobiledevice `-u udid`, mpremote's `a0`/`u0`/`c0` shortcuts, gh `release create --draft`
and `--latest`, `repo create --public|--private|--internal`, `gist create --public`, npm `publish --tag` (default
`latest`) and `--access`, twine `-r/--repository`, airflow `tasks clear -t/--task-regex` is a regular expression).
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

_F = frozenset

# ------------------------------------------------------------------ devices and ports
#: Programs whose operand is the port (`picocom /dev/ttyUSB0`, `stm32flash COM3`, `mpremote connect u0`); the
#: options that pick a device are `knowledge.placeflags`' (kind DEVICE: `esptool -p`, `adb -s`, `dfu-util -S`).
PORT_OPERAND = _F({"picocom", "tio", "stm32flash", "mpremote", "screen", "cu", "minicom", "miniterm", "miniterm.py",
                   "esptool", "esptool.py", "avrdude", "arduino-cli", "pio", "platformio", "ampy", "rshell"})
#: Arguments of these programs that write, erase or install on the device (a device substituted there is refused).
DEVICE_WRITES = _F({
    "write_flash", "erase_flash", "erase_region", "write-flash", "erase-flash", "flash", "erase", "format", "flashall",
    "update", "install", "install-multiple", "uninstall", "push", "upload", "load", "burn", "-U", "-e", "-D",
    "--download", "cp", "rm", "reboot", "oem", "flashing", "sideload", "restore", "--program", "--eraseall",
    "--chiperase", "--sectorerase", "write", "--write", "-w", "--erase", "run", "-t", "--target", "deploy", "fs",
    "burn_efuse", "burn_key", "set_flash_voltage", "-i", "--install", "-I",
})  # fmt: skip
_MPREMOTE_SHORT = {"a": "acm", "u": "usb", "c": "com"}
_TTY = lazyre.compile(r"(?i)^(?:/dev/)?(?:tty\.?|cu\.)?((?:usb|acm|ama|ths|s|xrusb)\d+|usbserial[-\w]*|usbmodem[-\w]*|"
                      r"wchusbserial[-\w]*|slab_usbtouart\w*|serial\d+)$|^(com\d{1,3})$")


#: Device selector shapes (compiled once, not per call).
_EMULATOR = lazyre.compile(r"^emulator-\d{4}$")
_ADDRESS = lazyre.compile(r"^\d{1,3}(?:\.\d{1,3}){3}(?::\d{2,5})?$")
_UDID = lazyre.compile(r"^[0-9a-f]{8}-[0-9a-f]{12,16}$|^[0-9a-f]{40}$")
_SERIAL = lazyre.compile(r"^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{6,24}$")

def device_key(value: str) -> tuple[str, str]:
    """(shape, key) of a device value: ("port", "usb0") for `/dev/ttyUSB0`, `ttyUSB0`, `USB0`, mpremote's `u0`;
    ("serial", …), ("emulator", …), ("address", …) for a phone or probe; ("", "") when it is none of these."""
    v = value.strip().strip("'\"")
    low = v.lower()
    if low.startswith("port:"):
        low = low[5:]
    if low.startswith("dev="):
        low = low[4:]
    if len(low) == 2 and low[0] in _MPREMOTE_SHORT and low[1].isdigit():
        return "port", _MPREMOTE_SHORT[low[0]] + low[1]
    m = _TTY.match(low)
    if m is not None:
        return "port", (m.group(1) or m.group(2)).lower()
    if low.startswith("/dev/"):
        return "port", low[5:].removeprefix("tty")
    if _EMULATOR.match(low):
        return "emulator", low
    if _ADDRESS.match(low):
        return "address", low
    if _UDID.match(low):
        return "udid", low
    if _SERIAL.match(low):
        return "serial", low
    return "", ""


def _program(cmd: Command) -> tuple[str, list[str]]:
    """The program and its arguments, through `python -m X`, `npx X`, `cargo X`."""
    name, args = cmd.name, [w.value for w in cmd.argv[1:]]
    if name.startswith("python") and len(args) >= 2 and args[0] == "-m":
        return args[1].lower(), args[2:]
    if name in ("npx", "pnpx", "bunx", "uvx", "pipx") and args and not args[0].startswith("-"):
        return args[0].lower(), args[1:]
    if name == "cargo" and args[:1] == ["espflash"]:
        return "cargo-espflash", args[1:]
    return name, args


def devices(cmd: Command) -> list[str]:
    """The device values a command picks (`/dev/ttyUSB1`, `R58N998XYZ`): the values of its device options
    (`knowledge.placeflags`, kind DEVICE) and the serial ports its operands name."""
    from automode.knowledge.placeflags import DEVICE, option_kind

    name, args = _program(cmd)
    out: list[str] = []
    skip = False
    for i, w in enumerate(args):
        if skip:
            skip = False
            continue
        key, eq, val = w.partition("=")
        if w.startswith("-") and option_kind(name, key) == DEVICE:
            if eq:
                out.append(val)
            elif i + 1 < len(args):
                out.append(args[i + 1])
                skip = True
        elif name == "avrdude" and w.startswith("-P") and len(w) > 2:
            out.append(w[2:])  # `avrdude -P/dev/ttyACM0`
        elif not w.startswith("-") and name in PORT_OPERAND and (w.startswith(("/dev/tty", "/dev/cu.")) or (
                device_key(w)[0] == "port" and (name == "mpremote" or w.upper().startswith("COM")))):
            out.append(w)
    return out


def writes_device(cmd: Command) -> bool:
    _, args = _program(cmd)
    return any(w.split("=", 1)[0] in DEVICE_WRITES or w.startswith("flash:w") for w in args)


# ------------------------------------------------------------------ image tags
#: Tags that name no version: whatever is newest when it runs.
FLOATING = _F({"latest", "stable", "main", "master", "edge", "nightly", "canary", "lts", "current", "dev", "develop",
               "head", "rolling", "newest", "next", "beta", "alpha", "release", "prod", "production"})
_IMAGE_OPTS = _F({"--image", "--container-image-name", "--docker-custom-image-name", "--docker-image"})
_TAG_KEY = lazyre.compile(r"(?i)(?:^|[._])(?:image[._]?tag|imagetag|tag|image[._]?version|app[._]?version)$")
_IMAGE_KEY = lazyre.compile(r"(?i)(?:^|[._])image(?:[._]?(?:ref|name|uri))?$")
_DOCKER_VALUE_OPTS = _F({"-d", "-i", "-t", "-it", "-itd", "-dit", "--rm", "--privileged", "--init", "-P", "--detach",
                         "--interactive", "--tty", "--read-only", "--quiet", "-q", "--all-tags", "-a", "--no-healthcheck"})
_FILE_IMAGE = lazyre.compile(r"(?im)^[ \t]*(?:-[ \t]*)?(?:image|FROM)[ \t]*:?[ \t]+['\"]?([\w.\-/:@]+)['\"]?|"
                             r"^[ \t]*(?:image[_-]?tag|tag|version)[ \t]*:[ \t]*['\"]?([\w.\-]+)['\"]?[ \t]*$")


def split_image(ref: str) -> tuple[str, str]:
    """(name, tag) of an image reference (`ghcr.io/acme/api:2.4.1` -> ("api", "2.4.1")); tag "" when none and the
    digest's text when pinned by digest."""
    ref = ref.strip().strip("'\"")
    if "@" in ref:
        base, digest = ref.split("@", 1)
        return base.rsplit("/", 1)[-1].split(":", 1)[0].lower(), digest.lower()
    last = ref.rsplit("/", 1)[-1]
    name, _, tag = last.partition(":")
    return name.lower(), tag.lower()


def image_tags(cmd: Command) -> list[tuple[str, str]]:
    """(image or release name, tag) pairs a deploy or run command sets."""
    name, args = _program(cmd)
    out: list[tuple[str, str]] = []
    pos = [w for w in args if not w.startswith("-")]
    at = next((i for i in range(len(pos) - 1) if pos[i:i + 2] == ["set", "image"]), -1)
    if name in ("kubectl", "oc") and 0 <= at <= 3:
        for w in pos[at + 2:]:
            if "=" in w and ":" in w.split("=", 1)[1]:
                out.append(split_image(w.split("=", 1)[1]))
    if name in ("kustomize",) and pos[:3] == ["edit", "set", "image"]:
        for w in pos[3:]:
            ref = w.split("=", 1)[-1]
            if ":" in ref:
                out.append(split_image(ref))
    for i, w in enumerate(args):  # `--image=repo:tag`, `--image repo:tag`
        key, eq, val = w.partition("=")
        if key in _IMAGE_OPTS:
            v = val if eq else (args[i + 1] if i + 1 < len(args) else "")
            if ":" in v.rsplit("/", 1)[-1] or "@" in v:
                out.append(split_image(v))
    if name in ("helm", "helmfile", "argocd", "terraform", "tofu", "terragrunt"):
        release = pos[1] if name == "helm" and len(pos) > 1 else ""
        for i, w in enumerate(args):
            if w in ("--set", "--set-string", "-p", "--parameter", "-var", "--var") and i + 1 < len(args):
                v = args[i + 1]
            elif w.startswith(("--set=", "--set-string=", "-var=", "--var=", "--parameter=")):
                v = w.split("=", 1)[1]
            else:
                continue
            for part in v.split(","):
                k, eq, val = part.partition("=")
                if not eq:
                    continue
                if _TAG_KEY.search(k.strip()):
                    out.append((release or k.strip().lower(), val.strip().strip("'\"").lower()))
                elif _IMAGE_KEY.search(k.strip()) and ":" in val:
                    out.append(split_image(val))
    if name in ("docker", "podman", "nerdctl") and pos[:1] == ["push"] and len(pos) > 1:
        out.append(split_image(pos[1]))
    if (name in ("docker", "podman", "nerdctl") and pos[:1] in (["run"], ["pull"], ["create"])) or \
            (name in ("docker", "podman") and pos[:2] in (["container", "run"], ["image", "pull"])):
        sub_at = args.index(pos[1] if pos[:1] in (["container"], ["image"]) else pos[0])
        skip = False
        for w in args[sub_at + 1:]:
            if skip:
                skip = False
                continue
            if w.startswith("-"):
                skip = "=" not in w and w not in _DOCKER_VALUE_OPTS
                continue
            out.append(split_image(w))
            break
    return out


#: Variables that carry the version a deploy, build or compose run takes (`TAG=latest docker compose up`, `make
#: deploy VERSION=1.4.0`, `IMAGE_TAG=…`).
VERSION_VAR = lazyre.compile(r"(?i)^(?:\w+_)?(?:tag|version|image_tag|image_version|release|ver)$")
#: Programs whose `KEY=VALUE` operands set variables (make, just, task, rake; a deploy script's own).
_VAR_ARGS = _F({"make", "gmake", "just", "task", "rake", "mage", "earthly", "bake"})


def version_vars(cmd: Command) -> list[tuple[str, str]]:
    """("", value) for each version-carrying variable a command sets (its environment prefix, or a make-style
    `KEY=VALUE` operand)."""
    out = [("", v.value.strip("'\"").lower()) for k, v in cmd.assigns if VERSION_VAR.match(k) and not v.dynamic]
    if cmd.name in _VAR_ARGS:
        for w in cmd.args:
            k, eq, v = w.partition("=")
            if eq and VERSION_VAR.match(k) and v:
                out.append(("", v.strip("'\"").lower()))
    return out


def file_tags(text: str) -> list[tuple[str, str]]:
    """(image name, tag) of the `image:` / `FROM` references and the bare `tag:` values in a text a file edit adds."""
    out: list[tuple[str, str]] = []
    for m in _FILE_IMAGE.finditer(text[:200_000]):
        if m.group(1):
            ref = m.group(1)
            if ":" in ref.rsplit("/", 1)[-1] or "@" in ref:
                out.append(split_image(ref))
        elif m.group(2):
            out.append(("", m.group(2).lower()))
    return out


# ------------------------------------------------------------------ published state
class Kept:
    """A command or call whose options keep the state the user named: `state` ("draft" | "private" | "secret" |
    "prerelease" | "test-index"), `keeps` (options or `opt=value` any of which keep it; empty: the default keeps
    it), `breaks` (options that change it), `hard` (publishing beyond the named state is refused, not asked)."""

    __slots__ = ("breaks", "hard", "keeps", "program", "state", "sub")

    def __init__(self, program: str, sub: tuple[str, ...], state: str, keeps: frozenset[str], breaks: frozenset[str],
                 hard: bool = True) -> None:
        self.program, self.sub, self.state, self.keeps, self.breaks, self.hard = program, sub, state, keeps, breaks, hard


KEPT: tuple[Kept, ...] = (
    Kept("gh", ("release", "create"), "draft", _F({"--draft", "-d"}), _F({"--latest", "--latest=true"})),
    Kept("gh", ("release", "create"), "prerelease", _F({"--prerelease", "-p"}), _F({"--latest", "--latest=true"})),
    Kept("gh", ("release", "edit"), "draft", _F({"--draft=true"}), _F({"--draft=false", "--latest"})),
    Kept("gh", ("pr", "create"), "draft", _F({"--draft", "-d"}), _F(), hard=False),
    Kept("glab", ("mr", "create"), "draft", _F({"--draft", "--wip"}), _F(), hard=False),
    Kept("gh", ("repo", "create"), "private", _F({"--private", "--internal"}), _F({"--public"})),
    Kept("gh", ("repo", "edit"), "private", _F(), _F({"--visibility=public", "--visibility public"})),
    Kept("glab", ("repo", "create"), "private", _F(), _F({"--public", "--internal"})),
    Kept("gh", ("gist", "create"), "secret", _F(), _F({"--public", "-p"})),
    Kept("gh", ("gist", "create"), "private", _F(), _F({"--public", "-p"})),
    Kept("npm", ("publish",), "private", _F(), _F({"--access=public", "--access public"})),
    Kept("pnpm", ("publish",), "private", _F(), _F({"--access=public", "--access public"})),
    Kept("yarn", ("npm", "publish"), "private", _F(), _F({"--access=public", "--access public"})),
    Kept("twine", ("upload",), "test-index", _F({"-r=testpypi", "-r testpypi", "--repository=testpypi",
                                                 "--repository testpypi", "--repository-url"}), _F()),
    Kept("poetry", ("publish",), "test-index", _F({"-r=testpypi", "-r testpypi", "--repository=testpypi",
                                                   "--repository testpypi"}), _F()),
    Kept("uv", ("publish",), "test-index", _F({"--publish-url", "--index=testpypi", "--index testpypi"}), _F()),
    Kept("hatch", ("publish",), "test-index", _F({"-r=test", "-r test", "--repo=test", "--repo test"}), _F()),
    Kept("flit", ("publish",), "test-index", _F({"--repository=testpypi", "--repository testpypi"}), _F()),
    Kept("vsce", ("publish",), "prerelease", _F({"--pre-release"}), _F()),
    Kept("ovsx", ("publish",), "prerelease", _F({"--pre-release"}), _F()),
)
#: MCP argument keys and the value that leaves the named state.
MCP_KEPT: dict[str, tuple[str, object]] = {
    "draft": ("draft", False), "private": ("private", False), "visibility": ("private", "public"),
    "public": ("secret", True), "prerelease": ("prerelease", False), "make_latest": ("draft", "true"),
}


def kept_rows(cmd: Command) -> list[tuple[Kept, str]]:
    """(row, the option that changes the named state or "" when a `keeps` option is missing) for each row of the
    command whose state it does not keep; rows it keeps are left out."""
    name, args = _program(cmd)
    pos = [w for w in args if not w.startswith("-")]
    joined = " ".join(args)
    out: list[tuple[Kept, str]] = []
    for row in KEPT:
        if row.program != name or tuple(pos[:len(row.sub)]) != row.sub:
            continue
        broke = next((b for b in row.breaks if b in args or (" " in b and b in joined)), "")
        kept = not row.keeps or any(k in args or (" " in k and k in joined) or
                                    any(x.startswith(k + "=") or (k.endswith("url") and x.startswith(k)) for x in args)
                                    for k in row.keeps)
        if row.state == "test-index" and any("test.pypi.org" in x for x in args):
            kept = True
        if broke or not kept:
            out.append((row, broke))
    return out


# ------------------------------------------------------------------ dry and real forms spelled by name
#: program -> (its dry subcommands, its real subcommands) when the user spells one by name ("pulumi preview").
SPELLED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "pulumi": (_F({"preview"}), _F({"up", "update", "destroy", "refresh", "import"})),
    **dict.fromkeys(("terraform", "tofu", "terragrunt"), (_F({"plan", "validate"}),
                                                          _F({"apply", "destroy", "import"}))),
    "cdk": (_F({"diff", "synth", "synthesize"}), _F({"deploy", "destroy"})),
    "cdktf": (_F({"diff", "synth", "plan"}), _F({"deploy", "destroy", "apply"})),
    "helm": (_F({"diff", "template", "lint"}), _F({"install", "upgrade", "uninstall", "rollback", "delete"})),
    "helmfile": (_F({"diff", "template", "lint"}), _F({"apply", "sync", "destroy", "delete"})),
    **dict.fromkeys(("kubectl", "oc"), (_F({"diff"}), _F({"apply", "replace", "create", "delete", "patch"}))),
    "az": (_F({"what-if"}), _F({"create"})),
    "sam": (_F({"validate", "package"}), _F({"deploy", "delete", "sync"})),
    **dict.fromkeys(("serverless", "sls"), (_F({"package", "print"}), _F({"deploy", "remove"}))),
    "flyway": (_F({"info", "validate"}), _F({"migrate", "clean", "repair", "undo"})),
    "liquibase": (_F({"update-sql", "status", "diff", "validate"}), _F({"update", "rollback", "drop-all", "dropall"})),
    "dbmate": (_F({"status"}), _F({"up", "migrate", "rollback", "down", "drop"})),
    "atlas": (_F({"diff", "lint"}), _F({"apply"})),
}


def spelled_sub(cmd: Command) -> tuple[str, str, bool] | None:
    """(program, subcommand, dry?) of a command of `SPELLED`; None for other commands or forms not in the table.
    A real subcommand carrying the program's own dry option (`--dry-run`, `--preview-only`, `what-if`) is dry."""
    name, args = _program(cmd)
    row = SPELLED.get(name)
    if row is None:
        return None
    pos = [w.lower() for w in args if not w.startswith("-")][:4]
    dry_opts = {"--dry-run", "--preview-only", "--what-if", "--no-execute-changeset", "--noop", "-c"}
    for w in pos:
        if w in row[0]:
            return name, w, True
        if w in row[1]:
            return name, w, any(x.split("=", 1)[0] in dry_opts for x in args)
    return None


# ------------------------------------------------------------------ selectors
#: program -> options whose value is a pattern or label selector (not one named item).
SELECTOR_OPTS: dict[str, frozenset[str]] = {
    "airflow": _F({"-t", "--task-regex", "--dag-regex"}),
    **dict.fromkeys(("kubectl", "oc"), _F({"-l", "--selector", "--field-selector"})),
    **dict.fromkeys(("docker", "podman", "nerdctl"), _F({"--filter", "-f"})),
    "redis-cli": _F({"--pattern"}),
    "celery": _F({"-Q", "--queues"}),
    "dbt": _F({"-s", "--select", "-m", "--models"}),
}
#: Subcommand or argument words that destroy or reset what the selector picks.
SELECTOR_DESTROYS = _F({"clear", "delete", "rm", "remove", "purge", "del", "unlink", "drop", "kill", "prune", "stop",
                        "restart", "rollout", "scale", "drain", "evict", "reset", "run", "backfill", "rmi",
                        "delete-all", "flushdb", "uninstall", "cordon", "label", "annotate", "seed"})

_META = lazyre.compile(r"\.\*|\.\+|[\^$*+?()\[\]{}|\\]")


def selector_values(cmd: Command) -> list[str]:
    """The pattern or label values a command of `SELECTOR_OPTS` selects by (`^load_`, `worker` of `app=worker`,
    `session:*`), and a `grep -l`'s pattern; [] for other commands."""
    name, args = _program(cmd)
    out: list[str] = []
    if name in ("grep", "egrep", "rg", "ag", "git") and (name != "git" or args[:1] == ["grep"]):
        if not any(x in ("-l", "--files-with-matches", "-L", "--files-without-match") or
                   (x.startswith("-") and not x.startswith("--") and "l" in x[1:]) for x in args):
            return []
        rest = args[1:] if name == "git" else args
        for i, w in enumerate(rest):
            if w in ("-e", "--regexp") and i + 1 < len(rest):
                return [rest[i + 1]]
        pos = [w for w in rest if not w.startswith("-")]
        return pos[:1]
    opts = SELECTOR_OPTS.get(name)
    if opts is None:
        return []
    if name == "dbt":
        out += _macro_patterns(args)  # `dbt run-operation drop_relations_matching --args '{pattern: "^load_"}'`
    for i, w in enumerate(args):
        key, eq, val = w.partition("=")
        if eq and key in opts:
            v = val
        elif (w in opts or (name == "redis-cli" and w.upper() in ("KEYS", "MATCH"))) and i + 1 < len(args):
            v = args[i + 1]
        else:
            continue
        if name in ("kubectl", "oc", "docker", "podman", "nerdctl") and "=" in v:
            for part in v.split(","):
                k, _, val2 = part.rpartition("=")
                k = k.rstrip("!")
                if k and not part.split("=", 1)[0].endswith("!"):
                    out.append(val2)
        elif name in ("kubectl", "oc", "docker", "podman", "nerdctl"):
            continue  # (`-l app` selects every object carrying the label: no value to compare)
        else:
            out.append(v)
    return out


#: The keys of a macro's arguments (`dbt run-operation … --args '{…}'`) whose value selects by pattern.
_PATTERN_KEYS = lazyre.compile(r"""(?i)["']?\b(pattern|regex|regexp|prefix|like|glob|match|matching|filter|selector|"""
                               r"""name_pattern|table_pattern|schema_pattern)["']?\s*:\s*["']?([^,"'}]+)""")


def _macro_patterns(args: list[str]) -> list[str]:
    """The pattern values of a dbt macro's `--args`/`--vars` mapping (YAML or JSON), by their key."""
    out: list[str] = []
    for i, w in enumerate(args):
        key, eq, val = w.partition("=")
        if key in ("--args", "--vars"):
            text = val if eq else (args[i + 1] if i + 1 < len(args) else "")
            out += [m.group(2).strip() for m in _PATTERN_KEYS.finditer(text)]
    return out


def core(pattern: str) -> str:
    """A pattern's literal text: anchors, wildcards and groups dropped (`^load_` -> `load_`, `session:*` ->
    `session:`)."""
    return _META.sub("", pattern.strip("'\""))


def is_pattern(pattern: str) -> bool:
    """More than a literal, anchored or not (`^load_orders$` is a literal)."""
    p = pattern.strip("'\"")
    inner = p[1:] if p.startswith("^") else p
    inner = inner[:-1] if inner.endswith("$") else inner
    return bool(_META.search(inner))


#: Database, cache and queue clients whose connection value says where they land.
DB_CLIENTS = _F({"mongosh", "mongo", "psql", "mysql", "mariadb", "redis-cli", "valkey-cli", "sqlcmd", "clickhouse-client",
                 "clickhouse", "cqlsh", "pgcli", "mycli", "litecli", "usql", "influx", "cockroach", "neo4j", "cypher-shell",
                 "mongoimport", "mongorestore", "pg_restore", "duckdb", "snowsql", "bq", "trino", "presto"})
