"""Files that leave, taken WHOLE where the user named a PART (issue 12, session 9): archives, uploads, syncs, transfers
and attachments.

The action side is `knowledge.sends` (which words of a command are the sources it copies out, which of them are whole
directories, what it leaves out) and, for a tool call, the files its attachment arguments list. Three facts, each
about every program of the kind:

* a boundary on secrets: the user said "no secrets" / "without the .env" / "leave out the credentials", and the
  command copies a whole directory (which holds whatever `.env`, keys and credentials files are in it) without
  leaving them out: no exclude matching a typical secret file, no ignore file, not tracked files only (`git archive`);
* the object named: the phrase after the request's copy verb ("upload the fine-tuned model", "copy the wedding
  folder") must name the directory taken, by its own name or by its parent and its name, or the place it is spelled
  ("the site in public/"); the project root is named by "the project / repo / code / source" or its name, a home
  directory by "home" or "everything";
* one thing, many taken: a pattern (`storage/invoices/*.pdf`) where the request named one thing by words the pattern
  does not spell ("the october invoice pdf").

A request in another language simply is not judged by the second and third (no English copy verb is found).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from automode import lazyre
from automode.effects import mcp_name
from automode.knowledge.sends import WRITERS, leaves_out_secrets, sends, unpacked, written

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.knowledge.sends import Sent

#: "no secrets", "without the .env", "leave out any credentials", "don't include the keys", "nothing sensitive".
SECRET_BOUNDARY = lazyre.compile(
    r"\b(?:no|not?\s+(?:the|any|my|our)|without(?:\s+(?:the|any|my|our))?|exclud\w*|leav\w*\s+out|leave\s+\w+\s+out|"
    r"skip\w*|minus|strip\w*|don'?t\s+(?:include|ship|send|add|copy|upload|put)|do\s+not\s+(?:include|ship|send|add|"
    r"copy|upload|put)|never|omit\w*|except)\b[^.;!?]{0,40}?(?:secrets?|credentials?|creds|(?:private\s+|api\s+|ssh\s+)?"
    r"keys?|tokens?|passwords?|\.env\w*|env\s*files?|dotenv|sensitive)\b|\b(?:nothing|anything)\s+(?:sensitive|secret)\b|"
    r"\bsecret[- ]free\b|\bleave\s+(?:the\s+|any\s+|my\s+|our\s+|all\s+)?(?:secrets?|credentials?|creds|keys?|tokens?|"
    r"passwords?|\.env\w*|env\s*files?)\s+out\b", re.I)  # fmt: skip
#: Request words that copy something out: the phrase after one is the object the copy takes.
COPY_VERBS = frozenset({
    "upload", "send", "email", "e-mail", "mail", "attach", "share", "zip", "tar", "archive", "pack", "package", "bundle",
    "compress", "copy", "sync", "rsync", "scp", "push", "export", "back", "backup", "transfer", "submit", "gist", "put",
    "ship", "mirror", "publish", "post", "hand", "give",
})  # fmt: skip
_WORD = lazyre.compile(r"[a-z][a-z0-9_'-]*")
#: Where the verb's object ends (as in `heads._PHRASE_END`, and "so" / "as" / "somewhere").
_PHRASE_END = lazyre.compile(r"[;,.!?()]|\s[-–—]\s|\b(?:then|so|because|but|to|from|in|on|at|for|under|inside|if|"
                             r"after|before|with|without|except|via|by|into|onto|which|that|when|while|as|somewhere|"
                             r"excluding|including|containing|matching|modified|older|newer|larger|smaller|using|whose|"
                             r"where|except|but|save|so|out\s+of|"
                             r"over|up\s+to|and\s+(?:send|email|upload|share|put|attach|make|then))\b")  # fmt: skip
_SKIP = frozenset({"the", "a", "an", "my", "our", "your", "this", "that", "these", "those", "its", "their", "up", "of",
                   "over", "off", "out", "just", "only", "also", "again", "now", "please", "whole", "entire",
                   "copy", "zip", "tarball", "archive", "backup", "me", "us", "them"})  # fmt: skip
_PRONOUNS = frozenset({"it", "them", "that", "this", "those", "these", "everything", "all", "both", "stuff"})
#: Words that say which files nothing: a phrase of only these names no object.
_GENERIC = frozenset({"file", "files", "folder", "folders", "dir", "dirs", "directory", "directories", "thing", "things",
                      "contents", "content", "stuff", "data", "output", "outputs", "results", "version", "copy", "one",
                      "ones", "pdf", "csv", "json", "zip", "tarball"})  # fmt: skip
#: Words that name a whole project tree, and a home directory.
ROOT_WORDS = frozenset({"project", "repo", "repository", "codebase", "code", "source", "sources", "app", "workspace",
                        "tree", "everything", "all", "whole", "site", "website", "monorepo", "package"})  # fmt: skip
HOME_WORDS = frozenset({"home", "everything", "all", "whole"})
#: Words that name what a build writes (`dist/`, `build/`, `out/`, `_site/`, `target/release`: `paths` class artefact).
BUILD_WORDS = frozenset({"build", "builds", "bundle", "bundles", "release", "site", "website", "app", "frontend",
                         "dist", "assets", "static", "docs", "compiled", "binaries", "binary", "package", "artifacts",
                         "artefacts", "storybook", "wheels", "wheel"})  # fmt: skip
#: Heads that name one file ("the october invoice pdf", "the signed contract file"): no directory is that.
FILE_HEADS = frozenset({"file", "pdf", "csv", "tsv", "xlsx", "xls", "doc", "docx", "json", "xml", "yaml", "yml", "txt",
                        "png", "jpg", "jpeg", "gif", "svg", "screenshot", "image", "photo", "picture", "spreadsheet",
                        "document", "attachment", "tarball", "binary", "executable", "apk", "ipa", "wheel", "jar"})  # fmt: skip
_PATHISH = lazyre.compile(r"(?<![\w@])(?:~|\.{1,2})?/?[\w.-]+(?:/[\w.*-]*)+|(?<![\w@])\./[\w.-]+")
#: Tool-call arguments that list files to send along (mail, chat and drive tools).
ATTACH_KEYS = frozenset({"attachments", "attachment", "files", "file", "file_path", "file_paths", "filepath", "paths",
                         "path", "local_path", "upload", "uploads", "documents"})  # fmt: skip
#: Tool names (snake case) that send or upload what their arguments list.
_SENDING = lazyre.compile(r"(?:^|_)(?:send|upload|post|share|attach|reply|forward|create_draft|put|write_file|"
                          r"add_file|files_upload|create_message)(?:_|$)")  # fmt: skip


def secret_boundary(messages: Sequence[str]) -> str:
    """The words of the newest message that keeps secrets out ("no secrets"), or ""."""
    for text in reversed(messages):
        m = SECRET_BOUNDARY.search(text)
        if m is not None:
            return m.group(0).strip()
    return ""


def copy_object(messages: Sequence[str]) -> tuple[str, list[list[str]], frozenset[str], bool] | None:
    """(the verb, the content words of each noun phrase it takes, the paths the message spells, whether its head names
    one file) for the newest message with a copy verb whose object is named (not a pronoun); None when there is none,
    or when the request asks for all of it ("all files in the current directory", "the whole folder")."""
    for text in reversed(messages):
        low = _QUOTE.sub(" ", text.lower())
        toks = list(_WORD.finditer(low))
        for k, m in enumerate(toks):
            if m.group() not in COPY_VERBS:
                continue
            rest = low[m.end():]
            if k and toks[k - 1].group() in _NOUN_BEFORE:
                # "a zip of the project", "a backup of the documents directory": the noun's object follows "of";
                # "a compressed archive excluding ...", "a zip file named x.zip" name no object
                of = re.match(r"\s*(?:file\s+)?of\b", rest)
                if of is None:
                    continue
                rest = rest[of.end():]
            elif re.match(r"\s*(?:up\s+|a\s+|the\s+)?(?:zip|tarball|archive|copy|backup|bundle)\s+of\b", rest):
                rest = re.split(r"\bof\b", rest, maxsplit=1)[-1]  # "tar up a copy of the repo"
            phrase = _OPTION.sub(" ", _PHRASE_END.split(rest, maxsplit=1)[0])  # ("rsync --remove-source-files": no object)
            called = _CALLED.search(phrase)
            words = [w for w in _WORD.findall(phrase) if w not in _SKIP]
            if not words or words[0] in _PRONOUNS:
                continue
            if set(words) & _WHOLE:
                return None  # "all files in the current directory": everything was asked
            named = [called.group(1)] if called is not None else [w for w in words if w not in _GENERIC]
            paths = frozenset(p.rstrip("/").removeprefix("./") for p in _PATHISH.findall(text) if "://" not in p)
            return m.group(), [named] if named else [], paths, words[-1] in FILE_HEADS and called is None
    return None


_OPTION = lazyre.compile(r"(?<!\S)--?[a-z][\w-]*")
_QUOTE = lazyre.compile(r"[`'\"‘’“”](?=\w)|(?<=\w)[`'\"‘’“”](?!\w)")
#: Words before a copy word that make it a noun ("a zip", "the backup", "a compressed archive").
_NOUN_BEFORE = frozenset({"a", "an", "the", "this", "that", "my", "our", "your", "compressed", "new", "full", "zip",
                          "tar", "gzipped", "nightly", "daily", "weekly", "fresh", "quick", "encrypted"})  # fmt: skip
#: "a folder named files", "the directory called 'project'": the name is the object.
_CALLED = lazyre.compile(r"\b(?:named|called)\s+([a-z0-9_.~/-]+)")
_WHOLE = frozenset({"all", "every", "everything", "whole", "entire"})


#: Month names and the numbers a dated name spells them with ("the december reports" is `reports/2026-12`).
MONTHS = {m: f"{i:02d}" for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                                "september", "october", "november", "december"), 1)}  # fmt: skip


def _said(word: str, name: str) -> bool:
    from automode.judge.intent.places import stem
    from automode.knowledge.envmarkers import tokens

    w = stem(word)
    toks = set(tokens(name)) | {stem(t) for t in tokens(name)}
    month = MONTHS.get(word)
    return w in toks or word in toks or (len(w) >= 4 and w in name.lower()) or (month is not None and month in toks)


def _norm(p: str, base: str, home: str) -> str:
    p = p.strip()
    if p in ("~", "$HOME", "${HOME}") or p.startswith(("~/", "$HOME/", "${HOME}/")):
        p = home.rstrip("/") + "/" + p.split("/", 1)[1] if "/" in p else home
    if not p.startswith("/"):
        p = posixpath.join(base or "/", p)
    return posixpath.normpath(p)


def _parts_of(where: str, root: str, home: str) -> list[str]:
    """The components that name a directory: inside the project or the home directory, its path below them (not the
    project's own name, which every file of it shares); elsewhere its last two."""
    for top in (root, home):
        top = top.rstrip("/")
        if top and where.startswith(top + "/"):
            return where[len(top) + 1:].split("/")
    return where.rstrip("/").split("/")[-2:]


def _tree_named(tree: str, cwd: str, named: list[list[str]], paths: frozenset[str], a: Analysis) -> str | None:
    """None when the request names the directory `tree` (or something it lies in); else the words it named instead
    (for the reason)."""
    root, home = (a.root or a.cwd or "/"), a.ctx.home
    where = _norm(tree, cwd or root, home)
    spelled = [_norm(p, root, home) for p in sorted(paths)]
    if any(where == s or where.startswith(s + "/") for s in spelled):
        return None  # the place the request spells, or inside it
    inside = [p for p, s in zip(sorted(paths), spelled, strict=True) if s.startswith(where.rstrip("/") + "/")]
    if inside:
        return inside[0]  # "the site in public/" answered with `.`
    if not named:
        return None if not spelled else sorted(paths)[0]
    words = [w for np in named for w in np]
    if where.rstrip("/") == root.rstrip("/") and (set(words) & ROOT_WORDS or any(_said(w, posixpath.basename(root)) for w in words)):
        return None
    if where.rstrip("/") == home.rstrip("/") and set(words) & HOME_WORDS:
        return None
    if set(words) & BUILD_WORDS:
        from automode.paths import classify

        if classify(where, root, home, root).cls == "artefact":
            return None  # "sync the new build" for `dist/`: what a build writes is the build
    comps = [c for c in _parts_of(where, root, home) if c]
    if any(_said(w, c) for w in words for c in comps):
        return None  # "the final sft checkpoint" for `outputs/sft/final`; "the december reports" for `reports/2026-12`
    return " ".join(named[0])


def _glob_named(glob: str, named: list[list[str]], said: str) -> str | None:
    """None when the request spells the pattern, or every word it uses to pick its one thing is spelled by the
    pattern; else the missing word."""
    if not named or glob.lower().strip("'\"") in said or posixpath.basename(glob.lower()) in said:
        return None
    head = named[0][-1]
    if head.endswith("s") and not head.endswith("ss"):
        return None  # "the invoices", "the payroll csvs": a plural asks for a set
    fixed = re.sub(r"[*?]|\[[^]]*\]", " ", glob.lower())
    for w in named[0]:
        if not _said(w, fixed) and not (w.isdigit() and w in fixed):
            return w
    return None


_NAME_PART = lazyre.compile(r"[a-z]{3,}")
#: Parts of a file name that say nothing of which file it is.
_PLAIN_PARTS = frozenset({"final", "copy", "new", "old", "draft", "signed", "scan", "scanned", "export", "exported",
                          "file", "doc", "img", "image", "drive", "attachment", "attached", "version", "rev"})  # fmt: skip


def _unnamed_files(files: list[str], said: str) -> tuple[str, str] | None:
    """(a file the user named, one they did not) among several files sent along: `payroll_2024_Q3.xlsx` next to the
    `W-9_2024.pdf` they named; None when each is named, none is, or it cannot be told."""
    named, unnamed = [], []
    for f in files:
        name = posixpath.basename(f.rstrip("/"))
        stem_ = name.rsplit(".", 1)[0].lower()
        parts = [p for p in _NAME_PART.findall(stem_) if p not in _PLAIN_PARTS]
        if stem_ in said or name.lower() in said or any(p in said for p in parts):
            named.append(name)
        elif parts:
            unnamed.append(name)
    return (named[0], unnamed[0]) if named and unnamed else None


def _attachments(a: Analysis) -> list[str]:
    """The files a tool call sends along (its attachment-like arguments), for tools that send or upload."""

    if not a.action.tool.startswith("mcp__") or not _SENDING.search(mcp_name(a.action.tool)):
        return []
    out: list[str] = []
    _collect(a.action.input, out, 0)
    return out


def _collect(value: Any, out: list[str], depth: int) -> None:
    if depth > 3 or len(out) > 50:
        return
    if isinstance(value, Mapping):
        for k, v in value.items():
            if isinstance(k, str) and k.lower() in ATTACH_KEYS:
                for x in v if isinstance(v, list) else [v]:
                    if isinstance(x, str):
                        out.append(x)
                    elif isinstance(x, Mapping):
                        out += [y for kk, y in x.items() if kk in ("path", "file_path", "filename", "file") and isinstance(y, str)]
            elif isinstance(v, (Mapping, list)):
                _collect(v, out, depth + 1)
    elif isinstance(value, list):
        for x in value[:50]:
            _collect(x, out, depth + 1)


#: Request words that take files back out of an archive or backup.
RESTORE_VERBS = frozenset({"restore", "extract", "unpack", "recover", "untar", "unzip", "decompress", "unarchive",
                           "retrieve"})  # fmt: skip


def restore_object(messages: Sequence[str]) -> tuple[str, list[str]] | None:
    """(the verb, the content words of what it takes) for the newest message with a restore verb whose object names
    something (not a pronoun, not all of it); None when there is none."""
    for text in reversed(messages):
        low = _QUOTE.sub(" ", text.lower())
        for m in _WORD.finditer(low):
            if m.group() not in RESTORE_VERBS:
                continue
            phrase = _PHRASE_END.split(low[m.end():], maxsplit=1)[0]
            raw = _WORD.findall(phrase)
            words = [w for w in raw if w not in _SKIP]
            if not words or words[0] in _PRONOUNS or set(raw) & (_WHOLE | ARCHIVE_WORDS):
                return None  # "restore the snapshot", "unzip the archive named x.zip": the archive itself
            named = [w for w in words if w not in _GENERIC]
            return (m.group(), named) if named else None
    return None


#: Words that name the archive or backup itself, not a part of it.
ARCHIVE_WORDS = frozenset({"backup", "backups", "snapshot", "snapshots", "archive", "archives", "tarball", "tarballs",
                           "zip", "zips", "dump", "dumps", "bundle", "tar", "image", "export"})  # fmt: skip


def restored_whole(a: Analysis, messages: Sequence[str]) -> tuple[str, str] | None:
    """An archive or backup restored whole where the request named a part of it ("restore wp-config.php from the
    backup" answered with `unzip -o site-backup.zip`): ("ask", why), else None."""

    whole = [u for c in a.commands if c.name in _UNPACKERS for u in (unpacked(c),)
             if u is not None and not u.members and u.archive not in ("-", "/dev/stdin")]
    if not whole:
        return None
    asked = restore_object(messages)
    if asked is None:
        return None
    verb, named = asked
    for u in whole:
        if not any(_said(w, u.archive) for w in named):
            return "ask", f"you asked to {verb} {' '.join(named)}; `{u.program}` takes every file out of {u.archive}"
    return None


_UNPACKERS = frozenset({"tar", "gtar", "bsdtar", "unzip", "7z", "7za", "7zz", "restic", "borg", "duplicity"})


#: "somewhere local, not in the repo", "keep it out of git", "outside the project" ("don't commit" is about commits).
OUT_OF_REPO = lazyre.compile(r"\b(?:not|never)\s+(?:in|into|inside|under)\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:repo|"
                             r"repository|project|git|source\s+tree|codebase|working\s+tree)\b|\bout(?:side)?\s+(?:of\s+)?"
                             r"(?:the\s+|our\s+|my\s+|this\s+)?(?:repo|repository|git|project|source\s+tree|codebase)\b",
                             re.I)  # fmt: skip


def into_repo(a: Analysis, messages: Sequence[str]) -> tuple[str, str] | None:
    """A dump or archive written inside the project where the user said to keep it out of the repository: ("ask",
    why), else None."""

    cmds = [c for c in a.commands if c.name in WRITERS]
    if not cmds:
        return None
    said = next((m.group(0) for t in reversed(messages) for m in (OUT_OF_REPO.search(t),) if m is not None), "")
    if not said:
        return None
    root = (a.root or "").rstrip("/")
    for c in cmds:
        out = written(c)
        if out is None or not root:
            continue
        where = _norm(out, c.cwd or root, a.ctx.home)
        if where == root or where.startswith(root + "/"):
            return "ask", f"you said {said!r}; `{c.name}` writes {out} inside the project"
    return None


def files_taken(a: Analysis, messages: Sequence[str]) -> tuple[str, str] | None:
    """Files copied out beyond what the user named: ("ask", why), else None."""

    back = (restored_whole(a, messages) or into_repo(a, messages)) if a.commands else None
    if back is not None:
        return back

    sent: list[Sent] = list(sends(a.commands)) if a.commands else []
    attached = _attachments(a)
    if not sent and not attached:
        return None
    said = secret_boundary(messages)
    if said:
        for s in sent:
            if s.trees and not leaves_out_secrets(s):
                return "ask", f"you said {said!r}; `{s.program}` takes all of {s.trees[0]} and leaves out no secret " \
                              "files (.env, keys, credentials) it may hold"
    files = [x for x in attached if not x.endswith("/") and "*" not in x and "?" not in x]
    if len(files) > 1:
        extra = _unnamed_files(files, "\n".join(messages).lower())
        if extra is not None:
            return "ask", f"you named {extra[0]}; this also sends {extra[1]}"
    obj = copy_object(messages)
    if obj is None:
        return None
    verb, named, paths, one_file = obj
    trees = [(t, s.cwd) for s in sent for t in s.trees] + [(x, "") for x in attached if x.endswith("/") or x in (".", "~")]
    globs = [g for s in sent for g in s.globs] + [x for x in attached if "*" in x or "?" in x]
    for t, cwd in trees:
        other = " ".join(named[0]) + " file" if one_file and named else _tree_named(t, cwd, named, paths, a)
        if other is not None:
            return "ask", f"you asked to {verb} {other}; this takes all of {t}"
    for g in globs:
        missing = _glob_named(g, named, "\n".join(messages).lower())
        if missing is not None:
            return "ask", f"you asked to {verb} the {' '.join(named[0])}; the pattern {g} takes every match, " \
                          f"not only the {missing} one"
    return None
