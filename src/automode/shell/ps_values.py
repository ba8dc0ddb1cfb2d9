"""PowerShell values as POSIX shell text (`automode.shell.powershell`): a path (`C:\\x`, `$env:USERPROFILE\\x`,
`~`), a provider path (a registry key, a certificate store) as the file place it stands for, an array written as one
word as its items."""

from __future__ import annotations

from automode import lazyre
from automode.shell.words import Word, shell_quote


def posix_path(raw: str, home: str) -> str:
    """`C:\\Users\\me\\.ssh` -> `/Users/me/.ssh`; `$env:USERPROFILE\\x` -> `<home>/x` (`automode.winpaths`)."""
    from automode.winpaths import to_posix

    return to_posix(raw, home)


#: PowerShell provider paths (about_Providers): the registry hives and the certificate stores.
_PROVIDER = lazyre.compile(r"(?i)^(?:Registry::|Microsoft\.PowerShell\.Core\\Registry::)?(?:HK(?:LM|CU|CR|U|CC)|HKEY_\w+|Cert):")


def provider_path(text: str, home: str) -> str:
    """The file place a provider path stands for: a registry key in the hive it lives in (HKCU: the user's
    NTUSER.DAT, HKLM: the machine's hives), a certificate store of the machine as its trust anchors (a root added
    there is trusted by every program, like `/usr/local/share/ca-certificates`), of the user in the profile."""
    import re

    t = re.sub(r"(?i)^(?:Microsoft\.PowerShell\.Core\\)?Registry::", "", text).replace("\\", "/")
    head, _, rest = t.partition(":")
    rest = rest.strip("/")
    if head.lower() == "cert":
        store, _, sub = rest.partition("/")
        if store.lower() == "localmachine":
            return "/usr/local/share/ca-certificates/" + (sub or "")
        return f"{home.rstrip('/')}/AppData/Roaming/Microsoft/SystemCertificates/{sub}".rstrip("/")
    from automode.winpaths import registry_path

    return registry_path(head + "/" + rest, home)


_VAR_PLACE = lazyre.compile(r"(?i)^(?:\$env:|\$\{env:|\$HOME\b|~)")


def _items(words: list[Word]) -> list[Word]:
    """A PowerShell array given as words (`.\\Library, .\\Assets\\Plugins`, `a,b`): one word per item."""
    out: list[Word] = []
    for w in words:
        if "," not in w.raw or (w.raw[:1] in "'\"" and w.raw[-1:] == w.raw[:1] and "," not in w.raw[1:-1].replace("','", "")):
            out.append(w)
            continue
        for part in w.raw.split(","):
            p = part.strip()
            if p:
                out.append(Word(_unquoted(p), p, w.dynamic))
    return out


def _unquoted(raw: str) -> str:
    return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw


def _arg(w: Word, home: str, param: str) -> str:
    """A value as POSIX shell text. PowerShell's escape is the backtick, not the backslash: the word as written
    (`C:\\Users\\me` arrives from a POSIX parse as `C:Usersme`) without its quotes."""
    raw = w.raw
    text = raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw
    if "$" in text and not w.dynamic and not _VAR_PLACE.match(text):
        text = w.value  # `$s` set earlier in the same line (`$s = "…"; Set-Content $s`): the parser knows its value
        return shell_quote(Word(text, text, False)) if not w.dynamic or "$" not in text else w.raw
    if _PROVIDER.match(text):  # `HKCU:\\Software\\X`, `Cert:\\LocalMachine\\Root`: where the provider keeps it
        value = provider_path(text, home)
        return shell_quote(Word(value, value, False))
    value = posix_path(text, home)
    if w.dynamic and ("$" in value or "%" in value):  # a variable that is not a known place
        return w.raw
    return shell_quote(Word(value, value, False))


def _ps_array(w: Word | None) -> list[str]:
    """The elements of a PowerShell array written as one word (`'a','b c',d`, `@('a','b')`), quotes removed; [] when
    the word holds no top-level comma (a single string is a command line of its own)."""
    if w is None:
        return []
    raw = w.raw.strip()
    if raw.startswith("@(") and raw.endswith(")"):
        raw = raw[2:-1]
    out: list[str] = []
    cur, quote = "", ""
    for c in raw[:2000]:
        if quote:
            if c == quote:
                quote = ""
            else:
                cur += c
        elif c in "'\"":
            quote = c
        elif c == ",":
            out.append(cur.strip())
            cur = ""
        else:
            cur += c
    return [*out, cur.strip()] if out else []
