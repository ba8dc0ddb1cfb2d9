"""A security-named setting made weaker, in any language or config format (issue 11 §3).

The general form of what `files.settings_table` lists by spelling: every assignment in the edited text — `k = v`,
`k: v`, `"k": v`, `'k' => v`, `k(v)`, `.setK(v)`, `<k>v</k>`, `--k[=v]`, `K=v`, a YAML block list, a decorator or
attribute (`@csrf_exempt`, `[AllowAnonymous]`) — whose name carries a security concept (`files.concepts`) is read
on both sides of the change, and the change is a weakening when the concept goes from protected to exposed:

* on → off: an on or configured value where the edit writes an off one (`contentSecurityPolicy: {…}` → `false`);
* off written: for a `strong` concept, an explicit off value (or an on hazard: `insecure: true`, `--no-sandbox`)
  that the old text did not have, even with nothing to compare (`rejectUnauthorized: false` added);
* opened: a `wide` concept's value that names everyone (`origin: '*'`, `- 0.0.0.0/0` under a firewall list);
* emptied or removed: a configured list emptied (`permission_classes = []`), or an explicit on value deleted where
  the default is off (`httpOnly: true` dropped from the cookie options while its siblings stay).

A rename (`verifySsl` → `verify_ssl`) keeps the concept and its state, turning a setting on is no weakening, and
test files, examples and development settings are not read. In code, a plain local variable (`secure = False`
inside a function) counts only as a change of a value the old text set (no explicit-off finding).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass
from automode.files import scan, syntax
from automode.files.appsec import CREDENTIALS, PROD_PATH, WEBHOOK
from automode.files.concepts import CONCEPTS, GENERIC, NEGATORS, NEUTRAL, OFF_VALUES, ON_VALUES, Concept
from automode.files.diff import TEST_PATH, Weakening, _rel, live
from automode.files.settings import NONPROD_PATH
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: Data, not settings: records, tables and lock files quote settings without setting them.
DATA_FILE = lazyre.compile(r"\.(jsonl|ndjson|csv|tsv|lock|sum|snap|svg|min\.js|map)$|-lock\.(json|ya?ml)$|/package-lock\.json$")
CODE_FILE = lazyre.compile(r"\.(py|pyi|js|jsx|ts|tsx|mjs|cjs|rb|php|go|java|kt|kts|scala|cs|swift|rs|ex|exs|dart|c|cc|cpp|h|hpp|lua)$")
#: Build and configuration DSLs written in a programming language's syntax: their top-level assignments are settings,
#: not local variables (`isAllowInsecureProtocol = true` in build.gradle.kts, `config.ssh.insert_key = false`).
DSL_FILE = lazyre.compile(r"\.gradle(?:\.kts)?$|\.sbt$|/CMakeLists\.txt$|\.cmake$|/(?:GNU)?[Mm]akefile$|\.mk$|\.nix$|/Jenkinsfile$|"
                          r"/(?:Gemfile|Rakefile|Vagrantfile|Podfile|Fastfile|Appfile|Brewfile|Berksfile|Dangerfile)$|/\.?[\w-]+rc$")
#: An assignment: an optional quote, the name, an operator, the value (a quoted string, a list, the start of a block,
#: or a bare token). The operators of every format: `=` (INI, TOML, .properties, shell, HCL, Nix), `:=` (sbt, Make;
#: a local variable in Go code), `<-` (R), `:` (YAML, JSON, keyword arguments), `=>` (Puppet, Ruby and PHP hashes,
#: Perl). `==`, `=>` inside arrows and `::` are not assignments. A Nix value wrapped in `lib.mkForce` is the value.
_ASSIGN = lazyre.compile(
    r"""(?:^[ \t]*(?:export[ \t]+|set[ \t]+|-[ \t]+)?|(?<=[\s{(,;|\[]))(?P<q>["']?)(?P<k>:?[A-Za-z_$][\w.$/-]*)(?P=q)\]?[ \t]*"""
    r"""(?P<op>=>|:=|<-(?![-<])|(?<![=!<>:+\-*/%&|^?])=(?![=>~])|:(?![:=]))[ \t]*(?:(?:lib\.)?mk(?:Force|Default)[ \t]+)?"""
    r"""(?P<v>"[^"\n]{0,200}"|'[^'\n]{0,200}'|`[^`\n]{0,200}`|\[[^\]\n]{0,300}\]?|\{|\(|[^\s,;)}\]#]{1,200}|(?=\s*(?:#|//)|$))""",
    re.M)  # fmt: skip
#: A value that holds settings of its own, read again from its start: a PHP or Ruby array of pairs, a keyword list,
#: `Environment=NAME=value`.
_INNER = lazyre.compile(r"""^\[.*(?:=>|[\w"']\s*[:=]\s*\S)|^["']?[A-Za-z_]\w*=""")
#: A name and its value separated by blanks alone (`origins /.*/` in a Ruby DSL, `ssl_verify_client off;` in nginx,
#: `PasswordAuthentication yes` in sshd_config): read in config files and DSL-style languages, the whole line.
_SPACED = lazyre.compile(r"""^[ \t]*(?P<k>[A-Za-z_][\w.-]*(?:::[\w.-]+)*)[ \t]+(?P<v>"[^"\n]{0,200}"|'[^'\n]{0,200}'|/[^/\n]{1,80}/[a-z]*|"""
                         r"""\[[^\]\n]{0,300}\]|[^\s;#{"']{1,200})[ \t]*;?[ \t]*(?:(?:#|//).*)?$""")
SPACED_FILE = lazyre.compile(r"\.(rb|ex|exs|conf|cfg|ini|properties|gradle)$|/(?:nginx|httpd|apache2?|sshd?)[^/]*$|_config$|/Caddyfile$|"
                             r"/\.?[\w-]+rc$|/Gemfile$|/Rakefile$")
_XML = lazyre.compile(r"<(?P<k>[A-Za-z_][\w.-]*)>\s*(?P<v>[^<\n]{0,100}?)\s*</(?P=k)>")
_FLAG = lazyre.compile(r"""(?<![\w-])--(?P<k>[A-Za-z][\w-]*[A-Za-z0-9])(?:=(?P<v>[^\s"',;)\]`]+))?""")
#: A line of code that declares, compares or documents a flag rather than passing it (`add_argument("--insecure")`,
#: `if arg == "--no-verify"`, a help text, a table of flags).
_FLAG_DECLARED = lazyre.compile(r"add_argument|add_option|\boption\(|\bOption\(|\bflag\(|\bFlag\(|\.flags?\b|[=!]=|\bin\s*[(\[{]|"
                                r"startswith|endswith|\bcase\b|\.has\(|includes\(|\bhelp\s*[=:]|description|frozenset\(|\bset\(|"
                                r"^\s*[\"'][^\"']*[\"'],?\s*(?:#.*)?$|`--|compile\(|\br[\"']|[\"']\s+(?:not\s+)?in\s+\w", re.I)
_CALL = lazyre.compile(r"""\.(?P<k>[A-Za-z_]\w*)\(\s*(?P<v>true|false|True|False)\s*\)""")
_DECOR = lazyre.compile(r"""^[ \t]*@(?:method_decorator\(\s*)?(?P<k>[A-Za-z_][\w.]*)|^[ \t]*\[(?P<a>[A-Z]\w*)[(\]]""", re.M)
_SIGNATURE = lazyre.compile(r"^\s*(?:export\s+)?(?:async\s+)?(?:def|function|func|fn|fun|sub)\b|^\s*(?:public|private|protected|static)\b[^=]*\(")
#: What before a name in code makes it a declaration of a local (`let secure = false`, a statement at the line start).
_LOCAL = lazyre.compile(r"(?:^|[\s;{])(?:let|const|var|val|my|local|auto|bool|boolean|final|static|private|public|protected|readonly)$")
_LIST_ITEM = lazyre.compile(r"^([ \t]*)-[ \t]+['\"]?([^'\"#\n]*?)['\"]?[ \t]*(?:#.*)?$")
#: A key that opens a block (`k:`, `k = {`, `k {`), or a Puppet resource whose title names it (`class { 'selinux':`).
_PARENT = lazyre.compile(r"""^[ \t]*(?:-[ \t]+)?["']?([A-Za-z_][\w.$-]*)["']?[ \t]*(?::|=>|=)?[ \t]*(?:[\w.]+\s*\(\s*)?[{(\[]?[ \t]*$|"""
                         r"""^[ \t]*[\w:]+[ \t]*\{[ \t]*["']([\w:.-]+)["'][ \t]*:[ \t]*$""")
_SECTION = lazyre.compile(r"^[ \t]*\[+([\w.\- \"']+)\]+[ \t]*$")
_INLINE_PARENT = lazyre.compile(r"""["']?([A-Za-z_][\w$-]*)["']?\s*(?::|=|=>)\s*(?:\w+\s*\(\s*)?\{[^{}]*$""")
_UPPER = lazyre.compile(r"^[A-Z][A-Z0-9_]*$")
#: Statement words a spaced line starts with that are no setting's name (`return false`, `export X`).
_SPACED_KEYWORD = lazyre.compile(r"^(?:return|export|import|require|include|include_recipe|raise|yield|puts|print|echo|unset|set|"
                                 r"local|def|end|if|unless|else|elsif|when|case|do|not|and|or|in|is|then|fi|done)$")
_CONSTANT_OFF = lazyre.compile(r"(?i)(?:^|[._:])(?:\w*_)?(?:none|off|disabled?|opt_?out|insecure|unsafe)$")
_CONSTANT_ON = lazyre.compile(r"(?i)(?:^|[._:])(?:\w*_)?(?:required|enabled?|strict|on)$")

#: Keys whose settings are not production's way in: outbound rules, development and test sections.
ELSEWHERE = frozenset({"egress", "outbound", "development", "dev", "test", "testing", "local", "example", "examples",
                       "mock", "fake", "stub", "sandbox", "staging_only"})  # fmt: skip
ON, OFF, SET, EMPTY, WIDE, UNSET = "on", "off", "set", "empty", "wide", "unset"
WINDOW = 12  # lines of context kept around each trigger line of a large text
LARGE = 8000


@dataclass(frozen=True, slots=True)
class Item:
    concept: Concept
    key: str  # the name as written
    norm: str  # the name's words joined (a rename keeps the concept, not this)
    state: str  # on / off / set / empty / wide
    exposed: bool  # the concept is in its weak state
    bare: bool  # a plain local variable in code: evidence of a change only, never of an explicit off
    construct: str
    form: str  # assign | flag | call | decorator
    values: frozenset[str] = frozenset()  # a list value's items (lower case, unquoted)
    negated: bool = False  # the name turns a guard around (`tls_disable`, `skip-grant-tables`): set on, it is an explicit act
    whole: bool = True  # the concept's phrase is the whole name (`permission_classes`), not a detail (`firewall.allowedTCPPorts`)


def words(name: str) -> list[str]:
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", s)
    return [x for x in re.split(r"[^A-Za-z0-9]+", s.lower()) if x]


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], Concept]:
    out: dict[tuple[str, ...], Concept] = {}
    for c in CONCEPTS:
        for p in c.phrases:
            out.setdefault(tuple(p.split()), c)
    return out


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Lower-case substrings one of which a line must hold to be read (every concept word of three letters or more)."""
    out = {w for c in CONCEPTS for p in c.phrases for w in p.split() if len(w) >= 3}
    out |= {"0.0.0.0/0", "::/0", "unconfined", "permissive", "alwaysallow"}  # values that name an off state under a generic key
    return frozenset(out)


TRIGGERS = scan.register(trigger_words())


def concept_of(name: str, parent: tuple[str, ...] = ()) -> tuple[Concept, str] | None:
    """The concept a setting's name carries and its polarity once the name's negators are read. A name that only
    says on/off (`enabled`, `disable`) takes its concept from the key it sits under (`parent`)."""
    found = match(name, parent)
    return (found[0], found[1]) if found is not None else None


@lru_cache(maxsize=4096)
def match(name: str, parent: tuple[str, ...] = ()) -> tuple[Concept, str, bool] | None:
    """`concept_of`, and whether the concept's phrase is the whole of the name but for on/off words (`checksums`,
    `require-sigs`: the name is the control itself, not a list or a detail of it)."""
    ws = words(name.lstrip(":@$"))
    if ws and ws[0] == "d" and name.startswith("D") and len(ws) > 1:
        ws = ws[1:]  # `-Dcom.example.verify=false`
    if not ws or len(ws) > 12:
        return None
    found = _match(ws, len(ws))
    if found is None and parent and all(x in GENERIC or x in NEGATORS for x in ws):
        found = _match([*parent, *ws], len(ws))
    return found


#: Negators that name an insecure mode by themselves: `HEX_UNSAFE_HTTPS`, `insecure_tls` set on is the insecure mode,
#: whatever the concept they turn around.
_HAZARD_NEGATORS = frozenset({"insecure", "insecurely", "unsafe", "unsafely", "dangerously"})


def _match(ws: list[str], own: int) -> tuple[Concept, str, bool] | None:
    """The longest concept phrase in `ws` (the last one on a tie); the last `own` words are the name's own."""
    index = _index()
    best: tuple[int, int, int, Concept] | None = None
    for i in range(len(ws)):
        for n in range(min(5, len(ws) - i), 0, -1):
            c = index.get(tuple(ws[i:i + n]))
            if c is not None:
                if best is None or (n, i + n) > (best[0], best[2]):
                    best = (n, i, i + n, c)
                break
    if best is None:
        return None
    _, lo, hi, c = best
    rest = ws[:lo] + ws[hi:]
    mine = [x for j, x in enumerate(ws) if j >= len(ws) - own and not lo <= j < hi]
    if any(x in NEUTRAL for x in mine):
        return None
    polarity = c.polarity
    whole = all(x in GENERIC for x in mine)
    if any(x in NEGATORS for x in rest):
        if c.polarity == "guard" and not c.strong and any(x in _HAZARD_NEGATORS for x in rest):
            return _by_id("insecure"), "hazard", whole
        polarity = "hazard" if polarity in ("guard", "wide") else "guard"
    return c, polarity, whole


@lru_cache(maxsize=64)
def _by_id(cid: str) -> Concept:
    return next(c for c in CONCEPTS if c.id == cid)


def _state(raw: str | None, c: Concept, form: str) -> str:
    if raw is None:
        return ON  # a flag or decorator: its presence switches it
    r = raw.strip()
    if r in ("Nil", "Seq()", "List()", "Set()", "Vector()", "c()", "list()"):
        r = "[]"  # an empty list in Scala, R, Clojure: `update / checksums := Nil`
    elif re.fullmatch(r"-?\d+[Ll]", r):
        r = r[:-1]  # a long integer literal (`0L` in R, Java, Kotlin)
    if r in ("None", "null", "nil", "undefined", "~", "", "NULL", "nullptr"):
        return OFF if c.unset_off else ON if c.unset_on else UNSET
    low0 = r.strip("\"'`").strip().lower()
    if c.off_values and re.fullmatch(c.off_values, low0):
        return OFF
    if c.on_values and re.fullmatch(c.on_values, low0):
        return ON
    if r[0] in "{(":
        return SET
    wide = lazyre.built(c.wide, re.I)
    if r[0] == "[":
        items = [x.strip().strip("\"'`").strip() for x in r.strip("[]").split(",")]
        items = [x for x in items if x]
        if not items:
            return EMPTY
        return WIDE if any(wide.match(x) for x in items) else SET
    s = r.strip("\"'`").strip().lstrip(":").strip()
    low = s.lower()
    if c.polarity == "wide" and wide.match(s):
        return WIDE
    if low in ON_VALUES:
        return ON
    if low in OFF_VALUES or (low == "none" and r != "None"):
        return OFF
    if wide.match(s):
        return WIDE
    if re.fullmatch(r"[\w.:]+", s) and ("." in s or "::" in s or "_" in s):
        if _CONSTANT_OFF.search(s):
            return OFF  # `ssl.CERT_NONE`, `SecureHeaders::OPT_OUT`
        if _CONSTANT_ON.search(s):
            return ON
    return SET


def _exposed(state: str, polarity: str) -> bool:
    if polarity == "guard":
        return state == OFF
    if polarity == "hazard":
        return state in (ON, WIDE)
    if polarity in ("shrink", "grow"):
        return False  # a list compared item by item (`_listed`)
    return state == WIDE


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _parent(lines: list[str], i: int, col: int) -> tuple[str, ...]:
    """The words of the key a setting on line `i` (at column `col`) sits under: an unclosed `k: {` before it on the
    same line, a less indented `k:` / `k = {` / `k {` line above it, or an `[a.b]` section header."""
    found = _ancestors(lines, i, col, 1)
    return found[0] if found else ()


def _ancestors(lines: list[str], i: int, col: int, depth: int = 4) -> list[tuple[str, ...]]:
    """The words of the keys a setting sits under, nearest first (at most `depth` levels, 60 lines up)."""
    out: list[tuple[str, ...]] = []
    line = lines[i]
    m = _INLINE_PARENT.search(line[:col])
    if m is not None:
        out.append(tuple(words(m.group(1))))
    own = _indent(line)
    for j in range(i - 1, max(-1, i - 60), -1):
        if len(out) >= depth:
            break
        ln = lines[j]
        if not ln.strip():
            continue
        hdr = _SECTION.match(ln)
        if hdr is not None:
            out.append(tuple(words(hdr.group(1))))
            break
        ind = _indent(ln)
        if ind < own:
            pm = _PARENT.match(ln)
            if pm is None:
                break
            out.append(tuple(words(pm.group(1) or pm.group(2))))
            own = ind
    return out


def _block_list(lines: list[str], i: int) -> str | None:
    """A YAML key with no value on its line: the items of the block list under it, as `[a, b]`; None if no list."""
    own = _indent(lines[i])
    items: list[str] = []
    for ln in lines[i + 1:i + 40]:
        if not ln.strip():
            continue
        m = _LIST_ITEM.match(ln)
        if m is None or _indent(ln) < own or (not items and _indent(ln) < own):
            break
        if _indent(ln) > own + 8:
            continue
        items.append(m.group(2))
    return "[" + ", ".join(items) + "]" if items else None


def _multiline_list(lines: list[str], i: int, start: str) -> str:
    """`K = [` left open on its line: the list up to its closing bracket (at most 30 lines)."""
    body = [start]
    for ln in lines[i + 1:i + 30]:
        body.append(ln.strip())
        if "]" in ln:
            break
    return " ".join(body).split("]", 1)[0] + "]"


def _rows(text: str) -> tuple[list[str], list[int]]:
    """The text's lines and the indexes of those that hold a trigger word (found by the one-pass scan)."""
    lines = text.split("\n")
    low = text.lower()
    if TRIGGERS.isdisjoint(scan.hits(low)):
        return lines, []
    sp = scan.spans(low)
    if sp is None:  # pragma: no cover - without the extension: every line that holds a word
        return lines, [i for i, ln in enumerate(lines) if any(t in ln.lower() for t in TRIGGERS)]
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    rows: list[int] = []
    for s0, e0 in sp:
        if low[s0:e0] in TRIGGERS:
            i = bisect_right(starts, s0) - 1
            if not rows or rows[-1] != i:
                rows.append(i)
    return lines, sorted(set(rows))


def items(text: str, path: str) -> list[Item]:
    """Every security-named setting in `text` (comment lines already removed)."""
    if not text.strip():
        return []
    lines, rows = _rows(text)
    if not rows:
        return []
    code = CODE_FILE.search(path) is not None and DSL_FILE.search(path) is None
    spaced = SPACED_FILE.search(path) is not None or not code
    out: list[Item] = []
    for i in rows:
        line = lines[i]
        if len(line) > 2000:
            line = line[:2000]
        if code and _SIGNATURE.match(line):
            continue  # a parameter's default is no setting
        pos = 0
        while (m := _ASSIGN.search(line, pos)) is not None:
            key, op, raw = m.group("k"), m.group("op"), m.group("v")
            pos = m.start("v") + 1 if _INNER.search(raw) else max(m.end(), pos + 1)
            if key.startswith("-") or raw.startswith("=") or raw.startswith(">") or (code and op == "<-"):
                continue
            if "/" in key:
                if code or key.endswith("/"):
                    continue
                key = key.replace("/", ".")  # an annotation (`container.apparmor.security.beta.kubernetes.io/api`)
            if op == ":" and code and re.match(r"\s*[\w.\[\]|<> ]*\s*=(?!=)", line[m.end():]):
                continue  # a type annotation (`verify: bool = True`): a declaration
            if raw == "[" or (raw.startswith("[") and not raw.endswith("]")):
                raw = _multiline_list(lines, i, raw)
            if raw == "" and not code and op != "=":
                raw = _block_list(lines, i) or "{"  # a YAML key whose value is the block under it
            elif raw == "" and code:
                continue
            before = line[:m.start("k")].rstrip(" \t[")
            bare = code and (op == ":=" or (op == "=" and m.group("q") == "" and "." not in key and not _UPPER.match(key) and (
                _LOCAL.search(before) is not None or (before == "" and not line.rstrip().endswith((",", "(", ")"))))))
            _add(out, lines, i, m.start("k"), key, raw, "assign", bare, line[m.start("k"):m.end()], config=not code)
        for col, key, raw, construct in syntax.pairs(lines, i, path):
            _add(out, lines, i, col, key, raw, "flag" if raw is None else "assign", False, construct, config=not code)
        if spaced:
            m2 = _SPACED.match(line)
            if m2 is not None and not _SPACED_KEYWORD.match(m2.group("k")):
                _add(out, lines, i, m2.start("k"), m2.group("k"), m2.group("v"), "assign", False, m2.group(0).strip(), config=not code)
        if "--" in line and not (code and _FLAG_DECLARED.search(line)):
            for m in _FLAG.finditer(line):
                _add(out, lines, i, m.start("k"), m.group("k"), m.group("v"), "flag", False, m.group(0))
        if "<" in line:
            for m in _XML.finditer(line):
                _add(out, lines, i, m.start("k"), m.group("k"), m.group("v"), "assign", False, m.group(0))
        if "(" in line:
            for m in _CALL.finditer(line):
                _add(out, lines, i, m.start("k"), m.group("k"), m.group("v"), "call", False, m.group(0)[1:])
        if "@" in line or "[" in line:
            for m in _DECOR.finditer(line):
                name = m.group("k") or m.group("a") or m.group("m")
                _add(out, lines, i, m.start(), name.rsplit(".", 1)[-1], None, "decorator", False, m.group(0).strip())
    return out


def _add(out: list[Item], lines: list[str], i: int, col: int, key: str, raw: str | None, form: str, bare: bool,
         construct: str, *, config: bool = False) -> None:
    own = words(key)
    parent = _parent(lines, i, col) if own and all(x in GENERIC or x in NEGATORS for x in own) else ()
    found = match(key, parent)
    if found is None:
        return
    c, polarity, whole = found
    state = _state(raw, c, form)
    if state == UNSET or (form == "decorator" and polarity != "hazard"):
        return  # a guard's decorator removed is `appsec`'s (`@login_required`)
    if any(up and up[0] in ELSEWHERE for up in _ancestors(lines, i, col)):
        return  # under `egress`, `development:`, `test:` ...: not the way in, not production
    norm = " ".join([*parent, *own])
    values = frozenset(_list_items(raw)) if raw and raw.startswith("[") else frozenset()
    # An empty list written in a config file for a strong control whose name is the control itself (`checksums := Nil`)
    # turns it off; an empty list under a longer name (`firewall.allowedTCPPorts = []`) is a detail of it, and in code
    # `sigs = []` starts a list.
    exposed = _exposed(state, polarity) or (config and state == EMPTY and whole and c.strong and polarity == "guard")
    negated = polarity != c.polarity and c.polarity == "guard"
    out.append(Item(c, key, norm, state, exposed, bare, " ".join(construct.split())[:80], form, values, negated, whole))


def _list_items(raw: str) -> list[str]:
    return [x for x in (y.strip().strip("\"'`").strip().lower() for y in raw.strip().strip("[]").split(",")) if x]


def _window(text: str) -> str:
    """A large text: the lines around its trigger words only (the checks are line-local, parents are near)."""
    if len(text) <= LARGE:
        return text
    lines, rows = _rows(text)
    keep: set[int] = set()
    for i in rows[:400]:
        keep.update(range(max(0, i - WINDOW), min(len(lines), i + WINDOW)))
    return "\n".join(lines[i] for i in sorted(keep))


def _applies(c: Concept, path: str, text: str) -> bool:
    if c.paths and re.search(c.paths, path) is None:
        return False
    if c.scope == "prod-only" and (PROD_PATH.search(path) is None or NONPROD_PATH.search(path)):
        return False
    return not c.near or re.search(c.near, text) is not None or re.search(c.near, path) is not None


def weakened(w: WriteView, root: str) -> Weakening | None:
    """The first security-named setting the change weakens."""
    path = w.path
    if TEST_PATH.search(path) or NONPROD_PATH.search(path) or "/fixtures/" in path or "/examples/" in path or DATA_FILE.search(path):
        return None
    old_t, new_t = _window(live(w.old)) if w.old else "", _window(live(w.new))
    new = items(new_t, path)
    if not new and not w.old:
        return None
    old = items(old_t, path) if old_t else []
    both = old_t + "\n" + new_t
    rel = _rel(w, root)
    by_concept: dict[str, list[Item]] = {}
    for it in old:
        by_concept.setdefault(it.concept.id, []).append(it)
    for it in new:
        c = it.concept
        if c.polarity in ("shrink", "grow"):
            hit = _listed(it, by_concept.get(c.id, []), path, rel, both)
            if hit is not None:
                return hit
            continue
        if not it.exposed and it.state != EMPTY:
            continue
        was = by_concept.get(c.id, [])
        if it.state == EMPTY and not it.exposed:
            if it.whole and any(o.norm == it.norm and o.state in (SET, ON) for o in was) and _applies(c, path, both):
                hit = _finding(it, f"empties {c.what}", rel, both)
                if hit is not None:
                    return hit
            continue
        if sum(1 for o in was if o.exposed) >= sum(1 for n in new if n.concept.id == c.id and n.exposed):
            continue  # as exposed before the change as after it
        changed = any(not o.exposed and (o.norm == it.norm or not it.bare) for o in was)
        # A name that turns a guard around, set on (`tls_disable = 1`, `skip-grant-tables`), is an explicit act too.
        strong = c.strong or it.form == "decorator" or (it.negated and it.state == ON) or bool(
            c.strong_near and re.search(c.strong_near, both))
        explicit = strong and not it.bare
        if (changed or explicit) and _applies(c, path, both):
            hit = _finding(it, _verb(it), rel, both)
            if hit is not None:
                return hit
    if w.before_known and new_t.strip():
        return _removed(old, new, old_t, new_t, path, rel, both)
    return None


def _listed(it: Item, was: list[Item], path: str, rel: str, both: str) -> Weakening | None:
    """A list of checks that loses items (`shrink`) or a list of skipped checks that gains them (`grow`)."""
    c = it.concept
    for o in was:
        if o.norm != it.norm or not o.values or not _applies(c, path, both):
            continue
        gone, new = sorted(o.values - it.values), sorted(it.values - o.values)
        if c.polarity == "shrink" and gone and not new:
            return Weakening(c.check, f"stops checking {', '.join(gone[:6])} ({c.what}) in {rel}", it.construct)
        if c.polarity == "grow" and new and not gone:
            return Weakening(c.check, f"adds {', '.join(new[:6])} to {c.what} for the whole project in {rel}", it.construct)
    return None


def _verb(it: Item) -> str:
    c = it.concept
    if it.state == WIDE and c.polarity == "wide":
        return c.opened.format(what=c.what)
    if c.polarity == "hazard" or it.state in (ON, WIDE):
        return f"turns on {c.what}" if c.polarity == "hazard" else f"turns {c.what} off"
    return f"turns {c.what} off"


def _finding(it: Item, verb: str, rel: str, both: str) -> Weakening | None:
    check = it.concept.check
    if it.form == "decorator" and it.concept.check == "auth":
        if WEBHOOK.search(rel) or WEBHOOK.search(both):
            return None  # a webhook's endpoint: servers post without a browser's token (its signature check is AM-WRITE-004's)
        check = "auth-exempt"  # one endpoint exempted: the user's call
    if it.concept.id == "origins" and not CREDENTIALS.search(both):
        check = "exposure-ask"  # every origin without credentials: the user's call
    return Weakening(check, f"{verb} ({it.construct}) in {rel}", it.construct)


def _removed(old: list[Item], new: list[Item], old_t: str, new_t: str, path: str, rel: str, both: str) -> Weakening | None:
    """An explicit on value of a control whose default is off, deleted while the settings around it stay."""
    present = {n.norm for n in new}
    for o in old:
        c = o.concept
        if not c.removal or o.state not in (ON, SET) or o.exposed or o.norm in present or not _applies(c, path, both):
            continue
        siblings = {k for k in re.findall(r"([A-Za-z_]\w{2,})['\"]?\s*[:=]", old_t) if k != o.key}
        if any(re.search(rf"\b{re.escape(k)}\b", new_t) for k in siblings):
            return Weakening(c.check, f"removes {c.what} ({o.construct}) in {rel}", o.construct)
    return None

