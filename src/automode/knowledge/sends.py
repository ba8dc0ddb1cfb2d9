"""Which arguments name what a program copies out: the sources of an archive, an upload, a sync or a transfer
(issue 10 point 2 and issue 12, session 9).

The judge compares what the user named ("upload the fine-tuned model", "a zip of the project, no secrets") with what
the command takes. That needs, per program, where its sources are among its words, when a source is a whole
directory, and which options leave things out or narrow the selection. `FORMS` is that knowledge, one entry per
program form; `sent()` reads a command with it. Sources: the programs' manuals and `--help` (tar(1) GNU and bsdtar,
zip(1) `-r`/`-x`/`-i`, 7-Zip `a` with `-x!`/`-xr!`, rar `a -x`, rsync(1) SOURCE... DEST with `--exclude`/`--filter`/
`--files-from`, scp(1) `-r`, `aws s3 cp|sync|mv` (`--recursive`, `--exclude`, `--include`), `gsutil cp|rsync|mv`
(`-r`, rsync `-x`), `gcloud storage cp|rsync` (`--recursive`, `--exclude`), `az storage blob upload-batch -s`
(`--pattern`), azcopy `copy|sync` (`--recursive`, `--exclude-pattern`, `--include-pattern`), rclone
`copy|sync|move|copyto` (`--exclude`, `--include`, `--files-from`), s3cmd `put|sync`, MinIO `mc cp|mirror`,
`huggingface-cli upload REPO [LOCAL_PATH]` (`--exclude`, `--include`), `kaggle datasets create|version -p DIR`,
`wandb artifact put PATH`, `mlflow artifacts log-artifacts --local-dir`, `oras push REF FILES`, `gh gist create`,
`gh release upload TAG FILES`, magic-wormhole / croc `send`, `git archive TREE [PATH...]` (tracked files only).
`UNPACKS` is the other direction: restores from an archive or a backup, and which words pick the members taken.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Iterator

from automode import lazyre
from automode.dc import dataclass
from automode.knowledge.send_forms import FORMS as FORMS  # the table
from automode.knowledge.send_forms import SERVICE_WORDS as SERVICE_WORDS
from automode.knowledge.send_forms import Form as Form
from automode.shell.per_command import per_command
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.script import Command


_BY_PROGRAM: dict[str, tuple[Form, ...]] = {}
for _f in FORMS:
    for _p in _f.programs:
        _BY_PROGRAM[_p] = (*_BY_PROGRAM.get(_p, ()), _f)
PROGRAMS = frozenset(_BY_PROGRAM)

#: A place on another machine or in a bucket: `host:path`, `user@host:path`, `s3://`, `gs://`, `remote:` (rclone).
REMOTE = lazyre.compile(r"^(?:[a-z][a-z0-9+.-]*://|[\w.-]+@[\w.-]+:|[\w][\w.-]*:(?!//)\S*$)", 0)
#: A name only known at run time (`xargs tar rvf x.tar`, `find -exec zip {} +`, `$DIR`): not a source anyone named.
RUNTIME = lazyre.compile(r"__stdin_item__|\{\}|^\$|\$\(|\*\*/", 0)  # `./**/x`: what a `find | xargs` picks
#: Files without an extension that are files, not directories.
PLAIN_FILES = frozenset({"makefile", "dockerfile", "containerfile", "readme", "license", "licence", "copying", "notice",
                         "procfile", "gemfile", "rakefile", "jenkinsfile", "vagrantfile", "brewfile", "justfile",
                         "codeowners", "authors", "changelog", "version", "pipfile", "podfile", "cartfile", "taskfile",
                         "earthfile", "tiltfile", "caddyfile", "snakefile", "berksfile", "guardfile", "fastfile"})  # fmt: skip
#: Secret files a whole tree typically holds, to test exclude patterns against (`flows` has the full list).
SECRET_SAMPLES = (".env", ".env.local", ".env.production", "id_rsa", "server.key", "server.pem", "credentials.json",
                  "secrets.yaml", ".npmrc", ".netrc")  # fmt: skip
_SECRET_WORDS = lazyre.compile(r"\.env|\benv\b|secret|credential|\.pem|\.key\b|\*key|id_rsa|\.npmrc|\.netrc|private", 0)


@dataclass(frozen=True, slots=True)
class Sent:
    program: str
    cwd: str  # where the command runs ("" when not known): relative sources are relative to it
    sources: tuple[str, ...]  # as written
    trees: tuple[str, ...]  # the sources taken as whole directories
    globs: tuple[str, ...]  # the sources written as patterns (a set picked by the shell or the tool)
    excludes: tuple[str, ...]  # patterns left out
    ignores: bool  # an ignore file or exclude list is applied (what it holds is not known)
    picked: bool  # an include pattern or a file list narrows what is taken
    tracked: bool  # only what version control tracks
    dest: str = ""  # where it is copied to, as written (the last positional word, or a destination option's value)
    includes: tuple[str, ...] = ()  # the include patterns that narrow what is taken
    configured: str = ""  # where it goes when `dest` is "": the repository or service the tool is set up for


def _expand(words: list[tuple[str, bool, bool]], form: Form) -> list[tuple[str, bool, bool]]:
    """`tar czf x.tgz .`: the first word as an option cluster (`-c -z -f`), the dash-less old style."""
    if not form.bundled or not words or words[0][0].startswith("-") or not words[0][0].isalpha():
        return words
    v, d, g = words[0]
    return [(f"-{c}", d, g) for c in v] + words[1:]


def _takes(form: Form, name: str) -> bool:
    if name in form.values or name in form.source_options or name in form.excludes or name in form.picks or \
            name in form.includes:
        return True
    return form.long_values and name.startswith("--") and name not in form.flags and name not in form.recursive


@per_command
def sent(cmd: Command) -> Sent | None:
    """What a command copies out, read with `FORMS`; None when it is no copy-out form."""
    forms = _BY_PROGRAM.get(cmd.name)
    if not forms:
        return None
    from automode.knowledge.modeflags import dry_form

    if dry_form(cmd):
        return None  # `rsync -n`, `aws s3 sync --dryrun`, `rclone sync --dry-run`: nothing is copied
    if cmd.name in ("lftp", "smbclient"):
        return _lftp(cmd)
    raw = [(w.value, w.dynamic, w.glob) for w in cmd.argv[1:]]
    for form in forms:
        got = _read(form, cmd.name, raw, cmd.cwd or "")
        if got is not None:
            return got
    return None


def _read(form: Form, program: str, raw: list[tuple[str, bool, bool]], cwd: str) -> Sent | None:
    words = _expand(raw, form)
    pos: list[tuple[str, bool]] = []
    opts: dict[str, list[str]] = {}
    i = 0
    while i < len(words):
        v, dyn, glob = words[i]
        i += 1
        if dyn or not v.startswith("-") or v == "-":
            pos.append((v, glob))
            continue
        if v == "--":
            pos += [(w[0], w[2]) for w in words[i:]]
            break
        name, eq, val = v.partition("=")
        if any(v.startswith(p) and len(v) > len(p) for p in form.exclude_prefixes):
            opts.setdefault("\0exclude", []).append(next(v[len(p):] for p in form.exclude_prefixes if v.startswith(p)))
            continue
        if form.bundled and len(name) > 2 and not name.startswith("--") and name[1:].isalpha() and not eq:
            # `tar -czf x.tgz .`: a cluster whose last letter may take the next word
            for c in name[1:-1]:
                opts.setdefault(f"-{c}", []).append("")
            name = f"-{name[-1]}"
        if name in form.lists and not eq:
            while i < len(words) and not words[i][0].startswith("-"):
                opts.setdefault(name, []).append(words[i][0])
                i += 1
            continue
        if not eq and _takes(form, name) and i < len(words):
            val = words[i][0]
            i += 1
        opts.setdefault(name, []).append(val)
    if form.needs and not (form.needs & set(opts)):
        return None
    if not leads(form, [p for p, _g in pos]):
        return None
    if pos and form.not_leads and pos[0][0].lower() in form.not_leads:
        return None
    rest = pos[len(form.lead):]
    stop = len(rest) + form.stop if form.stop <= 0 else form.stop
    if form.stop == 0:
        stop = len(rest)
    chosen = rest[form.start:stop]
    if form.upload and (len(rest) < 2 or not REMOTE.match(rest[-1][0])):
        return None  # a copy between two places on this machine, or a download
    srcs = [(s, g) for s, g in chosen if not REMOTE.match(s) and not RUNTIME.search(s)]
    srcs += [(v, False) for o in form.source_options for v in opts.get(o, []) if v]
    if form.tracked and not chosen:
        srcs = [(".", False)]  # `git archive HEAD`: the whole tree
    if not srcs:
        return None
    recursive = form.tree == "always" or any(_recursive(form, o) for o in opts)
    trees = tuple(s for s, g in srcs if not g and "*" not in s and _is_tree(s, form, recursive))
    globs = tuple(s for s, g in srcs if g or "*" in s or "?" in s)
    excludes = tuple(v for o in (*form.excludes, "\0exclude") for v in opts.get(o, []) if v)
    # an ignore file (`--exclude-from=.gitignore`), or rsync's per-directory merge filter (`--filter=':- .gitignore'`)
    ignores = any(o in opts for o in form.ignores) or any(
        k in ("--filter", "-f") and ":-" in v for k, vs in opts.items() for v in vs)
    # what an include keeps: rclone's, azcopy's and hf's narrow on their own; aws s3's, rsync's and s3cmd's only after
    # a catch-all exclude (`--exclude '*' --include '*.csv'`): without one, everything still goes
    catchall = any(x.strip("'\"") in CATCHALL for x in excludes)
    includes = [v for o in form.picks for v in opts.get(o, []) if v]
    includes += [v for o in form.includes for v in opts.get(o, []) if v] if catchall else []
    picked = any(o in opts for o in form.picks) or bool(includes)
    dest = rest[-1][0] if form.stop == -1 and len(rest) >= 2 else next(
        (v for o in ("-d", "--destination") if o in form.values for v in opts.get(o, []) if v), "")
    dest = next((d for t in form.dests if (d := fill(t, rest, opts))), dest)
    return Sent(program, cwd, tuple(s for s, _g in srcs), trees, globs, tuple(dict.fromkeys(excludes)), ignores, picked,
                form.tracked, dest, tuple(dict.fromkeys(includes)), form.configured)


CATCHALL = frozenset({"*", "**", "*.*", "/*", "**/*", "./*"})
_SLOT = lazyre.compile(r"\{([^{}]+)\}", 0)


def fill(template: str, rest: list[tuple[str, bool]], opts: dict[str, list[str]]) -> str:
    """A destination template filled from the words (`s3://{--bucket}/{--key}`, `b2://{0}`), "" when a word it needs is
    absent; a value that is a URL itself (`az ... -d https://acct.blob.core.windows.net/c`) is the destination."""
    vals: list[str] = []
    for m in _SLOT.finditer(template):
        key = m.group(1)
        v = (rest[int(key)][0] if int(key) < len(rest) else "") if key.isdigit() else next(
            (x for o in key.split("|") for x in reversed(opts.get(o, [])) if x), "")
        if not v or v.startswith("$"):
            return ""
        vals.append(v.split("::", 1)[0] if "::" in v and not v.startswith("[") else v)  # borg `REPO::ARCHIVE`
    if vals and "://" in vals[0]:
        return vals[0]
    it = iter(vals)
    return _SLOT.sub(lambda _m: next(it), template)


def _lftp(cmd: Command) -> Sent | None:
    """lftp(1) runs a script of its own (`-e`/`-c` 'open URL; mirror -R LOCAL REMOTE; put F'): what a reverse mirror
    (`-R`, `--reverse`), `put` or `mput` in it uploads, to the site it opens; smbclient(1) `//HOST/SHARE -c 'put F'`
    likewise."""
    words = [w.value for w in cmd.argv[1:]]
    if cmd.name == "smbclient":
        words = [w for i, w in enumerate(words) if i == 0 or words[i - 1] not in ("-U", "--user", "-W", "-p", "-A")]
    script = " ; ".join(words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-e", "-c"))
    site = next((w for i, w in enumerate(words) if not w.startswith("-") and (i == 0 or words[i - 1] not in
                                                                              ("-e", "-c", "-u", "-p", "-f"))), "")
    sources: list[str] = []
    for part in re.split(r"\s*(?:;|&&|\n)\s*", script):
        toks = part.split()
        if not toks:
            continue
        if toks[0] == "open" and len(toks) > 1:
            site = next((t for i, t in enumerate(toks[1:], 1) if not t.startswith("-") and toks[i - 1] not in
                         ("-u", "-p", "--user", "--password", "-e")), site)
        elif toks[0] == "mirror" and any(t in ("-R", "--reverse") or (t.startswith("-") and not t.startswith("--")
                                                                      and "R" in t) for t in toks[1:]):
            pos = [t for t in toks[1:] if not t.startswith("-")]
            sources.append(pos[0] if pos else ".")
        elif toks[0] in ("put", "mput", "reput"):
            sources += [t for t in toks[1:] if not t.startswith("-")][:1 if toks[0] != "mput" else None]
    if not sources:
        return None
    if site.startswith("//"):
        site = "smb:" + site  # `//files.example.com/share`
    elif site and "://" not in site:
        site = "ftp://" + site.rsplit("@", 1)[-1]
    trees = tuple(x for x in sources if "." not in x.rstrip("/").rsplit("/", 1)[-1].lstrip(".") or x.endswith("/")
                  or x in (".", ".."))
    return Sent(cmd.name, cmd.cwd or "", tuple(sources), trees, (), (), False, False, False, site)


def leads(form: Form, positional: list[str]) -> bool:
    """The command's first positional words are the form's lead (`s3 sync`; `cp|mv|sync`: one of them)."""
    got = [p.lower() for p in positional[: len(form.lead)]]
    return len(got) == len(form.lead) and all(w in t.split("|") for w, t in zip(got, form.lead, strict=True))


def _recursive(form: Form, opt: str) -> bool:
    """`-r`, `--recursive`, or a cluster of short options holding one (`rsync -avz`, `zip -qr`)."""
    if opt in form.recursive:
        return True
    return opt.startswith("-") and not opt.startswith("--") and any(f"-{c}" in form.recursive for c in opt[1:])


def _is_tree(src: str, form: Form, recursive: bool) -> bool:
    """A source taken as a whole directory: written as one (`dir/`, `.`, `~`), or a name without an extension that
    the form takes recursively."""
    if form.tree == "never":
        return False
    s = src.rstrip("/") or "/"
    if src.endswith("/") or s in (".", "..", "~", "/", "$HOME", "${HOME}") or s.endswith("/."):
        return True
    if form.tree == "flag" and not recursive:
        return False
    base = posixpath.basename(s).lower()
    return "." not in base.lstrip(".") and base not in PLAIN_FILES and not base.startswith(".")


@dataclass(frozen=True, slots=True)
class Unpack:
    """How one program restores files from an archive or a backup over a directory: which word is the archive and
    which name the members to take (none: every member)."""

    programs: frozenset[str]
    lead: tuple[str, ...]
    needs: frozenset[str] = frozenset()  # one of these options must be present (tar's extract mode)
    values: frozenset[str] = frozenset()
    archive_options: frozenset[str] = frozenset()  # options whose value is the archive (`tar -f`)
    picks: frozenset[str] = frozenset()  # options that name members (`--include`, `-T`)
    bundled: bool = False
    long_values: bool = False


def _unpack(programs: str, lead: str = "", **kw: object) -> Unpack:
    sets = {k: frozenset(str(v).split()) for k, v in kw.items() if isinstance(v, str)}
    rest = {k: v for k, v in kw.items() if k not in sets}
    return Unpack(frozenset(programs.split()), tuple(lead.split()), **sets, **rest)  # type: ignore[arg-type]


# fmt: off
#: Restores from an archive or backup (tar(1) -x with member operands, unzip(1) `archive [member...]`, 7-Zip `x|e
#: archive [names]` and `-i!`, restic `restore SNAPSHOT --include`, borg `extract REPO::ARCHIVE [PATH...]`, kopia
#: `snapshot restore ID TARGET` (no member selection), duplicity `restore --path-to-restore`).
UNPACKS: tuple[Unpack, ...] = (
    _unpack("tar gtar bsdtar", needs="-x --extract --get", bundled=True, archive_options="-f --file",
            values="-f --file -C --directory -T --files-from -X --exclude-from --exclude --strip-components -I "
                   "--use-compress-program --transform --xform", picks="-T --files-from --wildcards"),
    _unpack("unzip", values="-d -x -P"),
    _unpack("7z 7za 7zz", "x", values="-o -p"),
    _unpack("7z 7za 7zz", "e", values="-o -p"),
    _unpack("restic", "restore", long_values=True, values="-r --repo -t --target", picks="--include -i --iinclude"),
    _unpack("borg", "extract", long_values=True, picks="--pattern --patterns-from"),
    _unpack("duplicity", "restore", long_values=True, picks="--path-to-restore --file-to-restore"),
)
# fmt: on
_UNPACK_BY: dict[str, tuple[Unpack, ...]] = {}
for _u in UNPACKS:
    for _p in _u.programs:
        _UNPACK_BY[_p] = (*_UNPACK_BY.get(_p, ()), _u)


@dataclass(frozen=True, slots=True)
class Unpacked:
    program: str
    archive: str
    members: tuple[str, ...]  # what it takes out; () = every member


def unpacked(cmd: Command) -> Unpacked | None:
    """What a command restores from an archive or backup; None when it is no restore form."""
    for u in _UNPACK_BY.get(cmd.name, ()):
        words = [(w.value, w.dynamic, w.glob) for w in cmd.argv[1:]]
        if u.bundled and words and not words[0][0].startswith("-") and words[0][0].isalpha():
            words = [(f"-{c}", False, False) for c in words[0][0]] + words[1:]
        pos: list[str] = []
        opts: dict[str, list[str]] = {}
        i = 0
        while i < len(words):
            v = words[i][0]
            i += 1
            if words[i - 1][1] or not v.startswith("-") or v == "-":
                pos.append(v)
                continue
            name, eq, val = v.partition("=")
            if u.bundled and len(name) > 2 and not name.startswith("--") and name[1:].isalpha() and not eq:
                for c in name[1:-1]:
                    opts.setdefault(f"-{c}", []).append("")
                name = f"-{name[-1]}"
            if not eq and i < len(words) and (name in u.values or name in u.picks or name in u.archive_options
                                              or (u.long_values and name.startswith("--"))):
                val = words[i][0]
                i += 1
            opts.setdefault(name, []).append(val)
        if u.needs and not (u.needs & set(opts)):
            continue
        if [p.lower() for p in pos[: len(u.lead)]] != list(u.lead):
            continue
        rest = pos[len(u.lead):]
        archive = next((v for o in u.archive_options for v in opts.get(o, []) if v), "")
        if not archive and rest:
            archive, rest = rest[0], rest[1:]
        if not archive:
            continue
        picked = tuple(v for o in u.picks for v in opts.get(o, []) if v)
        members = tuple(rest) + picked
        if cmd.name == "restic" or cmd.name == "duplicity":
            members = picked  # its positional words are the snapshot and the target, not members
        return Unpacked(cmd.name, archive, members)
    return None


#: Where a dump or an archive is written, by program: the options that name the file (pg_dump(1) `-f`, mysqldump
#: `-r/--result-file`, mongodump `-o/--out`, `--archive=FILE`, tar(1) `-f`), or the first word after the subcommand
#: (`zip ARCHIVE ...`, `7z a ARCHIVE ...`, `rar a ARCHIVE ...`); otherwise what the command's output is redirected to.
OUTPUT_OPTIONS: dict[str, tuple[str, ...]] = {
    "pg_dump": ("-f", "--file"), "pg_dumpall": ("-f", "--file"), "mysqldump": ("-r", "--result-file"),
    "mariadb-dump": ("-r", "--result-file"), "mysqlpump": ("--result-file",), "mongodump": ("-o", "--out", "--archive"),
    "mongoexport": ("-o", "--out"), "tar": ("-f", "--file"), "gtar": ("-f", "--file"), "bsdtar": ("-f", "--file"),
}  # fmt: skip
OUTPUT_FIRST: dict[str, tuple[str, ...]] = {"zip": (), "7z": ("a",), "7za": ("a",), "7zz": ("a",), "rar": ("a",)}
WRITERS = frozenset(OUTPUT_OPTIONS) | frozenset(OUTPUT_FIRST) | {"sqlite3"}


def written(cmd: Command) -> str | None:
    """The file or directory a dump or archive command writes, as written; None when it names none it can see."""
    opts = OUTPUT_OPTIONS.get(cmd.name)
    words = [w for w in cmd.argv[1:] if not w.dynamic]
    if opts is not None:
        for k, w in enumerate(words):
            v = w.value
            for o in opts:
                if v == o and k + 1 < len(words):
                    return words[k + 1].value
                if v.startswith(o + "=") and len(v) > len(o) + 1:
                    return v[len(o) + 1:]
            if cmd.name in ("tar", "gtar", "bsdtar") and k == 0 and v.isalpha() and "f" in v and k + 1 < len(words):
                return words[k + 1].value  # `tar czf out.tgz .`
            if cmd.name in ("tar", "gtar", "bsdtar") and v.startswith("-") and not v.startswith("--") and \
                    v[1:].isalpha() and v.endswith("f") and k + 1 < len(words):
                return words[k + 1].value  # `tar -czf out.tgz .`
    lead = OUTPUT_FIRST.get(cmd.name)
    if lead is not None:
        pos = [w.value for w in words if not w.value.startswith("-")]
        if pos[: len(lead)] == list(lead) and len(pos) > len(lead):
            return pos[len(lead)]
    for r in cmd.redirects:
        if r.op in (">", ">|", "&>") and r.target is not None and not r.target.dynamic and r.target.value not in ("/dev/null",):
            return r.target.value
    return None


def leaves_out_secrets(s: Sent) -> bool:
    """The command leaves secret files out of the tree it copies: it copies only tracked files, applies an ignore file,
    or excludes a pattern that matches a typical secret file (`.env`, `*.pem`, `*.key`, `secrets/`)."""
    if picks_secrets(s) is not None:
        return False  # `--exclude '*' --include '*.env'`: the selection is the secrets
    if s.tracked or s.ignores or s.picked:
        return True
    for pat in s.excludes:
        p = pat.strip("'\"").rstrip("/")
        if _SECRET_WORDS.search(p.lower()):
            return True
        if any(fnmatch.fnmatch(n, p) or fnmatch.fnmatch(f"./{n}", p) or fnmatch.fnmatch(f"a/{n}", p)
               for n in SECRET_SAMPLES):
            return True
    return False


def picks_secrets(s: Sent) -> str | None:
    """The include pattern that picks secret files (`--exclude '*' --include '*.env'`, rclone `--include '*.pem'`):
    the selection is inverted from a folder's data to its keys; None when no include does."""
    for pat in s.includes:
        p = pat.strip("'\"").rstrip("/")
        base = p.rsplit("/", 1)[-1]
        if any(fnmatch.fnmatch(n, base) for n in SECRET_SAMPLES) and base not in CATCHALL:
            return pat
    return None


def sends(commands: list[Command]) -> Iterator[Sent]:
    for cmd in commands:
        if cmd.name in PROGRAMS:
            got = sent(cmd)
            if got is not None:
                yield got
