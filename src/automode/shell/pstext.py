"""PowerShell text read by the POSIX parser (session 11, S1): an agent on Windows sends PowerShell in its shell tool,
and the constructs only PowerShell has (script blocks, `(…)` pipelines as arguments, `$x = …` assignments, the call
operator `&`, `$env:` places, a value piped on) are respelled so the parser reads the commands they hold. Used when
the text as sent does not parse (`analysis._shell`) and for `-Command` code (`shell.scanners`)."""

from __future__ import annotations

from automode import lazyre

#: PowerShell that only PowerShell writes: a pipeline cmdlet, `$_`, `$env:`, an approved Verb-Noun.
_LOOKS = lazyre.compile(r"(?i)(?:^|[\s;|(])(?:Where-Object|ForEach-Object|Select-Object|Get-\w+|Set-\w+|New-\w+|Remove-\w+|"
                        r"Invoke-\w+|Register-\w+|Start-\w+|Stop-\w+|Add-\w+|Copy-Item|Move-Item|Out-\w+)\b|\$_\.|\$env:|"
                        r"^\s*&\s+['\"]")
#: The common parameter that makes a cmdlet only report what it would do (`-WhatIf`, `-wi`, `-WhatIf:$true`).
WHATIF = lazyre.compile(r"(?i)^-(?:whatif|wi)(?::\$true)?$")
_ASSIGN = lazyre.compile(r"(^|[;\n{]|\|\||&&)(\s*)\$(?:env:)?(\w+)\s*=\s*(?!=)")
_CMDLET_NEXT = lazyre.compile(r"[A-Za-z]+-[A-Za-z]|\(|\[|@")


def looks_powershell(text: str) -> bool:
    return ("-" in text or "$" in text) and _LOOKS.search(text) is not None


def as_bash(text: str) -> str:
    """PowerShell text with the constructs a POSIX parser rejects made into words it reads (session 11, S1): a script
    block `{ … }` becomes one quoted word (its code stays readable to the cmdlets that run it), a parenthesised
    pipeline used as an argument `(Get-X …)` becomes `"$(Get-X …)"` (read as the command it is), a method call's
    parentheses `.AddDays(-30)` are escaped, and `$x = VALUE` becomes `x=VALUE` (or the command it runs). Text the
    parser reads as is comes back unchanged where none of these occur."""
    from automode.shell.psdefs import inline

    text = inline(text)  # `Set-Alias ls Remove-Item; ls …`, `function ls { … }; ls`: what the names run
    out: list[str] = []
    i, n = 0, len(text)
    quote = ""
    while i < n:
        c = text[i]
        if quote:
            out.append(c)
            if c == quote:
                quote = ""
            i += 1
            continue
        if c in "'\"":
            quote = c
            out.append(c)
            i += 1
            continue
        prev = text[i - 1] if i else " "
        if c == "{" and prev in " \t|;(" and (i == 0 or text[i - 1] != "$"):
            end = _balanced(text, i, "{", "}")
            if end > 0:
                body = text[i:end + 1]
                out.append("'" + body.replace("'", "'\\''") + "'")
                i = end + 1
                continue
        if c == "(" and prev in " \t,=|" and text[i - 1:i + 1] != "$(":
            end = _balanced(text, i, "(", ")")
            if end > 0:
                inner = text[i + 1:end]
                out.append('"$(' + as_bash(inner).replace('"', "'") + ')"')
                i = end + 1
                continue
        if c == "(" and prev.isalnum() and out and "." in "".join(out[-40:]).rsplit(" ", 1)[-1]:
            end = _balanced(text, i, "(", ")")
            if end > 0:  # `.AddDays(-30)`, `.DownloadString('u')`: a method call's arguments, escaped
                out.append("\\(" + text[i + 1:end].replace(" ", "\\ ") + "\\)")
                i = end + 1
                continue
        out.append(c)
        i += 1
    joined = _CALL.sub(r"\1", "".join(out))
    joined = _PIPED_VALUE.sub(lambda m: f'{m.group(1)}echo "{m.group(2)}"', joined)
    joined = _ASSIGN.sub(lambda m: m.group(1) + m.group(2) + ("" if _CMDLET_NEXT.match(joined, m.end()) else (
        "export " if "env:" in m.group(0) else "") + m.group(3) + "="), joined)  # (`$env:NAME = v`: exported to what runs)
    return _ENV_PLACE.sub(lambda m: _env_place(m.group(1)), joined)


#: The call operator `& "C:\\…\\x.exe" args` and dot-sourcing `. .\\x.ps1` at the start of a statement: what follows
#: is the command.
_CALL = lazyre.compile(r"(^|[;|\n{]\s*)&\s+(?=['\"$\w.\\/])")
#: A statement that starts with a value piped on (`$j | ConvertTo-Json | Set-Content $f`): the value, printed.
_PIPED_VALUE = lazyre.compile(r"(^|[;\n{]\s*)(\$\w+(?:\.\w+)*)(?=\s*\|)")
_ENV_PLACE = lazyre.compile(r"\$(?:\{env:|env:)(\w+(?:\(x86\))?)\}?")


def _env_place(name: str) -> str:
    """`$env:APPDATA` as the POSIX shell spells the place (`$HOME/AppData/Roaming`); another variable stays unknown."""
    from automode.winpaths import PLACES

    place = PLACES.get(name.lower())
    if place is None:
        return "${" + name + "}"
    return "$HOME" + place[1:] if place.startswith("~") else place or "/"


def _balanced(text: str, start: int, open_: str, close: str) -> int:
    """The index of the bracket closing the one at `start` (quotes respected), or -1."""
    depth, quote = 0, ""
    for j in range(start, min(len(text), start + 20_000)):
        c = text[j]
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return j
    return -1
