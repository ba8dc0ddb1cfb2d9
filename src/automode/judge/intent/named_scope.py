"""Values of a named act that `intent.naming` reads with a little more knowledge (session 20, class K4): a gcloud
grant's container written as the scope it is (`organizations/1234567`), a version said apart from its package ("version
1.4.0 of @kite/ui"), a value a particle was written onto ("li@x.example에게")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

V = TypeVar("V")  # a `naming.Value` (this module is imported by `naming`: no import back)

#: gcloud command groups whose positional is a container wider than a project: a grant there reaches every project
#: under it (`gcloud organizations add-iam-policy-binding 1234567` for "on project ana-sandbox-42"; session 20, K4).
_GCLOUD_CONTAINERS = {"organizations": "organizations/", "folders": "folders/"}


def container(program: str, cmd: Command, v: str) -> str:
    """A positional written as the scope it is (`organizations/1234567`), so a grant's reach is compared as a scope."""
    if program != "gcloud" or "/" in v:
        return v
    groups = [w for w in cmd.args[:4] if w in _GCLOUD_CONTAINERS]
    return f"{_GCLOUD_CONTAINERS[groups[0]]}{v}" if groups else v


def version_apart(pkg: str, text: str) -> str:
    """A version said apart from its package ("version 1.4.0 of @kite/ui", "la versión 1.4.0 de @kite/ui", "@kite/ui
    1.4.0"), "" when none: a part of the package named, not all its versions (session 20, K4)."""
    if len(pkg) < 3:
        return ""
    v = re.search(rf"\bv(?:ersions?|ersión|ersão|ersione|ersie|ersja)?\s*v?(\d+(?:\.\d+)+[\w.+-]*)\s+"
                  rf"(?:of|de|del|von|di|do|da|van|av|z|из|від)\s+{re.escape(pkg)}(?![\w/-])", text)
    if v is None:
        v = re.search(rf"(?<![\w@/.-]){re.escape(pkg)}\s+v?(\d+\.\d+(?:\.\d+)*[\w.+-]*)(?![\w.])", text)
    return v.group(1) if v is not None else ""


def said_glossed(v: V, msg: str, root: str, home: str, said: Callable[[V, str, str, str], bool]) -> bool:
    """`v` in the message as the gloss reads it: a value a particle was written onto ("li@x.example에게",
    "acme-devで") stands alone there (session 20, K4)."""
    from automode.judge.intent.gloss import gloss

    read = gloss(msg[:4000])
    return read != msg[:4000] and said(v, read.lower(), root, home)
