"""Build step of the program knowledge base: load and validate the TOML family files, write `programs_data.py`.

Run `python -m automode.knowledge.programs_build` after editing `knowledge/data/programs/*.toml`; a test checks that
the literal agrees with the data files. Nothing here runs in a hook process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from automode import lazyre

if TYPE_CHECKING:
    from pathlib import Path

_HERE = __file__.rsplit("/", 1)[0]
DATA_DIR = _HERE + "/data/programs"
LITERAL = _HERE + "/programs_data.py"

CAPS = ("read", "write", "delete", "network", "listen", "exec", "privilege", "persist", "meta", "escape")
ARG_MODES = ("content", "meta", "none")
LIST_KEYS = (
    "caps", "aliases", "code_opts", "load_opts", "inline_opts", "escape_prefixes", "read_opts", "write_opts",
    "net_opts", "listen_opts", "bind_opts", "port_opts", "insecure_opts", "priv_opts", "use_opts", "dest_opts", "into_opts",
    "extract_opts", "list_opts", "env_cmd", "env_code", "global_opts", "arg_opts", "flag_opts", "sub_opts", "unsafe_opts", "code_words", "listen_words", "t", "no",
)  # fmt: skip
STR_KEYS = ("does", "args", "listen", "escape", "rest_after")
BOOL_KEYS = ("hosts", "extract", "privileged", "bundled", "runs_rest", "secret", "load_args")
INT_KEYS = ("rest_skip", "out_pos", "use_pos")
ENTRY_KEYS = frozenset(LIST_KEYS + STR_KEYS + BOOL_KEYS + INT_KEYS + ("sub", "code_keys"))
FAMILY_KEYS = frozenset({"name", "title", "sources"})
LISTEN_DEFAULTS = ("all", "local", "")
EXPECT_RE = lazyre.compile(r"^(allow|ask|deny|!allow|(read|write|delete|network|listen|exec|privilege|chmod)(:[\w-]+)?(@[\w]+)?)$")


class KnowledgeError(ValueError):
    """A data file breaks the schema: the message names the file and the key."""


# ------------------------------------------------------------------ loading and validation (build / test time)
def _check_entry(where: str, e: Any, *, top: bool) -> dict[str, Any]:
    if not isinstance(e, dict):
        raise KnowledgeError(f"{where}: an entry must be a table")
    unknown = set(e) - ENTRY_KEYS
    if unknown:
        raise KnowledgeError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if not isinstance(e.get("does"), str) or not e["does"].strip():
        raise KnowledgeError(f"{where}.does: every entry says what the program does")
    for k in LIST_KEYS:
        if k in e and not (isinstance(e[k], list) and all(isinstance(x, str) and x for x in e[k])):
            raise KnowledgeError(f"{where}.{k}: must be a list of non-empty strings")
    for k in STR_KEYS:
        if k in e and not isinstance(e[k], str):
            raise KnowledgeError(f"{where}.{k}: must be a string")
    for k in BOOL_KEYS:
        if k in e and not isinstance(e[k], bool):
            raise KnowledgeError(f"{where}.{k}: must be true or false")
    for k in INT_KEYS:
        if k in e and (isinstance(e[k], bool) or not isinstance(e[k], int) or e[k] < 0):
            raise KnowledgeError(f"{where}.{k}: must be a whole number")
    if top and "caps" not in e:
        raise KnowledgeError(f"{where}.caps: every program lists its capabilities")
    bad = [c for c in e.get("caps", []) if c not in CAPS]
    if bad:
        raise KnowledgeError(f"{where}.caps: unknown capability {bad[0]!r} (one of {', '.join(CAPS)})")
    if e.get("args", "content") not in ARG_MODES:
        raise KnowledgeError(f"{where}.args: one of {', '.join(ARG_MODES)}")
    if e.get("listen", "") not in LISTEN_DEFAULTS:
        raise KnowledgeError(f"{where}.listen: one of all, local")
    for k in ("t", "no"):
        for f in e.get(k, []):
            cmd, sep, want = f.rpartition(" => ")
            if not sep or not cmd.strip() or not EXPECT_RE.match(want.strip()):
                raise KnowledgeError(f"{where}.{k}: fixture {f!r} must read 'command => allow|ask|deny|!allow|kind[:origin][@class]'")
    ck = e.get("code_keys", {})
    if not isinstance(ck, dict) or not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in ck.values()):
        raise KnowledgeError(f"{where}.code_keys: a table of option = [keys whose value is a command line]")
    subs = e.get("sub", {})
    if subs and not top:
        raise KnowledgeError(f"{where}.sub: subcommands nest one level only")
    if not isinstance(subs, dict):
        raise KnowledgeError(f"{where}.sub: must be a table of subcommands")
    out = {k: v for k, v in e.items() if k != "sub"}
    if subs:
        out["sub"] = {name: _check_entry(f"{where}.sub.{name}", s, top=False) for name, s in subs.items()}
    if top and not (e.get("t") or e.get("no")):
        raise KnowledgeError(f"{where}.t: every program carries at least one fixture")
    return out


def load_file(path: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Parse and validate one family file: (family header, programs)."""
    import tomllib

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"{path.name}: {exc}") from exc
    fam = raw.get("family")
    if not isinstance(fam, dict) or set(fam) != FAMILY_KEYS or not all(isinstance(v, str) and v for v in fam.values()):
        raise KnowledgeError(f"{path.name}.family: needs exactly name, title and sources (where the facts come from)")
    progs = raw.get("programs")
    if not isinstance(progs, dict) or not progs:
        raise KnowledgeError(f"{path.name}.programs: no programs")
    extra = set(raw) - {"family", "programs"}
    if extra:
        raise KnowledgeError(f"{path.name}: unknown top-level key(s) {', '.join(sorted(extra))}")
    return fam, {name: _check_entry(f"{path.name}.programs.{name}", e, top=True) for name, e in progs.items()}


def load_all(data_dir: Path | str = DATA_DIR) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Every family file, validated; a program or alias named twice is an error."""
    from pathlib import Path

    families: list[dict[str, Any]] = []
    programs: dict[str, dict[str, Any]] = {}
    owner: dict[str, str] = {}
    for path in sorted(Path(data_dir).glob("*.toml")):
        fam, progs = load_file(path)
        fam = {**fam, "programs": sorted(progs)}
        families.append(fam)
        for name, e in progs.items():
            e = {**e, "family": fam["name"]}
            for n in [name, *e.get("aliases", [])]:
                if n in owner:
                    raise KnowledgeError(f"{path.name}.programs.{name}: {n!r} is already defined in {owner[n]}")
                owner[n] = path.name
            programs[name] = e
    return families, programs


DOC_ONLY = ("t", "no", "does")  # kept in the TOML (fixtures, docs), not needed to decide


def _runtime(e: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in e.items() if k not in DOC_ONLY}
    if "sub" in e:
        out["sub"] = {n: _runtime(s) for n, s in e["sub"].items()}
    return out


def render_literal(families: list[dict[str, Any]], programs: dict[str, dict[str, Any]]) -> str:
    """The facts a decision needs, as a Python literal (fixtures and descriptions stay in the TOML)."""
    import pprint

    families = [{k: v for k, v in f.items() if k != "programs"} for f in families]
    programs = {n: _runtime(e) for n, e in programs.items()}

    return (
        '"""Generated from knowledge/data/programs/*.toml by `python -m automode.knowledge.programs_build`: do not edit."""\n\n'
        "from automode.typing_lite import Any\n\n"
        "# fmt: off\n"
        f"FAMILIES: list[dict[str, Any]] = {pprint.pformat(families, width=120, sort_dicts=True)}\n\n"
        f"PROGRAMS: dict[str, dict[str, Any]] = {pprint.pformat(programs, width=120, sort_dicts=True)}\n"
    )


def build() -> str:
    families, programs = load_all()
    text = render_literal(families, programs)
    with open(LITERAL, "w", encoding="utf-8") as f:
        f.write(text)
    return text


POWERS = (
    ("code_opts", "runs a command line"), ("code_keys", "settings that run a command"), ("code_words", "addresses that run a command"),
    ("runs_rest", "runs the rest of its arguments"), ("rest_after", "runs the arguments after"), ("load_args", "runs the files it is given"),
    ("unsafe_opts", "options that let its input run commands"), ("load_opts", "loads code from a file"), ("inline_opts", "runs inline code"),
    ("env_cmd", "variables holding a command"), ("env_code", "variables that load code"), ("listen_opts", "listens"),
    ("listen", "listens by default"), ("listen_words", "listening addresses"), ("bind_opts", "bind address"),
    ("insecure_opts", "turns verification off"), ("priv_opts", "changes privileges"), ("privileged", "changes privileges"),
    ("extract", "extracts archives"), ("dest_opts", "extraction target"), ("into_opts", "fills a directory with files it names itself"), ("list_opts", "lists or prints members instead of extracting"), ("read_opts", "reads files"),
    ("write_opts", "writes files"), ("out_pos", "writes its positional argument number"), ("net_opts", "names hosts"), ("hosts", "positional hosts are destinations"),
    ("use_opts", "uses a credential without showing it"), ("secret", "prints secrets"), ("escape_prefixes", "shell escapes"),
)  # fmt: skip


def _powers(e: dict[str, Any]) -> str:
    out: list[str] = []
    for key, label in POWERS:
        v = e.get(key)
        if v is True:
            out.append(label)
        elif isinstance(v, str) and v:
            out.append(f"{label} ({v})")
        elif isinstance(v, list) and v:
            out.append(f"{label}: " + ", ".join(f"`{x}`" for x in v))
        elif isinstance(v, dict) and v:
            out.append(f"{label}: " + ", ".join(f"`{k} {'/'.join(x)}`" for k, x in v.items()))
    if e.get("args") == "meta":
        out.append("looks at metadata only")
    return "; ".join(out)


def _row(*cells: str) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def programs_markdown() -> str:
    """docs/programs.md: every family, program and capability, from the same data files the engine uses."""
    families, programs = load_all()
    total = sum(1 + len(e.get("aliases", [])) for e in programs.values())
    out = ["# automode program knowledge base", "",
           "Generated by `automode rules --programs` from `src/automode/knowledge/data/programs/*.toml`; each family names "
           "where its facts come from (man pages, the tools' own documentation, the public GTFOBins catalogue). Every "
           f"entry carries fixtures that the tests run. {len(programs)} entries, {total} program names.", "",
           "Capabilities: " + ", ".join(f"`{c}`" for c in CAPS) + ". A secret path given to any program is a secret read "
           "unless the program only looks at metadata or uses the credential without showing it; a program that is not "
           "here and not the project's own asks when its arguments leave the project (AM-PARSE-002).", ""]  # fmt: skip
    for fam in families:
        out += [f"## {fam['title']}", "", f"Sources: {fam['sources']}.", "", "| program | does | can | powers |", "|---|---|---|---|"]
        for name in fam["programs"]:
            e = programs[name]
            names = ", ".join(f"`{n}`" for n in [name, *e.get("aliases", [])])
            out.append(_row(names, e["does"], ", ".join(e["caps"]), _powers(e)))
            for sub, s in e.get("sub", {}).items():
                out.append(_row(f"`{name} {sub}`", s["does"], ", ".join(s.get("caps", [])), _powers(s)))
        out.append("")
    out += _carriers_markdown()
    out += _daemons_markdown()
    out += _apis_markdown()
    return "\n".join(out).replace("\n\n\n", "\n\n")


def _carriers_markdown() -> list[str]:
    """The fallback for options, variables and arguments the tables above do not describe (`knowledge/carriers.py`)."""
    from automode.knowledge import carriers

    def ticks(xs: frozenset[str]) -> str:
        return ", ".join(f"`{x}`" for x in sorted(xs))

    return ["## Arguments that carry a command (any program)", "",
            "Generated from `src/automode/knowledge/carriers.py`. An option the tables above do not describe is read by "
            "the words of its name: its value is analysed as a shell command line the program runs when the name holds "
            "one of " + ticks(carriers.COMMAND_OPTION_WORDS) + ", or is one of " + ticks(carriers.COMMAND_OPTIONS) +
            "; never when it holds one of " + ticks(carriers.DATA_OPTION_WORDS) + " (text, not a command). Any other "
            "`--name=VALUE`, and any argument of a program automode does not know, is analysed the same way when it pipes "
            "into a shell or interpreter, downloads, or substitutes a download. Variables matching `"
            + carriers.COMMAND_VARIABLE_RE.pattern + "` hold a command line some program runs.", ""]  # fmt: skip


def _daemons_markdown() -> list[str]:
    """Network daemons and file servers (`knowledge/daemons.py`): where they listen and what leaves them open."""
    from automode.knowledge import daemons

    def ticks(xs: frozenset[str]) -> str:
        return ", ".join(f"`{x}`" for x in sorted(xs)) or "-"

    out = ["## Network daemons and file servers", "",
           "Generated from `src/automode/knowledge/daemons.py` (its docstring names the sources). A daemon on every "
           "interface is a `listen` effect (AM-RCE-006 asks); one serving the home directory or `/` is refused; one left "
           "open to anyone who connects is a `listen` effect with verb `execute` (AM-RCE-023 refuses).", "",
           "| daemon | programs | bind options | every interface by default | open to anyone |", "|---|---|---|---|---|"]  # fmt: skip
    for d in daemons.DAEMONS:
        opened = ticks(d.open_words | d.all_words) + (" (by default)" if d.open_default else "")
        out.append(f"| {d.what} | {ticks(d.programs)} | {ticks(d.bind_opts)} | {'yes' if d.default_all else 'no'} | {opened} |")
    return [*out, ""]


def _apis_markdown() -> list[str]:
    """Control-plane APIs over HTTP (`knowledge/data/apis/*.toml`): a request through any HTTP client is judged by its
    service's method and path table, like the service's own command line."""
    from automode.knowledge import httpapi

    out = ["## Control-plane APIs over HTTP", "",
           "Generated from `src/automode/knowledge/data/apis/*.toml` (each file names its sources: the services' API "
           "references). A request sent by " + ", ".join(f"`{c}`" for c in sorted(httpapi.CLIENTS)) + " to one of these "
           "hosts is a `control` effect with the verb of the first route its method and path match (`**` any number of "
           "path segments), so the control-plane rules judge it like the service's own CLI.", ""]  # fmt: skip
    for s in httpapi.describe_table():
        out += [f"### {s['name']} ({s['family']}): " + ", ".join(f"`{h}`" for h in s["hosts"]), "",
                "| method and path | verb | origin |", "|---|---|---|"]  # fmt: skip
        out += [f"| `{key.replace('|', ' / ')}` | {verb} | {origin} |" for key, verb, origin in s["routes"]]
        out.append("")
    return out


if __name__ == "__main__":  # pragma: no cover - build step
    build()
    print(f"wrote {LITERAL}")
