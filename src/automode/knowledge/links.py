"""Links that hand out access: presigned and signed URLs, SAS tokens, share links (session 11, surface S2).

A link is a send of its object to whoever holds it, for as long as it lives. Per program form: which words name the
object, which option sets the lifetime and in what unit, the lifetime when none is given, and which options make
it a link to write (upload, delete) or to a whole container. Sources: `aws s3 presign` (`--expires-in` seconds,
default 3600, at most 604800), `gsutil signurl` (`-d` 10m/1h/7d, default 1h; `-m PUT`), `gcloud storage sign-url`
(`--duration`/`-d`, default 3600; `--http-verb`/`-m`), `az storage blob|container|share|file|account generate-sas`
(`--expiry` a UTC date; `--permissions` racwdl...; a container or account SAS reaches everything in it), MinIO `mc
share download|upload` (`--expire`/`-E`, default 168h; `--recursive`), `rclone link` (`--expire`, default: never),
`b2 get-download-url-with-auth` (`--duration` seconds, default 86400; a file name prefix), `s3cmd signurl
s3://B/O EXPIRY` (epoch or `+seconds`), `s5cmd presign` (`--expire`, default 1h), `oci os preauth-request create`
(`--time-expires`, `--access-type`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.dc import dataclass
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

NEVER = -1.0  # a link that does not expire


@dataclass(frozen=True, slots=True)
class LinkForm:
    programs: frozenset[str]
    lead: tuple[str, ...]
    unit: str  # how the lifetime is written: "s" seconds, "dur" (10m, 1h, 7d, 12h34m56s), "date" (UTC), "plus"
    life: tuple[str, ...] = ()  # options setting the lifetime
    default: float = 0.0  # seconds when no lifetime is given (NEVER: none; 0: required)
    objects: tuple[str, ...] = ()  # options naming the object (else the positional words after the lead)
    whole: tuple[str, ...] = ()  # options that make it reach a whole container or prefix (`--recursive`)
    writes: tuple[str, ...] = ()  # `opt=VALUES`: an option whose value lets the holder write (`-m=PUT`)
    values: tuple[str, ...] = ()  # other options that take a value
    whole_form: bool = False  # the form itself reaches a container or account (a container SAS)
    upload_form: bool = False  # the form itself hands out writing (`mc share upload`)


def _lf(programs: str, lead: str, unit: str, **kw: object) -> LinkForm:
    tup = {k: tuple(str(v).split()) for k, v in kw.items() if isinstance(v, str)}
    rest = {k: v for k, v in kw.items() if k not in tup}
    return LinkForm(frozenset(programs.split()), tuple(lead.split()), unit, **tup, **rest)  # type: ignore[arg-type]


_AZ = "--account-name --account-key --connection-string --sas-token --auth-mode --ip --protocol --start --policy-name " \
      "--services --resource-types --as-user --full-uri --https-only --encryption-scope"  # fmt: skip
# fmt: off
FORMS: tuple[LinkForm, ...] = (
    _lf("aws", "s3 presign", "s", life="--expires-in", default=3600.0, values="--profile --region --endpoint-url"),
    _lf("gsutil", "signurl", "dur", life="-d", default=3600.0, writes="-m=PUT|POST|DELETE|RESUMABLE",
        values="-c -m -p -r -b"),
    _lf("gcloud", "storage sign-url", "dur", life="--duration -d", default=3600.0,
        writes="--http-verb=PUT|POST|DELETE -m=PUT|POST|DELETE",
        values="--headers --http-verb -m --private-key-file --private-key-password -p --query-params --region -r"),
    _lf("az", "storage blob generate-sas", "date", life="--expiry", objects="--blob-url -n --name",
        writes="--permissions=*[acwdxmt]*", values=_AZ + " -c --container-name --permissions"),
    _lf("az", "storage file generate-sas", "date", life="--expiry", objects="-p --path",
        writes="--permissions=*[cwd]*", values=_AZ + " -s --share-name --permissions"),
    _lf("az", "storage container generate-sas", "date", life="--expiry", objects="-n --name",
        writes="--permissions=*[acwdxmt]*", values=_AZ + " --permissions", whole_form=True),
    _lf("az", "storage share generate-sas", "date", life="--expiry", objects="-n --name",
        writes="--permissions=*[cwd]*", values=_AZ + " --permissions", whole_form=True),
    _lf("az", "storage account generate-sas", "date", life="--expiry", writes="--permissions=*[acwdup]*",
        values=_AZ + " --permissions", whole_form=True),
    _lf("mc", "share download", "dur", life="--expire -E", default=168 * 3600.0, whole="--recursive -r",
        values="--version-id --vid"),
    _lf("mc", "share upload", "dur", life="--expire -E", default=168 * 3600.0, whole="--recursive -r",
        upload_form=True, values="--content-type"),
    _lf("rclone", "link", "dur", life="--expire", default=NEVER, values="--config"),
    _lf("b2", "get-download-url-with-auth", "s", life="--duration", default=86400.0),
    _lf("b2", "file url", "s", life="--duration", default=86400.0),
    _lf("s3cmd", "signurl", "plus"),
    _lf("s5cmd", "presign", "dur", life="--expire", default=3600.0),
    _lf("oci", "os preauth-request create", "date", life="--time-expires", objects="-on --object-name",
        writes="--access-type=*Write*", values="-bn --bucket-name --name --access-type --bucket-listing-action"),
)
# fmt: on
PROGRAMS = frozenset(p for f in FORMS for p in f.programs)


@dataclass(frozen=True, slots=True)
class Link:
    program: str
    objects: tuple[str, ...]  # what it reaches, as written (a URI, an object name, a container)
    lifetime: float  # seconds (NEVER: does not expire; 0: not known)
    given: bool  # the lifetime is written in the command (else the tool's default)
    writes: bool  # the holder may upload, overwrite or delete
    whole: bool  # it reaches a whole bucket, container, prefix or account, not one object
    text: str
    default: float = 0.0  # the program's own lifetime when none is given (NEVER: none; 0: one must be given)


_DUR = lazyre.compile(r"(?i)(\d+(?:\.\d+)?)\s*(w|d|h|m|s)")
_UNIT = {"w": 604800.0, "d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}


def duration(text: str) -> float:
    """`7d`, `1h`, `12h34m56s`, `90` (seconds) -> seconds; 0 when it cannot be read."""
    t = text.strip().strip("'\"")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    parts = _DUR.findall(t)
    return sum(float(n) * _UNIT[u.lower()] for n, u in parts) if parts else 0.0


def _date(text: str, now: float) -> float:
    """An ISO date or date-time (`2030-01-01`, `2025-06-30T12:00Z`) as seconds from now; 0 when unreadable."""
    from datetime import UTC, datetime

    t = text.strip().strip("'\"").replace("Z", "+00:00")
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            d = datetime.strptime(t, fmt)
        except ValueError:
            continue
        if d.tzinfo is None:
            d = d.replace(tzinfo=UTC)
        return max(d.timestamp() - now, 1.0)
    return 0.0


def _opts(words: list[str], takes: set[str]) -> tuple[list[str], dict[str, list[str]]]:
    pos: list[str] = []
    opts: dict[str, list[str]] = {}
    i = 0
    while i < len(words):
        w = words[i]
        i += 1
        if not w.startswith("-") or w == "-":
            pos.append(w)
            continue
        name, eq, val = w.partition("=")
        if not eq and name in takes and i < len(words):
            val = words[i]
            i += 1
        opts.setdefault(name, []).append(val)
    return pos, opts


def links(commands: list[Command], now: float | None = None) -> Iterator[Link]:
    """Every access link the commands make."""

    import time

    clock = time.time() if now is None else now
    for cmd in commands:
        if cmd.name not in PROGRAMS:
            continue
        words = [w.value for w in cmd.argv[1:]]
        for f in FORMS:
            if cmd.name not in f.programs:
                continue
            writes_opts = {w.split("=", 1)[0]: w.split("=", 1)[1] for w in f.writes}
            takes = {*f.life, *f.objects, *f.values, *writes_opts}
            pos, opts = _opts(words, takes)
            if [p.lower() for p in pos[: len(f.lead)]] != list(f.lead):
                continue
            rest = pos[len(f.lead):]
            objects = [v for o in f.objects for v in opts.get(o, []) if v]
            if not objects:
                objects = [p for p in rest if "://" in p or ":" in p or "/" in p] if f.unit != "plus" else rest[:1]
                if cmd.name == "gsutil":
                    objects = [p for p in rest if p.startswith("gs://")]
                if cmd.name == "b2" and f.lead[0] != "file":
                    objects = ["/".join(rest[:2])] if rest else []
            life_raw = next((v for o in f.life for v in reversed(opts.get(o, [])) if v), "")
            if f.unit == "plus":
                life_raw = rest[1] if len(rest) > 1 else ""
            lifetime = f.default
            if life_raw:
                if f.unit == "s" or f.unit == "dur":
                    lifetime = duration(life_raw)
                elif f.unit == "date":
                    lifetime = _date(life_raw, clock)
                elif life_raw.startswith("+"):
                    lifetime = duration(life_raw[1:])
                elif life_raw.isdigit():
                    lifetime = max(float(life_raw) - clock, 1.0)
            writes = f.upload_form or any(
                any(re.fullmatch(alt.replace("*", ".*"), v, re.I) for alt in pat.split("|") for v in opts.get(o, []))
                for o, pat in writes_opts.items())
            whole = f.whole_form or any(o in opts for o in f.whole) or any(
                re.fullmatch(r"[a-z0-9]+://[^/]+/?", o) for o in objects)
            yield Link(cmd.name, tuple(objects), lifetime, bool(life_raw), writes, whole,
                       cmd.text or " ".join(w.value for w in cmd.argv), f.default)
            break
