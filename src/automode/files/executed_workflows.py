"""Workflow engines and image builders whose files hold shell that runs later (issue 11 §1): Snakemake rules,
Nextflow processes and BitBake recipes. Each is a table row (`PLACES`) and an extractor that returns the shell text
of each step, lowered like a Bash command by `files.executed`.

Sources: Snakemake "Rules" (`shell:`, `run:` with `shell()` calls; Snakefile and `*.smk` includes), Nextflow
"Processes" (`script:`/`shell:` blocks in triple-quoted strings; `*.nf`) and its configuration's `beforeScript` /
`afterScript` (read by `executed_build.fallback`), BitBake user manual "Shell functions" (`do_task() { ... }`,
`:append`/`:prepend` overrides, the old `_append` spelling; `python do_x()` bodies are Python and left to the code
readers) in `*.bb`, `*.bbappend`, `*.bbclass`.
"""

from __future__ import annotations

from collections.abc import Iterator

from automode import lazyre
from automode.files.runs import Run

#: `shell: "cmd"`, `shell:\n    "cmd"` and `shell("cmd")` inside `run:`; a triple-quoted command spans lines.
_SMK_SHELL = lazyre.compile(r'''(?s)(?:\bshell\s*:\s*|\bshell\(\s*)(?:"""(.*?)"""|\'\'\'(.*?)\'\'\'|((?:"(?:[^"\\\n]|\\.)*"\s*)+)|((?:'[^'\n]*'\s*)+))''')
_SMK_PIECE = lazyre.compile(r'"((?:[^"\\\n]|\\.)*)"|\'([^\'\n]*)\'')
_SMK_FIELD = lazyre.compile(r"\{[\w.\[\]'\"]+\}")


def snakemake(text: str) -> Iterator[Run]:
    for m in _SMK_SHELL.finditer(text):
        body = m.group(1) or m.group(2)
        if body is None:
            body = "".join(p.group(1) if p.group(1) is not None else p.group(2) for p in _SMK_PIECE.finditer(m.group(3) or m.group(4) or ""))
        # `{input.bams}`, `{threads}`: Snakemake fills them in; a word to the shell
        yield Run(_SMK_FIELD.sub("smk_field", body.replace("\\n", "\n")), "rule.shell", place="request")


_NF_BLOCK = lazyre.compile(r'(?s)\b(?:script|shell|exec)\s*:\s*(?:"""(.*?)"""|\'\'\'(.*?)\'\'\'|"((?:[^"\\\n]|\\.)*)")')
_NF_VAR = lazyre.compile(r"\$\{[^}\n]*\}|!\{[^}\n]*\}")


def nextflow(text: str) -> Iterator[Run]:
    for m in _NF_BLOCK.finditer(text):
        body = next(g for g in m.groups() if g is not None)
        yield Run(_NF_VAR.sub("nf_var", body), "process.script", place="runner")


#: `do_install:append() {`, `do_compile_prepend () {`, `pkg_postinst:${PN}() {`, `fakeroot do_deploy() {`: a shell
#: function whose body ends at the first `}` alone on a line.
_BB_FUNC = lazyre.compile(r"(?ms)^(?!python\b)(?:fakeroot\s+)?([\w:${}-]+)\s*\(\s*\)\s*\{[ \t]*\n(.*?)^\}")
_BB_VAR = lazyre.compile(r"\$\{(?:D|WORKDIR|S|B|THISDIR|TOPDIR|DEPLOY_DIR\w*|STAGING_\w+)\}")
_BB_OTHER = lazyre.compile(r"\$\{[A-Za-z_][\w:-]*\}")


def bitbake(text: str) -> Iterator[Run]:
    for m in _BB_FUNC.finditer(text):
        # `${D}` is the image's root being assembled: `${D}/root/.ssh/authorized_keys` is that file in every device
        # built from the recipe, written as the system path it becomes
        body = _BB_OTHER.sub("bb_var", _BB_VAR.sub("", m.group(2)))
        yield Run(body, m.group(1), place="host")  # (what lands in ${D} lands on every device the image boots)


PLACES: tuple[tuple[str, str], ...] = (
    (r"/Snakefile$|\.smk$", "snakemake"),
    (r"\.nf$", "nextflow"),
    (r"\.bb$|\.bbappend$|\.bbclass$", "bitbake"),
)
NAMES = frozenset({"Snakefile"})
ENDS = (".smk", ".nf", ".bb", ".bbappend", ".bbclass")
EXTRACTORS = {"snakemake": snakemake, "nextflow": nextflow, "bitbake": bitbake}
