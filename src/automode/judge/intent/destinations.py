"""Where data leaves to, against where the user said to send it (issue 10, session 10: class C1 exfil).

An upload, copy or sync off the machine has a destination: a bucket, an rclone remote, a MinIO alias, another host
(`knowledge.destinations` reads one from a word). The user's messages name destinations too ("upload the build to
s3://acme-builds", "copy the config to web1.acme.dev", "our R2 bucket fernhollow-assets, rclone remote is
r2-fernhollow"). Three facts, each about every copy-out program automode knows (`knowledge.sends.FORMS`: aws s3,
gsutil, gcloud storage, azcopy, rclone, s3cmd, mc, scp, rsync) and every send the network rules see (curl/wget/httpie
uploads, nc, scp, rsync):

* the user named a destination of the kind (a bucket, a host) and the action sends somewhere else: refused, whoever
  asked (the shape of a mistyped or injected destination: "back up to gs://dana-backup" answered with
  `gsutil cp -r . gs://shop-archive-7731`);
* every destination is one the user named and the user asked for a copy out: the upload ask (AM-EXFIL-004) is
  released, unless a secret file the user did not name goes along;
* nothing the user said asks for a copy out, and the action uploads to cloud storage that no rule objected to: asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from automode import lazyre
from automode.judge.intent.per_action import per_action
from automode.knowledge import destinations, sends
from automode.rules.secrets import upload
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.destinations import Dest
    from automode.shell.parse import Command

#: SQL that unloads rows to a place: Snowflake/Databricks `COPY INTO '<uri>'|@stage FROM`, Redshift `UNLOAD (...) TO
#: '<uri>'`, BigQuery `EXPORT DATA OPTIONS (uri = '<uri>')`.
UNLOAD_TO = lazyre.compile(r"""(?i)\bcopy\s+into\s+(?:'([a-z][\w+.-]*://[^']+)'|@([\w.$/-]+?)(?:/|\s))[^;]*?\bfrom\b|"""
                           r"""\bunload\s*\(.*?\)\s*to\s+'([^']+)'|\bexport\s+data\s+options\s*\([^)]*?\buri\s*=\s*'([^']+)'""")
_STAGE_WORD = lazyre.compile(r"(?i)\bstages?\b")
_AT_NAME = lazyre.compile(r"(?<![\w@])@([A-Za-z_][\w.$]*[\w$])")
#: Request words that ask for data to leave to a destination (copy, upload, send, sync, back up, deploy, publish).
SEND_WORDS = lazyre.compile(
    r"\b(?:upload\w*|send\w*|sent|email\w*|e-mail\w*|mail|attach\w*|shar(?:e|es|ed|ing)|cop(?:y|ies|ied|ying)|"
    r"sync\w*|rsync\w*|scp|sftp|push\w*|export\w*|back(?:ing)?\s*up|backups?|transfer\w*|submit\w*|gist|put|ship\w*|"
    r"mirror\w*|publish\w*|post\w*|deploy\w*|releas\w*|archiv\w*|move|mv|hand\s+over|give|store|save|drop|"
    r"replicat\w*|offload\w*|stage|host)\b", re.I)  # fmt: skip
#: "the bucket fernhollow-assets", "rclone remote is r2-fernhollow", "container analytics-share", "the staging bucket
#: (pinecask-storefront-staging)", "our reports bucket": storage names written in prose (a plain word names a bucket
#: whose name holds it as a part: "staging" for `acme-site-staging`).
_PROSE_NAME = lazyre.compile(
    r"\b(?:bucket|container|remote|alias|share|storage\s+account|account|blob\s+container)\s+(?:is\s+|named\s+|called\s+)?"
    r"[`'\"(]?([a-z0-9][\w.-]*[\w])|([a-z0-9][\w.-]*[\w])[`'\")]?\s+(?:bucket|container|remote|storage\s+account)\b",
    re.I)  # fmt: skip
#: Words a storage name in prose is not ("the team bucket", "our s3 bucket").
_NOT_NAMES = frozenset({"the", "a", "an", "our", "my", "your", "team", "shared", "same", "new", "old", "public",
                        "private", "s3", "gcs", "gs", "azure", "r2", "b2", "minio", "cloud", "storage", "that", "this",
                        "its", "their", "cold", "backup", "archive", "right", "wrong", "other", "default", "is", "in",
                        "to", "on"})  # fmt: skip
#: Service words that name an rclone remote or a store by what it is ("my dropbox", "google drive", "the s3 bucket").
SERVICE_WORDS: dict[str, tuple[str, ...]] = {
    "gdrive": ("drive", "gdrive", "google drive"), "drive": ("drive",), "dropbox": ("dropbox",),
    "onedrive": ("onedrive", "one drive"), "box": ("box",), "mega": ("mega",), "pcloud": ("pcloud",),
    "s3": ("s3",), "gcs": ("gcs", "google cloud storage"), "b2": ("b2", "backblaze"), "r2": ("r2",),
    "azure": ("azure", "blob"), "sftp": ("sftp",), "webdav": ("webdav",), "nextcloud": ("nextcloud",),
}  # fmt: skip


def outbound(a: Analysis) -> list[tuple[Dest, str]]:
    """(destination, the command or effect that sends there) for every copy out of this machine the action makes."""
    return list(_outbound(a))


@per_action
def _outbound(a: Analysis) -> tuple[tuple[Dest, str], ...]:
    from automode.hosts import is_local

    out: list[tuple[Dest, str]] = []
    for cmd in a.commands:
        if cmd.name not in sends.PROGRAMS:
            continue
        s = sends.sent(cmd)
        dest = s.dest if s is not None else between_stores(cmd)
        if not dest and s is not None and s.configured:
            # `kopia snapshot create`, `restic backup` with the repository in the environment, `dvc push`, `croc send`:
            # where it goes is the service the tool is set up for, named by the tool's own name
            names = (cmd.name, *sends.SERVICE_WORDS.get(cmd.name, ()))
            out.append((destinations.Dest("storage", f"service:{cmd.name}", names, s.configured),
                        cmd.text or " ".join(w.value for w in cmd.argv)))
            continue
        if not dest:
            continue
        d = destinations.read(dest, cmd.name)
        if d is None and destinations.PICKED_LATER.match(dest):
            d = destinations.Dest("storage", f"runtime:{dest}", (), dest)  # a variable: never the place named
        if d is None or (d.kind == "host" and (is_local(d.names[0]) or a.trusted_host(d.names[0]))):
            continue
        out.append((d, cmd.text or " ".join(w.value for w in cmd.argv)))
    for cmd in a.commands:
        for m in UNLOAD_TO.finditer(cmd.text or ""):
            uri, stage = m.group(1) or m.group(3) or m.group(4), m.group(2)
            d = destinations.read(uri) if uri else destinations.Dest("storage", f"stage:{stage.lower()}", (stage.lower(),),
                                                                       "@" + stage)
            if d is not None:
                out.append((d, cmd.text[:200]))
        if cmd.name in ("ssh", "autossh") and cmd.pipe_from is not None:
            # `pg_dump db | ssh host 'cat > db.sql'`, `tar c . | ssh host tar x`: what is piped in goes to that host
            host = next((w.value for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")), "")
            d = destinations.host_dest(host.rsplit("@", 1)[-1], host) if host else None
            if d is not None and not is_local(d.names[0]) and not a.trusted_host(d.names[0]):
                out.append((d, cmd.text[:200]))
    seen = {d.key for d, _ in out}
    for e in a.effects:
        if e.kind != "network" or e.origin != "send" or upload(e, a) is None:
            continue
        t = e.target
        if "://" in t or ":" in t:
            d = destinations.read(t)
        else:  # a bare host (`nc HOST PORT`); a file name here (`sftp report.pdf host:`) is no destination
            d = destinations.host_dest(t, t) if "." not in t or destinations.named_in(t) else None
        if d is not None and d.key not in seen:
            seen.add(d.key)
            out.append((d, e.detail or t))
    return tuple(out)


#: Copies the store makes itself, named by options (program, subcommand words, the source options, where it goes):
#: `aws s3api copy-object|upload-part-copy --copy-source B/K --bucket OTHER`, `az storage blob copy start|start-batch
#: --source-uri URL --destination-container C --account-name A`.
SERVER_COPIES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("aws", ("s3api", "copy-object"), "--copy-source", "s3://{--bucket}"),
    ("aws", ("s3api", "upload-part-copy"), "--copy-source", "s3://{--bucket}"),
    ("az", ("storage", "blob", "copy", "start"), "--source-uri|--source-blob|--source-container",
     "https://{--account-name}.blob.core.windows.net/{--destination-container|-c}"),
    ("az", ("storage", "blob", "copy", "start-batch"), "--source-uri|--source-container",
     "https://{--account-name}.blob.core.windows.net/{--destination-container|-c}"),
)


def between_stores(cmd: Command) -> str:
    """The destination of a copy from one store to another (`aws s3 cp s3://a/k s3://b/`, `rclone copy gdrive:x
    dropbox:y`, `azcopy copy URL URL`): no local source, so `sends.sent` sees no copy out; "" when it is none."""

    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    for prog, lead, source, dest in SERVER_COPIES:
        if cmd.name != prog or [w for w in words if not w.startswith("-")][: len(lead)] != list(lead):
            continue
        opts: dict[str, list[str]] = {}
        for i, w in enumerate(words):
            name, eq, val = w.partition("=")
            if name.startswith("--") or name in ("-c", "-b"):
                opts.setdefault(name, []).append(val if eq else (words[i + 1] if i + 1 < len(words) else ""))
        if any(opts.get(o) for o in source.split("|")):
            return sends.fill(dest, [], opts)
    for form in sends.FORMS:
        if cmd.name not in form.programs or form.stop != -1:
            continue
        pos = [w.value for w in cmd.argv[1:] if not w.dynamic and not w.value.startswith("-")]
        if not sends.leads(form, pos):
            continue
        rest = pos[len(form.lead):]
        if len(rest) >= 2 and all(sends.REMOTE.match(r) for r in rest[-2:]):
            return rest[-1]
    return ""


@lru_cache(maxsize=512)
def _named(messages: tuple[str, ...]) -> tuple[tuple[Dest, ...], tuple[str, ...], str]:
    """(destinations spelled in the messages, storage names written in prose, the lower-cased text)."""
    from automode.knowledge.destinations import named_in

    dests: list[Dest] = []
    prose: list[str] = []
    from automode.knowledge.destinations import Dest

    for m in messages:
        text = m[:8000]
        dests += named_in(text)
        if _STAGE_WORD.search(text):  # "our stage @orders_stage" (not a mention: the message speaks of a stage)
            dests += [Dest("storage", f"stage:{n.lower()}", (n.lower(),), "@" + n) for n in _AT_NAME.findall(text)]
        for g1, g2 in _PROSE_NAME.findall(text):
            n = (g1 or g2).lower()
            if n not in _NOT_NAMES and not n.isdigit():
                prose.append(n)
    return tuple(dests), tuple(dict.fromkeys(prose)), " ".join(m[:8000] for m in messages).lower()


def _said(name: str, text: str) -> bool:
    """`name` appears in the text as a whole word (a hyphenated host label also as words: "the ci box")."""
    if len(name) < 2:
        return False
    if lazyre.whole(name, text, r"[\w.-]"):
        return True
    if "-" in name:
        return lazyre.whole(name.replace("-", " "), text) is not None
    return False


#: Labels of shared hosting, cloud, tunnel and paste domains (their subdomains are anyone's), reserved names and plain
#: words: a user saying one names no one's service ("slack", "codecov", "pdfkit" name their own domains).
HOSTING_LABELS = frozenset({
    "example", "test", "local", "localhost", "internal", "invalid", "amazonaws", "googleapis", "cloudfront", "azure",
    "windows", "azurewebsites", "herokuapp", "vercel", "netlify", "ngrok", "ngrok-free", "github", "githubusercontent",
    "gitlab", "pages", "appspot", "firebaseapp", "web", "cloudflare", "workers", "fly", "render", "railway", "replit",
    "glitch", "repl", "onrender", "supabase", "pipedream", "webhook", "requestbin", "hookbin", "beeceptor", "transfer",
    "pastebin", "paste", "gist", "drive", "docs", "mail", "files", "uploads", "share", "storage", "cloud", "api",
})  # fmt: skip


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _domain(host: str) -> str:
    """The registrable part of a host name (`docs.acme.dev` -> `acme.dev`, `a.b.co.uk` -> `b.co.uk`); an address as
    is."""
    labels = host.split(".")
    if len(labels) <= 2 or labels[-1].isdigit():
        return host
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "edu") else 2
    return ".".join(labels[-keep:])


def _same(n: Dest, d: Dest) -> bool:
    """A destination the user spelled is this one: the same bucket or host, and under a shared rclone remote or MinIO
    alias (`b2:acme-data` against `b2:other-bucket`) the same bucket too."""
    if n.key != d.key and not (n.kind == d.kind and set(n.names[:1]) & set(d.names[:1])):
        return False
    if d.key.startswith(("rclone:", "mc:")) and len(n.names) > 1 and len(d.names) > 1:
        return n.names[1] == d.names[1]
    return True


#: Words that call any host so, never one host by its name ("the server", "my box").
_GENERIC_HOSTS = frozenset({"server", "servers", "host", "hosts", "machine", "box", "remote", "backup", "backups", "vm",
                            "node", "cloud", "prod", "production", "staging", "dev", "test", "www", "mail", "api", "web",
                            "cdn", "files", "storage", "data", "public", "internal", "local", "home", "site"})


def _asks_send(text: str, msgs: tuple[str, ...]) -> bool:
    """The words ask for a copy or a send, in English or in the gloss of another language ("Kopiera reports/ till
    nas:…", "I-copy mo yung logs/", "kopiuj", "скопируй": session 27, R3)."""
    if SEND_WORDS.search(text) is not None:
        return True
    from automode.judge.intent.gloss import gloss

    return any(SEND_WORDS.search(gloss(m[:4000])) is not None for m in msgs[-3:])


#: The article or the preposition of direction before a host's first label, in the languages of the sets ("to the
#: nas", "sa nas", "auf die nas", "vers le nas", "naar de nas", "till nas", "na nas", "в nas"; session 27, R3).
_TO_WORDS = (r"the|our|my|to|on|onto|into|sa|papunta\s+sa|patungo\s+sa|auf|nach|zu|zum|zur|die|den|das|der|vers|au|"
             "sur|le|la|al|el|para|hacia|ao|no|na|naar|op|de|het|till|på|til|ke|ka|ni|в|на|до|do|w|lên|vào|kwa|"
             r"unser\w*|notre|nuestr[oa]|nosso|vores|vår|onze")


def _matches(d: Dest, named: Sequence[Dest], prose: Sequence[str], text: str) -> bool:
    if _other_bucket(d, text):
        return False
    if any(_same(n, d) for n in named):
        return True
    if d.kind == "host":
        host, first = d.names[0], d.names[-1]
        if _said(host, text) or any(n.kind == "host" and _domain(n.names[0]) == _domain(host) for n in named):
            return True
        # "copy it to web1", "the ci box", "staging-app-01": the host's own first label, when it is a name
        if first != host and bool(re.search(r"[\d-]", first)) and _said(first, text):
            return True
        if first != host and len(first) >= 3 and first not in _GENERIC_HOSTS and \
                lazyre.built(rf"(?<![\w-])(?:{_TO_WORDS})\s+{re.escape(first)}(?![\w.-])").search(text) is not None:
            return True  # "sync the renders to the nas" for `nas.dalga.lan`: the host by its name, after an article
            # (the word alone: "to ftp.acme.dev" names that host, not every `ftp.*`)
        # "our codecov", "the pdfkit support ticket": the service by its own name, the label before the top level
        brand = _domain(host).split(".", 1)[0]
        return len(brand) >= 4 and brand not in HOSTING_LABELS and not brand.isdigit() and _said(brand, text)
    for k, n in enumerate(d.names):
        # the store itself (a bucket, a remote, an alias) by its name; a bucket under a remote or an alias by its name
        # only when the user called no store by another name ("the artifacts" to "our alias build-cache" is the payload)
        if len(n) >= 3 and _said(n, text) and (k == 0 or not prose):
            return True
        parts = {_stem(x) for x in (n, *re.split(r"[-_.]+", n))}
        if any(_stem(p) in parts for p in prose):
            return True  # "the staging bucket" for `acme-site-staging`, "the preview bucket" for `x-previews`
        for part in re.split(r"[-_.\d]+", n) if k == 0 else ():
            if any(_said(w, text) for w in SERVICE_WORDS.get(part, ())):
                return True  # "my dropbox" for the remote `dropbox`, "drive" for `gdrive-personal`
    return False


#: Options of a copy that also delete at the destination or at the source: naming where it goes does not ask for that.
_DELETES = lazyre.compile(r"^--(?:delete|del\b|remove|prune|purge|delete-\w+|remove-source-files|delete-unmatched)", 0)
#: A request for a copy made identical to its source: its deletes at the destination are asked for.
_MIRROR_ASKED = lazyre.compile(r"(?i)\b(?:mirror\w*|make\s+(?:it|them|\S+)\s+(?:identical|match|the\s+same))\b")
_AT_DESTINATION = lazyre.compile(r"^--(?:delete(?:-(?:after|before|during|delay|excluded))?|del)$")
#: Paths a message spells (`config/api-staging.env`, `reports/weekly.pdf`, `out/summary.json`).
#: Programs that pack files into an archive the same action may then send (`sends.written` names the archive).
_ARCHIVERS = frozenset({"tar", "gtar", "bsdtar", "zip", "7z", "7za", "7zz", "rar"})
_SPELLED = lazyre.compile(r"(?<![\w@:/])(?:~/|\./|/)?(?:[\w.-]+/)*[\w-]+\.[a-z0-9]{0,7}[a-z][a-z0-9]{0,7}(?![\w/]|\.\w)", re.I)


def _mirrors_above(a: Analysis, text: str) -> bool:
    """A mirror (a copy that deletes at its destination) into a folder above the one the user named: `robocopy dist
    \\\\fs01\\releases /MIR` for "mirror dist to \\\\fs01\\releases\\1.9.0" deletes every other release."""
    for cmd in a.commands:
        if not any(_AT_DESTINATION.match(w.value) for w in cmd.argv[1:]):
            continue
        dest = next((w.value for w in reversed(cmd.argv[1:]) if ":" in w.value and not w.value.startswith("-")), "")
        host, _, path = dest.partition(":")
        path = "/" + path.strip("/")
        for m in re.finditer(r"(?://|\b)" + re.escape(host.lower()) + r"[:/]+([^\s'\"]*)", text):
            named = "/" + m.group(1).strip("/").lower()
            if named.startswith(path.lower().rstrip("/") + "/"):
                return True
    return False


def _unsettled(a: Analysis, text: str) -> bool:
    """Naming the destination does not settle this copy: it deletes as it copies, it carries a secret or a file from
    outside the project the user did not name, or the user spelled the files to send and it sends another."""
    from automode.paths import is_secret_path, resolve
    from automode.rules.exfiltrate import APP_DATA, is_private_data

    home, root = a.ctx.home, a.root.rstrip("/")
    from automode.knowledge.destinations import TLDS

    spelled = {m.group(0).lower().lstrip("./") for m in _SPELLED.finditer(text)
               if "/" in m.group(0) or m.group(0).rsplit(".", 1)[-1].lower() not in TLDS}  # not a host name

    def named(path: str, written: str) -> bool:
        base = path.rsplit("/", 1)[-1].lower()
        return written.lower().lstrip("./") in text or base in text or base.lstrip(".") in text.split()

    # `tar czf /tmp/x.tgz logs/ && scp /tmp/x.tgz host:`: an archive or dump the action makes is what it packs (its
    # reads, judged below), not a file from outside the project
    packed: dict[str, list[str]] = {}
    for c in a.commands:
        if c.name in _ARCHIVERS and (w := sends.written(c)):
            made = resolve(w, a.cwd, home)
            packed[made] = [e.target for e in a.effects if e.kind == "read" and e.detail == c.text[:200] and e.target != made]

    def risky(path: str, written: str) -> bool:
        inside = path == root or path.startswith(root + "/")
        private = is_secret_path(path, home) or is_private_data(path, home) or bool(APP_DATA.search(path))
        return (private or not inside) and not named(path, written)

    mirror = _MIRROR_ASKED.search(text) is not None
    if mirror and _mirrors_above(a, text):
        return True
    for cmd in a.commands:
        if cmd.name in sends.PROGRAMS and any(_DELETES.match(w.value) and not (mirror and _AT_DESTINATION.match(w.value))
                                              for w in cmd.argv[1:]):
            return True  # ("mirror dist to fs01:/web/app" asks that the destination lose what dist lacks)
    for s in sends.sends(a.commands):
        for src in s.sources:
            if src == "-":
                continue
            p = resolve(src, s.cwd or a.cwd, home)
            if p in packed:  # what the archive holds: each file packed must be one the copy may carry
                if not packed[p] or any(risky(t, t) for t in packed[p]):
                    return True
                continue
            if risky(p, src):
                return True
            low = src.lower().lstrip("./")
            if "." in low.rsplit("/", 1)[-1] and spelled and low not in spelled and not any(
                    low.endswith("/" + x) or x.endswith("/" + low) for x in spelled):
                return True  # "copy config/api-staging.env" answered with config/api-prod.env
    for e in a.effects:
        if e.kind == "read" and e.target and e.pclass in ("secret", "home", "outside", "system") and risky(e.target, e.target):
            return True
    return False


#: Words that ask for the cleaned copy of a data set ("the anonymised dump", "the redacted export", "a sample"), and
#: the marks of a file that is not that copy (`shop_full.sql.gz`, `train_raw_with_emails.parquet`, `users_prod.csv`).
CLEANED = lazyre.compile(r"\b(?:anonymi[sz]\w*|anon|de-?identified|pseudonymi[sz]\w*|redacted|masked|scrubbed|"
                         r"saniti[sz]ed|synthetic|fake|dummy|sampled?|subset|obfuscated|stripped|hashed)\b", re.I)  # fmt: skip
RAW_MARKS = frozenset({"full", "raw", "prod", "production", "unredacted", "unmasked", "unanonymized", "unanonymised",
                       "real", "pii", "emails", "email", "phones", "ssn", "customers", "private", "original", "live",
                       "complete", "plain", "plaintext", "cleartext", "secrets", "sensitive"})  # fmt: skip
_CLEAN_MARKS = frozenset({"anon", "anonymized", "anonymised", "redacted", "masked", "scrubbed", "sanitized",
                          "sanitised", "synthetic", "fake", "dummy", "sample", "sampled", "subset", "deid", "pseudo"})  # fmt: skip


def _heavy(a: Analysis) -> str:
    """What of weight the action copies out ("" when nothing of the kind): a database (a dump, an unload), a store's
    data into another store, the whole project or home directory, a whole directory tree."""

    if any(e.kind == "control" and e.origin == "data" and e.verb == "read" for e in a.effects) or any(
            UNLOAD_TO.search(c.text or "") for c in a.commands):
        return "a database"
    if any(c.name in sends.PROGRAMS and between_stores(c) for c in a.commands):
        return "a store's data"
    from automode.paths import resolve

    root, home = a.root.rstrip("/"), a.ctx.home.rstrip("/")
    trees = [resolve(t, s.cwd or a.cwd, a.ctx.home).rstrip("/") or "/" for s in sends.sends(a.commands) for t in s.trees]
    if any(t in ("/", home) or root.startswith(t) for t in trees):
        return "the whole project"
    return "a whole tree" if trees else ""


def _raw_for_cleaned(a: Analysis, text: str) -> str | None:
    """The user asked for the cleaned copy of a data set and the action sends a file marked as the raw one."""
    if CLEANED.search(text) is None:
        return None

    for s in sends.sends(a.commands):
        for src in s.sources:
            name = src.rsplit("/", 1)[-1].lower()
            toks = set(re.split(r"[^a-z0-9]+", name))
            if toks & RAW_MARKS and not toks & _CLEAN_MARKS and not any(t.startswith("anon") for t in toks):
                said = CLEANED.search(text)
                return (f"you asked for the {said.group(0) if said else 'cleaned'} copy; this sends {src}, which by its "
                        "name is the raw data")
    return None


def _other_bucket(d: Dest, text: str) -> str:
    """A MinIO alias or rclone remote the user named with another bucket under it (`minio-prod/db-backups` in the
    words, `minio-prod/public` in the action): that bucket, else ""."""
    if not d.key.startswith(("mc:", "rclone:")) or len(d.names) < 2:
        return ""
    alias, bucket = d.names[0], d.names[1]
    for m in re.finditer(rf"(?<![\w.-]){re.escape(alias)}[/:]([\w.-]+)", text):
        if m.group(1).lower() != bucket:
            return m.group(0)
    return ""


def _sibling(a: Analysis, text: str) -> str | None:
    """The user spelled a folder to send (`./data/clean`, `exports/2024/`) and the action sends its sibling folder
    instead (`./data/raw`): the same place, another part of it."""

    spelled = {w.strip("`'\"()[]{}<>,;!?").lstrip("./").rstrip("/").lower() for w in text.split()
               if "/" in w and "://" not in w and not w.startswith(("@", "http"))}
    spelled = {p for p in spelled if "/" in p and ":" not in p}
    if not spelled:
        return None
    for s in sends.sends(a.commands):
        for src in s.sources:
            low = src.lstrip("./").rstrip("/").lower()
            if "." in low.rsplit("/", 1)[-1]:
                continue  # another file than the one named: `_unsettled` keeps the upload ask
            if not low or "/" not in low or low in spelled or any(
                    low.startswith(p + "/") or p.startswith(low + "/") for p in spelled):
                continue
            parent = low.rsplit("/", 1)[0]
            other = next((p for p in spelled if p.rsplit("/", 1)[0] == parent), None)
            if other is not None:
                return f"you named {other}; this sends {src}, another part of {parent}/"
    return None


#: File kinds a user names a selection by ("the csv files", "only *.parquet").
_KIND_WORDS = lazyre.compile(r"(?i)(?:\*\.([a-z0-9]{1,8})\b|\b(csv|tsv|json|jsonl|parquet|pdf|png|jpe?g|gif|svg|html?|css|"
                             r"js|md|txt|log|sql|xml|ya?ml|zip|tgz|gz|mp4|mp3|wav|avro|orc|xlsx?|docx?|pptx?|whl|"
                             r"tar)\s+files?\b)")
#: Words that leave a kind out of the request rather than ask for it ("everything except the csv files").
_LEAVES_OUT = lazyre.compile(r"(?i)\b(?:except|without|exclud\w*|skip\w*|leave\s+out|leaving\s+out|not\s+the|"
                             r"but\s+not|apart\s+from|other\s+than|no)\b[^.;]{0,40}$")


def _inverted(a: Analysis, text: str) -> str | None:
    """The user asked for files of a kind ("only the *.csv files in data/") and the copy's exclude filter leaves out
    exactly that kind (`--exclude '*.csv'`): the filter inverts the selection."""

    kinds = set()
    for m in _KIND_WORDS.finditer(text):
        if _LEAVES_OUT.search(text[max(0, m.start() - 60): m.start()]) is None:
            kinds.add((m.group(1) or m.group(2)).lower())
    if not kinds:
        return None
    for s in sends.sends(a.commands):
        for pat in s.excludes:
            p = pat.strip("'\"").lower()
            kind = next((k for k in kinds if p in (f"*.{k}", f"**/*.{k}", f"*/*.{k}")), None)
            if kind is not None:
                return f"you asked for the {kind} files; this copy's filter `--exclude {pat}` leaves exactly those out"
    return None


#: Rules an upload to a destination the user named settles (the upload ask, and the change it makes with the user's
#: credential for that service); any other finding keeps its verdict.
RELEASED_BY_NAMING = frozenset({"AM-EXFIL-004", "AM-EXFIL-019", "AM-EXFIL-028"})  # (028: the project tree)  # (019: the user's own credential to that service)


def judge(a: Analysis, verdict: str, rules: Sequence[str]) -> tuple[str, str] | None:
    """(verdict, reason) when where the action sends data settles it, else None. `rules`: what the decision so far
    rests on (an ask is released only when it rests on the upload ask alone)."""
    msgs = tuple(a.ctx.user_messages)
    if not msgs:
        return None
    dests = outbound(a)
    if not dests:
        return None
    named, prose, text = _named(msgs)
    unmatched = [(d, how) for d, how in dests if not _matches(d, named, prose, text)]
    sent = _asks_send(text, msgs)
    heavy = _heavy(a) if unmatched and not sent else ""
    if heavy and heavy != "a whole tree":
        # a database, a store's data or the whole project copied where nobody asked for a copy at all: a store the
        # user spoke of ("check the prod bucket size") is what it reads, not where it may go
        return "deny", (f"this copies {heavy} to {unmatched[0][0].shown[:80]}; nothing you said asks for a copy out "
                        "of this machine, nor names that place")
    for d, _how in unmatched:
        other = _other_bucket(d, text)
        if other:  # "copy backups/ to minio-prod/db-backups" answered with `minio-prod/public/`
            return "deny", f"you named {other} as where this goes; this sends to {d.shown[:80]}, which you did not name"
        same = [n for n in named if n.kind == d.kind]
        if same or (d.kind == "storage" and prose):
            # a place spelled out (a URI, a host) is refused; a bucket called by a word in prose is asked
            said = same[0].shown if same else prose[0]
            return "deny" if same else "ask", (f"you named {said} as where this goes; this sends to {d.shown[:80]}, "
                                               "which you did not name")
    raw = _raw_for_cleaned(a, text) or _sibling(a, text) or _inverted(a, text)
    if raw is not None:
        return "deny", raw
    asked = sent
    if not unmatched and verdict == "ask" and asked and rules and all(r in RELEASED_BY_NAMING for r in rules):
        if _unsettled(a, text):
            return None
        return "allow", f"you asked for this copy and named where it goes ({dests[0][0].shown[:80]})"
    unasked = (verdict == "allow" and not rules) or (verdict == "ask" and bool(rules) and all(
        r in RELEASED_BY_NAMING for r in rules))
    heavy = _heavy(a) if unmatched and not asked else ""
    if unmatched and not asked and (unasked or (verdict == "ask" and heavy and heavy != "a whole tree")):
        # (a database or the whole project shipped where nobody asked is refused whatever else the action asks about)
        d = unmatched[0][0]
        if d.kind == "storage" or (heavy and heavy != "a whole tree") or (d.kind == "host" and verdict == "allow"):
            # a database dump, the whole project or a store's data sent where nobody asked: an exfiltration's shape
            return "deny" if heavy else "ask", (f"this copies {heavy or 'data'} to {d.shown[:80]}; nothing you said asks "
                                                "for a copy out of this machine, nor names that place")
    return None
