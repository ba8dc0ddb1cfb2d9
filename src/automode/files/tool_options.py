"""Options a build or test tool reads from its configuration file, as the command line they make (red team s18).

`pytest --basetemp ~` removes the home directory (`knowledge.wiped_dirs`); so does `pytest` in a project whose
`pytest.ini` says `addopts = --basetemp=/home/user`, on the next routine test run, asked by nobody. The same holds
for every tool of that table that reads the directory from a file: mkdocs's `site_dir`, Vite's `build.outDir` with
`emptyOutDir`, Angular's `outputPath`, Jekyll's `destination`, Hugo's `publishDir` with `cleanDestinationDir`, tsup's
`outDir` with `clean`, webpack's `output.path` with `clean`, Astro's `outDir`, Next.js's `distDir`, and
`PYTEST_ADDOPTS` set in a file direnv, dotenv, mise or tox loads. Each row turns the file's text into the command line the
tool then runs with; `files.analyze_write` judges those lines as commands run now (a directory under the project or
/tmp stays routine, the delete rules judge the rest).
"""

from __future__ import annotations

from automode import lazyre
from automode.dc import dataclass

#: (only pytest reads `addopts`: the key alone, so an edit's fragment without its section header is read too)
_INI_ADDOPTS = r"(?ms)^addopts\s*[=:]\s*(.+?)(?=^\S|\Z)"
_TOML_ADDOPTS = r"(?ms)^addopts\s*=\s*(\"[^\"\n]*\"|'[^'\n]*'|\[[^\]]*\])"
_Q = r"""\s*[:=]\s*["'`]?([^"'`,\s}]+)"""


@dataclass(frozen=True, slots=True)
class Row:
    path: str  # the file's path pattern
    value: str  # a pattern whose first group is the option's value in the file's text
    line: str  # the command line, `{}` the value
    needs: str = ""  # a pattern the text must also hold (`emptyOutDir: true`)


ROWS: tuple[Row, ...] = (
    Row(r"/(?:pytest|tox)\.ini$|/setup\.cfg$", _INI_ADDOPTS, "pytest {}"),
    Row(r"/pyproject\.toml$", _TOML_ADDOPTS, "pytest {}"),
    Row(r"/mkdocs\.ya?ml$", r"(?m)^site_dir" + _Q, "mkdocs build -d {}"),
    Row(r"/_config\.ya?ml$", r"(?m)^destination" + _Q, "jekyll build -d {}"),
    Row(r"/(?:hugo|config)\.(?:toml|ya?ml|json)$", r"(?m)^\s*publish[Dd]ir" + _Q, "hugo -d {} --cleanDestinationDir",
        r"(?i)cleanDestinationDir\W+true"),
    Row(r"/vite\.config\.[cm]?[jt]s$|/vitest\.config\.[cm]?[jt]s$", r"\boutDir" + _Q, "vite build --outDir {} --emptyOutDir",
        r"\bemptyOutDir\s*:\s*true"),
    Row(r"/angular\.json$", r'"outputPath"\s*:\s*(?:\{\s*"base"\s*:\s*)?"([^"]+)"', "ng build --output-path {}"),
    # Astro empties `outDir` and Next.js `distDir` before each build (no option to name them on the command line)
    Row(r"/astro\.config\.[cm]?[jt]s$", r"\boutDir" + _Q, "rm -rf {}"),
    Row(r"/next\.config\.[cm]?[jt]s$", r"\bdistDir" + _Q, "rm -rf {}"),
    # the variables that carry pytest's options, set in a file the shell or the runner loads (direnv, dotenv, mise,
    # tox's setenv, pytest-env)
    Row(r"/\.envrc$|/\.env(?:\.[\w.-]+)?$|/\.?mise(?:\.local)?\.toml$|/tox\.ini$|/pytest\.ini$|/pyproject\.toml$|/setup\.cfg$",
        r"""\bPYTEST_ADDOPTS\s*=\s*["']?([^"'\n]+)""", "pytest {}"),
    Row(r"/tsup\.config\.[cm]?[jt]s$", r"\boutDir" + _Q, "tsup --out-dir {} --clean", r"\bclean\s*:\s*true"),
    Row(r"/webpack\.config\.[cm]?[jt]s$", r"\bpath\s*:\s*['\"`]([^'\"`]+)['\"`]", "webpack --output-path {} --output-clean",
        r"\bclean\s*:\s*(?:true|\{)"),
)  # fmt: skip
_PATHS = lazyre.compile("|".join(f"(?:{r.path})" for r in ROWS))
_BASES = (".envrc", ".env", "mise.toml", ".mise.toml", "pytest.ini", "tox.ini", "setup.cfg", "pyproject.toml", "mkdocs.yml", "mkdocs.yaml", "_config.yml", "_config.yaml",
          "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
          "angular.json")  # fmt: skip


def maybe(path: str) -> bool:
    base = path[path.rfind("/") + 1 :]
    return (base in _BASES or ".config." in base or base.startswith(".env.")) and _PATHS.search(path) is not None


def lines(path: str, text: str) -> list[str]:
    """The command lines the tools of `path` run with the options `text` sets."""
    import re

    out: list[str] = []
    for row in ROWS:
        if not re.search(row.path, path) or (row.needs and not re.search(row.needs, text)):
            continue
        for m in re.finditer(row.value, text):
            value = " ".join(m.group(1).split())
            if value.startswith("["):  # a TOML list of options
                value = " ".join(a or b for a, b in re.findall(r"\"([^\"]*)\"|'([^']*)'", value))
            elif value[:1] in "\"'" and value[-1:] == value[:1]:
                value = value[1:-1]
            if value:
                out.append(row.line.format(value))
    return out[:8]
