"""A folder the user kept, removed by its own command (session 27, R5 "held"): "destroy the vagrant box but keep
the synced data folder" and `vagrant destroy -f default && rm -rf ~/src/svc/data`. The destroy keeps the host's synced
folder (`knowledge.removal_more`, kind "synced"), so the form is no refusal; the `rm` beside it removes the folder by
its name. The folder is named by the plain word next to a folder noun in a keeping clause ("the data folder", "den
Ordner data", "la carpeta data"), in any language; a removing program (`rm`, `rmdir`, `shred`, `find … -delete`)
with an operand whose last segment is that word takes it.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Folder nouns, and the plain word beside one (before it in English, after it in most other languages).
_FOLDER = (r"(?:folders?|dirs?|directory|directories|ordner|verzeichnis\w*|carpeta|dossier|pasta|cartella|katalog\w*|"
           r"mappe|map|klasör\w*|папк\w*|каталог\w*|フォルダ|文件夹|目录|폴더|složk\w*|adresář\w*|kansio\w*)")
_BESIDE = lazyre.compile(rf"(?i)\b([a-z][\w.-]{{1,40}})\s+{_FOLDER}\b|\b{_FOLDER}\s+([a-z][\w.-]{{1,40}})\b")
_REMOVERS = frozenset({"rm", "rmdir", "shred", "unlink", "trash", "trash-put", "gio"})
_NOT_NAMES = frozenset({"the", "its", "their", "my", "our", "your", "this", "that", "a", "an", "de", "der", "die", "das",
                        "den", "la", "le", "el", "il", "o", "synced", "shared", "sync", "host", "project", "home",
                        "whole", "entire", "same", "old", "new", "local", "mounted", "bind"})


def kept_folders(keeping: list[str]) -> dict[str, str]:
    """The folder names the keeping parts of clauses give (each from its keep verb on), with their part."""
    out: dict[str, str] = {}
    for part in keeping:
        for hit in _BESIDE.finditer(part):
            word = (hit.group(1) or hit.group(2) or "").lower()
            if word and word not in _NOT_NAMES:
                out.setdefault(word, part)
    return out


def folder_taken(a: Analysis, keeping: list[str]) -> tuple[str, str] | None:
    """("deny", why) when a removing command's operand is a folder the user said to keep (`keeping`: the parts of
    the user's clauses from a keep verb on, `kept_forms`)."""
    if not a.shell or not a.commands or not keeping:
        return None
    kept = kept_folders(keeping)
    if not kept:
        return None
    for cmd in a.commands:
        name = cmd.name.rsplit("/", 1)[-1]
        words = [w.value for w in cmd.argv[1:] if not w.dynamic]
        if name not in _REMOVERS and not (name == "find" and "-delete" in words):
            continue
        for w in words:
            if w.startswith("-"):
                continue
            last = w.rstrip("/").rsplit("/", 1)[-1].lower()
            if last in kept:
                text = (cmd.text or " ".join(x.value for x in cmd.argv))[:80]
                return "deny", f"you said {kept[last]!r}; `{text}` removes the folder {last!r}, which you kept"
    return None
