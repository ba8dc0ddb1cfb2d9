"""Codex's patch envelope (`*** Begin Patch` … `*** End Patch`), read the way Codex's own parser reads it.

Codex applies an envelope when its model calls the `apply_patch` tool, and also when a shell call runs
`apply_patch` (an argument, a heredoc, `bash -lc "apply_patch <<'EOF' …"`): Codex intercepts that command and
applies the patch itself. Its parser (codex-rs/apply-patch, `parse_one_hunk`) trims each hunk header, so
`   *** Add File: PATH` is a hunk too; reading headers more strictly than Codex would leave files out of the check.
The lenient form, an argument that still carries its heredoc lines (`<<'EOF'` … `EOF`), is read as well.

Pure: text in, file operations out. Used by the Codex adapter (one action per file) and by the shell analysis
(`apply_patch` as a command).
"""

from __future__ import annotations

from automode.dc import dataclass

ADD, UPDATE, DELETE = "*** Add File: ", "*** Update File: ", "*** Delete File: "
MOVE = "*** Move to: "
MAX_FILES = 256


@dataclass(frozen=True, slots=True)
class FileOp:
    kind: str  # "add" | "update" | "delete" | "move"
    path: str  # as written in the envelope (relative to the call's working directory)
    content: str = ""  # added lines (add, update)
    old: str = ""  # removed lines (update)
    dest: str = ""  # move: the new path


def is_envelope(text: str) -> bool:
    return "*** Begin Patch" in text[:4096] or any(m.strip() in text for m in (ADD, UPDATE, DELETE))


def file_ops(text: str) -> list[FileOp]:
    """Every file an envelope adds, updates, deletes or moves, in order."""
    ops: list[FileOp] = []
    current: tuple[str, str] | None = None
    dest = ""
    body: list[str] = []

    def flush() -> None:
        if current is None:
            return
        kind, path = current
        added = "\n".join(line[1:] for line in body if line.startswith("+"))
        removed = "\n".join(line[1:] for line in body if line.startswith("-"))
        ops.append(FileOp(kind, path, added, removed if kind == "update" else ""))
        if dest:
            ops.append(FileOp("move", path, added, removed, dest))

    for raw in text.splitlines():
        line = raw.strip()  # Codex trims a hunk header before matching it
        for marker, kind in ((ADD, "add"), (UPDATE, "update"), (DELETE, "delete")):
            if line.startswith(marker.strip()) and line[len(marker.strip()) :][:1] in (" ", "\t"):
                flush()
                current, dest, body = (kind, line[len(marker.strip()) :].strip()), "", []
                break
        else:
            if line.startswith(MOVE.strip()) and current is not None:
                dest = line[len(MOVE.strip()) :].strip()
            elif current is not None:
                body.append(raw)
        if len(ops) >= MAX_FILES:
            break
    flush()
    return ops
