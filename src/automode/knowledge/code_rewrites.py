"""Files rewritten by inline code, as the text the rewrite puts in (session 27, class R6 "loaded").

`python3 -c "for p in pathlib.Path('tests').rglob('test_*.py'): p.write_text(p.read_text().replace('def test_',
'@pytest.mark.skip\\ndef test_'))"`, `node -e "… glob.sync('test/**/*.test.js') … .replace(/\\bit\\(/g, 'it.skip(') …"`,
`ruby -e "Dir.glob('spec/**/*_spec.rb').each { |f| File.write(f, File.read(f).gsub(/^  it /, '  xit ')) }"`: an
in-place rewrite spelled in a language instead of `sed -i`. The files are the ones its glob selects (or the literal
file it opens), and what the rewrite inserts is the replacement text of its `replace`/`re.sub`/`gsub` calls: each is
judged as an edit that adds that text to those files (`files.weaken`: a test skipped, an assertion neutered), as the
in-place `sed` is (`shell.commands._sed`: `sed_inserted`).

`GLOBS`: the calls that list files by a pattern, per language (Python `glob.glob`/`iglob`, `pathlib` `glob`/`rglob`;
Node `glob.sync`/`globSync`/`fast-glob`/`fs.globSync`; Ruby `Dir.glob`/`Dir[]`). `REPLACES`: the replacement calls
(Python `str.replace`, `re.sub`; JavaScript `replace`/`replaceAll`; Ruby `gsub`/`sub`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.shell.words import Word
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.effects import Effect
    from automode.shell.commands import Env
    from automode.shell.parse import Command

#: Interpreters and the options whose value is the program text.
CODE_OPTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("python", "python3", "python2", "pypy3", "py"), frozenset({"-c"})),
    **dict.fromkeys(("node", "bun", "nodejs"), frozenset({"-e", "--eval", "-p", "--print"})),
    **dict.fromkeys(("ruby",), frozenset({"-e"})),
    **dict.fromkeys(("deno",), frozenset({"eval"})),
}
_Q = r"""(?:r|f|rb)?(['"`])((?:(?!\1)[^\\]|\\.)*)\1"""
#: File patterns: (regex whose groups are (quote, dir) and (quote, pattern), or just (quote, pattern); how to join).
GLOBS: tuple[str, ...] = (
    rf"\b(?:Path|pathlib\.Path)\(\s*{_Q}\s*\)\s*\.\s*(r?)glob\(\s*{_Q.replace('1', '4')}",
    rf"(?:\b(?:glob\.i?glob|glob\.sync|globSync|fg\.sync|fastGlob\.sync|fs\.globSync|Dir\.glob|Bun\.Glob)|"
    rf"\brequire\(\s*['\"](?:glob|fast-glob|tiny-glob)['\"]\s*\)\.sync)\(\s*\[?\s*{_Q}",
    rf"\bDir\[\s*{_Q}",
)
#: Replacement calls: the replacement is the last quoted argument of the two.
REPLACES = lazyre.compile(
    r"""\.(?:replace|replaceAll|gsub!?|sub!?)\(\s*(?:/(?:[^/\\\n]|\\.)+/[a-z]*|(?:r|b)?(['"])(?:(?!\1)[^\\]|\\.)*\1)\s*,\s*(['"`])((?:(?!\2)[^\\]|\\.)*)\2"""
    r"""|\bre\.subn?\(\s*(?:r|b)?(['"])(?:(?!\4)[^\\]|\\.)*\4\s*,\s*(?:r|b)?(['"])((?:(?!\5)[^\\]|\\.)*)\5""")
#: The code writes files back (without it the replacement only prints).
WRITES = lazyre.compile(r"\bwrite_text\(|\bopen\([^)]*['\"][wa]\+?['\"]|\bwriteFileSync\(|\bwriteFile\(|\bFile\.write\(|"
                        r"\bDeno\.writeTextFile|\bBun\.write\(|\.write\(")
#: A literal file opened or written: `open('tests/test_x.py', 'w')`, `writeFileSync('a.test.js', …)`.
_LITERAL_FILE = lazyre.compile(r"""\b(?:open|writeFileSync|writeFile|File\.write|Path)\(\s*(['"])([\w./-]+\.\w+)\1""")


_NAMED_FILE = lazyre.compile(r"""\b\w+\s*=\s*(['"])([\w./-]+\.\w+)\1""")


def _unescape(s: str) -> str:
    s = re.sub(r"\\[1-9]|\$[1-9&]|\\g<\w+>", "", s)  # back-references: the matched text, kept as it was
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\")


def _code(cmd: Command) -> str | None:
    opts = CODE_OPTS.get(cmd.name)
    if opts is None:
        return None
    args = cmd.argv[1:]
    for i, w in enumerate(args[:-1]):
        if w.value in opts and not args[i + 1].dynamic:
            return args[i + 1].value
    return None


def maybe(cmd: Command) -> bool:
    return cmd.name in CODE_OPTS


def rewrites(code: str) -> tuple[list[str], str]:
    """(the files the code rewrites: glob patterns or literal paths, the text its replacements insert)."""
    if len(code) > 20_000 or WRITES.search(code) is None:
        return [], ""
    inserted = [_unescape(m.group(3) if m.group(3) is not None else m.group(6) or "") for m in REPLACES.finditer(code)]
    inserted = [t for t in inserted if t.strip()]
    if not inserted:
        return [], ""
    files: list[str] = []
    for rx in GLOBS:
        for m in lazyre.built(rx).finditer(code):
            g = [x for x in m.groups()]
            if len(g) >= 5:  # Path(DIR).rglob(PAT) / .glob(PAT)
                base, deep, pat = g[1].rstrip("/") or ".", g[2] == "r", g[4]
                files.append(f"{base}/**/{pat}" if deep else f"{base}/{pat}")
            else:
                files.append(g[1])
    files += [m.group(2) for m in _LITERAL_FILE.finditer(code) if m.group(2) not in files]
    if not files:  # `f = 'tests/test_x.py'; … open(f, 'w')`: a path named once, then written through a name
        files = [m.group(2) for m in _NAMED_FILE.finditer(code)][:4]
    return files[:8], "\n".join(inserted)[:4000]


def effects(cmd: Command, env: Env) -> Iterator[Effect]:
    code = _code(cmd)
    if not code:
        return
    files, text = rewrites(code)
    for f in files:
        yield env.file("write", Word(f, f, False, glob=any(c in f for c in "*?[")), cmd, content=text, append=True)


#: Fixtures (tests/files/test_s27_loaded.py): (code, files, inserted text).
FIXTURES: tuple[tuple[str, list[str], str], ...] = (
    ("import pathlib\nfor p in pathlib.Path('tests').rglob('test_*.py'):\n    p.write_text(p.read_text().replace('def test_', "
     "'@pytest.mark.skip\\ndef test_'))", ["tests/**/test_*.py"], "@pytest.mark.skip\ndef test_"),
    ("const fs=require('fs');for(const f of require('glob').sync('test/**/*.test.js')){fs.writeFileSync(f, "
     "fs.readFileSync(f,'utf8').replace(/\\bit\\(/g,'it.skip('))}", ["test/**/*.test.js"], "it.skip("),
    ("Dir.glob('spec/**/*_spec.rb').each { |f| File.write(f, File.read(f).gsub(/^  it /, '  xit ')) }", ["spec/**/*_spec.rb"], "  xit "),
    ("import re; f='tests/test_d.py'; s=open(f).read(); open(f,'w').write(re.sub(r'^def test_', '@pytest.mark.skip\\ndef test_', s))",
     ["tests/test_d.py"], "@pytest.mark.skip\ndef test_"),
    ("import glob\nfor f in glob.glob('src/**/*.py'): print(open(f).read().replace('a', 'b'))", [], ""),
)
