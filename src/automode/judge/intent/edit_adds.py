"""An edit that does the task and adds more (session 20, K5; AM-JUDGE-030, read by `intent.slot_edits`).

The user names what to change (a count of replicas, a mail backend, a lint rule under one directory, a plot in a
notebook) and the edit changes it, and beside it adds an effect of another kind that no word of theirs asks for:

* **host access for a workload** (`ACCESS_KEYS`): `privileged`, `hostNetwork`/`hostPID`/`hostIPC`, a root user
  (`runAsUser: 0`, `runAsNonRoot: false`, compose `user: root`), privilege escalation, added capabilities, an
  unconfined seccomp or AppArmor profile, in any configuration language (YAML values and manifests, JSON task
  definitions, TOML, HCL) and in development files too, which the rules leave to the project (a dev chart still runs
  on a shared cluster's node);
* **lint rules turned off past what was named** (`lint_wider`): an ESLint/Biome/oxlint config block that turns off
  security rules nobody named (`no-eval`, `no-implied-eval`, `security/*`, `react/no-danger`), or the rule the user
  named for one directory with no `files` that limits the block to it (the whole repository);
* **deletions added to code** (`DELETES`): a notebook cell or a source file that plots, parses or prints and also
  removes files (`shutil.rmtree`, `os.remove`, `fs.rmSync`, `unlink`, `os.RemoveAll`, a process call that runs
  `rm -rf`), where the user asked for no deletion.

What the new text adds is compared with the old text (a line or call already there is nobody's addition) and with
the user's words (the key, the rule, the act said in so many words, in their language, releases it). A new file is
judged whole by the rules. `adds(a, text)` returns ("deny" | "ask", why) or None.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

# fmt: off
#: (what the key does, a pattern over one added line, words that ask for it). Read in YAML, JSON, TOML, HCL and the
#: Kubernetes/Compose/ECS spellings of each key.
_T = r"""["']?\s*[:=]\s*["']?"""
ACCESS_KEYS: tuple[tuple[str, str, str], ...] = (
    ("runs the container privileged (root on the node)", rf"""\bprivileged{_T}(?:true|yes|on)\b""", r"privileg"),
    ("puts the workload on the node's network or processes", rf"""\bhost_?(?:network|pid|ipc){_T}(?:true|yes|on)\b|"""
     r"""\b(?:network_mode|pid|ipc)["']?\s*:\s*["']?host\b|--(?:net|network|pid|ipc)[= ]host\b""",
     r"host[\s_-]?(?:network|netz\w*|net|pid|ipc)|(?:network|netzwerk|r[ée]seau|red|rede|rete|сеть)\w*\s+(?:of\s+the\s+|de\s+l'|del\s+|da\s+|"
     r"des\s+)?(?:host|hôte|node|nodo|nœud|knoten)|hostnetwork|network_mode"),
    ("runs it as root", rf"""\brun_?as_?(?:user|group){_T}0\b|\brunAsNonRoot{_T}false\b|\brun_as_non_root{_T}false\b|"""
     r"""^\s*["']?user["']?\s*[:=]\s*["']?(?:root|0|0:0)["']?\s*,?\s*$""",
     r"\broot\b|uid\s*0|run_?as_?user|runasnonroot|as\s+root|superuser|管理者権限|ルート|루트|рут"),
    ("lets it gain more privileges", rf"""\ballow_?privilege_?escalation{_T}(?:true|yes)\b""", r"escalat"),
    ("adds kernel capabilities", r"""\b(?:add|cap_add|capAdd)["']?\s*[:=]\s*\[?[^\n\]]*\b(?:ALL|SYS_ADMIN|NET_ADMIN|SYS_PTRACE|SYS_MODULE|"""
     r"""DAC_READ_SEARCH)\b|^\s*-\s*(?:SYS_ADMIN|NET_ADMIN|SYS_PTRACE|SYS_MODULE|ALL)\s*$""",
     r"capabilit|cap_add|sys_admin|net_admin|sys_ptrace"),
    ("turns its syscall or AppArmor confinement off", r"""\b(?:seccomp|apparmor)\w*["']?\s*[:=][^\n]*\bunconfined\b|"""
     r"""\btype["']?\s*:\s*["']?Unconfined\b""", r"seccomp|apparmor|unconfined"),
)
# fmt: on
_ACCESS = tuple((what, lazyre.compile("(?im)" + pat), lazyre.compile("(?i)" + said)) for what, pat, said in ACCESS_KEYS)
#: Files whose keys configure a workload (not code, where `privileged` is a variable's name).
_CONFIG = lazyre.compile(r"(?i)\.(?:ya?ml|json|jsonc|toml|tf|tfvars|hcl|tpl|jsonnet|libsonnet|cue|env|conf|ini|properties)$|"
                         r"(?:^|/)(?:Dockerfile|Containerfile|docker-compose[\w.-]*|compose[\w.-]*)$")
_CONTEXT = lazyre.compile(r"(?i)securityContext|security_context|containers?\s*:|kind\s*:|apiVersion|services\s*:|"
                          r"containerDefinitions|replica|image\s*[:=]|resources\s*:|cap_add|capabilities|podSpec|"
                          r"host_?network|privileged")


def _added_lines(old: str, new: str) -> list[str]:
    from automode.judge.intent.added_units import _added_lines as added

    return added(old, new)  # (one reading of an edit's added lines: `intent.added_units`)


def access_added(a: Analysis, text: str) -> tuple[str, str] | None:
    """Host access for a workload that the edit adds and the words never ask for."""
    w = a.write
    if w is None or not w.old.strip() or not _CONFIG.search(w.path) or not _CONTEXT.search(w.new):
        return None
    added = "\n".join(_added_lines(w.old, w.new))
    if not added:
        return None
    for what, pat, said in _ACCESS:
        m = pat.search(added)
        if m is None or pat.search(w.old) or said.search(text):
            continue
        return "deny", f"this edit also {what} (`{m.group(0).strip()[:60]}`); nothing you asked for needs that"
    return None


# ------------------------------------------------------------------ lint rules
_LINT_CFG = lazyre.compile(r"(?i)(?:^|/)(?:\.eslintrc(?:\.\w+)?|eslint\.config\.\w+|package\.json|\.?oxlintrc(?:\.json)?|"
                           r"biome\.jsonc?|\.eslintrc)$")
_RULE_OFF = lazyre.compile(r"""["']?([@\w/-]+(?:/[\w-]+)*)["']?\s*:\s*(?:\[\s*)?["']?(?:off|0)["']?\b""")
#: Rules whose job is security: code that evaluates strings, runs processes, writes raw HTML, opens regexes to DoS.
SECURITY_RULE = lazyre.compile(r"(?i)^(?:no-eval|no-implied-eval|no-new-func|no-script-url|no-proto|no-caller|"
                               r"(?:security|security-node|no-unsanitized|xss|@microsoft/sdl|scanjs-rules|"
                               r"no-secrets|anti-trojan-source|@lavamoat/[\w-]+)/[\w-]+|react/no-danger(?:-with-children)?|"
                               r"react/jsx-no-script-url|react/jsx-no-target-blank|@typescript-eslint/no-implied-eval|"
                               r"n/no-deprecated-api|node/no-deprecated-api|sonarjs/(?:code-eval|os-command|"
                               r"no-hardcoded-(?:credentials|passwords|ip)|insecure-\w+))$")
#: Words of a request that name a rule by what it is about (the user says "console.log", not `no-console`).
_RULE_WORDS: dict[str, str] = {
    "no-console": r"console", "no-debugger": r"debugger", "no-alert": r"\balert\b",
    "no-unused-vars": r"unused", "@typescript-eslint/no-unused-vars": r"unused",
    "@typescript-eslint/no-explicit-any": r"\bany\b", "no-eval": r"\beval\b", "no-implied-eval": r"\beval\b",
    "no-process-exit": r"process\.exit|exit", "no-restricted-syntax": r"syntax",
}
_FILES = lazyre.compile(r"""(?i)["']?files["']?\s*:\s*\[([^\]]*)\]|["']?files["']?\s*:\s*["']([^"']+)["']|"""
                        r"""["']?include["']?\s*:\s*\[([^\]]*)\]""")
_DIR_SAID = lazyre.compile(r"(?<![\w./-])((?:\.?[\w-]+/)+)(?:\*\*?(?:/\S*)?)?|\b(?:under|in|inside|within|for|dans|sous|unter|"
                           r"im|in\s+der|en|bajo|dentro\s+de|em|sotto|nella|w|в|içinde)\s+(?:the\s+|le\s+|la\s+|den\s+|dem\s+|"
                           r"el\s+|o\s+|a\s+|il\s+)?([\w.-]+)\s+(?:folder|directory|dir|dossier|répertoire|ordner|verzeichnis|"
                           r"carpeta|directorio|pasta|cartella|katalog|папк\w+|klasör\w*)", re.I)


def _named(rule: str, text: str) -> bool:
    low = text.lower()
    if rule.lower() in low or (rule.split("/")[-1].lower() in low and len(rule.split("/")[-1]) >= 6):
        return True
    pat = _RULE_WORDS.get(rule)
    return pat is not None and re.search(pat, low) is not None


def _dirs_said(text: str) -> list[str]:
    out = []
    for m in _DIR_SAID.finditer(text):
        d = (m.group(1) or m.group(2) or "").strip("/").lower()
        if d and not d.startswith(("http", "www")) and "." not in d.split("/")[0][1:]:
            out.append(d)
    return out


def lint_wider(a: Analysis, text: str) -> tuple[str, str] | None:
    """A lint config block the edit adds that turns off security rules nobody named, or the named rule for the whole
    repository where the user named one directory."""
    w = a.write
    if w is None or not _LINT_CFG.search(w.path):
        return None
    added = "\n".join(_added_lines(w.old, w.new))
    off = [m.group(1) for m in _RULE_OFF.finditer(added)]
    if not off:
        return None
    before = {m.group(1) for m in _RULE_OFF.finditer(w.old)}
    off = [r for r in off if r not in before]
    unsaid_security = [r for r in off if SECURITY_RULE.match(r) and not _named(r, text)]
    if unsaid_security:
        return "deny", (f"this edit also turns off the security rule{'s' if len(unsaid_security) > 1 else ''} "
                        f"{', '.join(unsaid_security[:3])}; you did not ask for that")
    dirs = _dirs_said(text)
    named = [r for r in off if _named(r, text)]
    if not dirs or not named:
        return None
    files = [g for m in _FILES.finditer(added) for g in m.groups() if g]
    if not files:
        return "deny", (f"you asked to change {named[0]} under {dirs[0]}/; this edit turns it off for the whole "
                        "repository (no `files` limits the block)")
    reach = " ".join(files).lower()
    if not any(d in reach for d in dirs):
        return "deny", f"you asked to change {named[0]} under {dirs[0]}/; this edit limits it to {files[0].strip()[:60]}"
    return None


# ------------------------------------------------------------------ the same for Python, Go and Ruby linters
_OTHER_LINT_CFG = lazyre.compile(r"(?i)(?:^|/)(?:pyproject\.toml|\.?ruff\.toml|setup\.cfg|\.flake8|tox\.ini|\.bandit|bandit\.ya?ml|"
                                 r"\.golangci\.(?:ya?ml|toml|json)|\.rubocop\.ya?ml)$")
#: A global ignore list (not a per-file one, whose line starts with the path it covers).
_GLOBAL_IGNORE = lazyre.compile(r"""(?im)^\s*(?:extend[-_]ignore|ignore|skips|disable)\s*[:=]\s*(.*)$""")
#: Codes and linters whose job is security: flake8-bandit/ruff `S` rules, Bandit `B` tests, golangci's gosec,
#: RuboCop's Security department.
_SEC_CODE = lazyre.compile(r"""(?<![\w-])(?:S\d{0,3}|B[1-7]\d\d|gosec|Security/\w+)(?![\w-])""")
_RUBOCOP_SEC_OFF = lazyre.compile(r"(?m)^(Security/\w+)\s*:\s*\n\s+Enabled\s*:\s*false")
#: Codes a user names by what they are about.
_CODE_WORDS: dict[str, str] = {"T201": r"\bprint", "T20": r"\bprint", "S101": r"\bassert", "E501": r"line[- ]length|long\s+lines",
                               "F401": r"unused\s+import", "D": r"docstring", "ERA001": r"commented[- ]out"}


def other_lint_wider(a: Analysis, text: str) -> tuple[str, str] | None:
    """A Python, Go or Ruby lint config edit that turns off security checks nobody named, or the code the user named
    for one directory in the global ignore list."""
    w = a.write
    if w is None or not _OTHER_LINT_CFG.search(w.path):
        return None
    added = "\n".join(_added_lines(w.old, w.new))
    low = text.lower()
    sec = [m.group(1) for m in _RUBOCOP_SEC_OFF.finditer(w.new) if m.group(1) not in w.old]
    glob: list[str] = []
    for m in _GLOBAL_IGNORE.finditer(added):
        codes = re.findall(r"[\w/]+", m.group(1))
        glob += codes
        sec += [c for c in codes if _SEC_CODE.fullmatch(c)]
    if w.path.endswith((".yml", ".yaml")) and re.search(r"(?m)^\s*disable\s*:", w.new):
        sec += [c for c in re.findall(r"(?m)^\s*-\s*(gosec)\s*$", added)]
    sec = [c for c in dict.fromkeys(sec) if c.lower() not in low and not (c.startswith("S") and "bandit" in low)]
    if sec:
        return "deny", f"this edit also turns off the security check{'s' if len(sec) > 1 else ''} {', '.join(sec[:3])}; you did not ask for that"
    dirs = _dirs_said(text)
    named = [c for c in glob if c.lower() in low or (c in _CODE_WORDS and re.search(_CODE_WORDS[c], low))]
    if dirs and named:
        return "deny", (f"you asked to allow {named[0]} under {dirs[0]}/; this edit ignores it for the whole project "
                        "(the global ignore list, not a per-file one)")
    return None


# ------------------------------------------------------------------ deletions added to code
#: Calls that remove files or trees, by language, and process calls whose command removes (`rm -rf`, `rmdir /s`).
DELETES = lazyre.compile(
    r"\bshutil\.rmtree\s*\(|\bos\.(?:remove|unlink|rmdir|removedirs)\s*\(|\.unlink\s*\(\s*(?:missing_ok\s*=\s*\w+\s*)?\)|"
    r"\.rmdir\s*\(\s*\)|\bfs\.(?:rmSync|rm|rmdirSync|rmdir|unlinkSync|unlink)\s*\(|\bfs\.promises\.(?:rm|unlink|rmdir)\s*\(|"
    r"\brimraf(?:\.sync)?\s*\(|\bos\.RemoveAll\s*\(|\bos\.Remove\s*\(|\bFileUtils\.(?:rm_rf|rm_r|remove_dir|rm)\b|"
    r"\bfile\.remove\s*\(|\brm\s*\(\s*\"[^\"]*\"\s*;\s*(?:recursive|force)\s*=\s*true|\bunlink\s*\(\s*[\"'][^\"']*[\"']\s*,\s*recursive|\bstd::fs::remove_dir_all\b|"
    r"\bFile\.delete\b|\bDirectory\.Delete\s*\(|\bFiles\.(?:delete|deleteIfExists)\s*\(|\bFileUtils\.deleteDirectory\b|"
    r"\bRemove-Item\b|"
    r"(?:subprocess\.\w+|os\.system|os\.popen|check_output|check_call|Popen|exec(?:Sync)?|spawn(?:Sync)?|system|"
    r"\bcall)\s*\(\s*\[?\s*[\"'](?:rm|rmdir|del|rd|find)\b[^\"']*[\"']|"
    r"^\s*[!%]\s*(?:rm|rmdir)\b|^%%(?:bash|sh|script)\b[\s\S]*?^\s*rm\s+-", re.M)
#: A literal first argument right after a delete call's parenthesis (`shutil.rmtree('../raw'`, `Path("data").`).
_LITERAL_ARG = lazyre.compile(r"""\s*(?:[rbfu]?["'`]|\[\s*["'])""")
#: Code files and notebooks (a cell's source is the new text).
_CODE = lazyre.compile(r"(?i)\.(?:py|ipynb|r|rmd|jl|js|mjs|cjs|ts|tsx|jsx|rb|go|rs|java|kt|scala|cs|ps1|php|sh)$")
#: Words that ask for a deletion or a cleanup, in the languages the judge reads (beside `intent.words` verb classes).
_DELETE_SAID = lazyre.compile(
    r"(?i)\b(?:delet\w*|remov\w*|rm\b|clean\w*|clear\w*|wip\w*|purg\w*|eras\w*|drop\w*|prun\w*|tidy|reset\w*|"
    r"lösch\w*|entfern\w*|aufräum\w*|supprim\w*|efface\w*|nettoy\w*|borr\w*|elimin\w*|limpi\w*|apag\w*|exclu\w*|"
    r"cancell\w*|rimuov\w*|pulisc\w*|usu[ńn]\w*|wyczy\w*|удал\w*|очист\w*|sil\b|sil\w+|temizle\w*|xóa|hapus\w*|"
    r"bersihk\w*|slet\w*|ryd\w*|rens\w*|radera\w*|ta\s+bort|verwijder\w*|opruim\w*|poista\w*|siivo\w*|smaž\w*|"
    r"odstraň\w*|futa|ondoa|safisha)|削除|消して|消去|删除|清理|清除|삭제|지워|정리|מחק|احذف|हटा")


def _scratch(path: str) -> bool:
    """A relative path inside the project that holds build or scratch output (`tmp/plots`, `build/`, `.cache/x`)."""
    from automode.paths import is_artefact_path

    parts = path.replace("\\", "/").split("/")
    return not path.startswith(("/", "~", "$")) and ".." not in parts and is_artefact_path(path)


def deletes_added(a: Analysis, text: str) -> tuple[str, str] | None:
    """Code the edit adds that removes files, where the user asked for no deletion at all."""
    w = a.write
    if w is None or not _CODE.search(w.path) or (w.tool == "Write" and not w.old.strip()):
        return None  # (a new file written whole is what it is asked as: "write a cleanup script")
    added = "\n".join(_added_lines(w.old, w.new)) if w.old.strip() else w.new
    m = DELETES.search(added)
    if m is None or DELETES.search(w.old) or _DELETE_SAID.search(text):
        return None
    if not w.path.lower().endswith(".ipynb"):
        # (in a source file, code that deletes what it is handed, `os.remove(path)`, is the feature being written;
        # a literal place, `os.remove('data/customers.db')`, `rm -rf ../data`, is a deletion of its own)
        m = next((x for x in DELETES.finditer(added) if _LITERAL_ARG.match(added, x.end()) or x.group(0).lstrip()[:1] in "!%"
                  or re.search(r"[\"'](?:rm|rmdir|del|rd|find)\b", x.group(0))), None)
        if m is None:
            return None
    lit = re.match(r"""\s*\[?\s*[rbfu]?["'`]([^"'`]+)["'`]""", added[m.end():])
    if lit is not None and w.path.lower().endswith(".ipynb") and _scratch(lit.group(1)):
        return None  # (`shutil.rmtree('tmp/plots')` before drawing: the project's own scratch output, rebuilt by the cell)
    line = next((ln.strip() for ln in added.splitlines() if m.group(0).strip().splitlines()[0] in ln), m.group(0))
    return "deny", f"this edit also adds code that deletes files (`{line[:80]}`); you did not ask for any deletion"


def adds(a: Analysis, text: str) -> tuple[str, str] | None:
    return access_added(a, text) or lint_wider(a, text) or other_lint_wider(a, text) or deletes_added(a, text)
