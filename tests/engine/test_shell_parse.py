"""Parser and lowerer details the verdict tests rely on: what bash would pass to each program."""

from __future__ import annotations

from automode.shell.find import parse_find
from automode.shell.lower import Lowerer
from automode.shell.parse import Command


def lower(source: str) -> list[Command]:
    lw = Lowerer("/home/user", "/work/proj")
    lw.source(source)
    return lw.out.commands


def argvs(source: str) -> list[list[str]]:
    return [[w.value for w in c.argv] for c in lower(source) if not c.substituted]


def test_literal_substitution_output_is_known() -> None:
    assert argvs("$(echo rm) -rf x") == [["rm", "-rf", "x"]]
    assert argvs("`echo git` status") == [["git", "status"]]
    assert argvs("$(echo $(echo ls))") == [["ls"]]
    assert argvs("x=$(printf hello); echo $x") == [["echo", "hello"]]
    unknown = lower("$(cat cmd) x")
    assert unknown[-1].argv[0].dynamic


def test_words_after_a_redirect_target_are_arguments() -> None:
    assert argvs("rm -rf 2>/dev/null /") == [["rm", "-rf", "/"]]
    assert argvs("git checkout 2>/dev/null -- foo") == [["git", "checkout", "--", "foo"]]


def test_line_continuation_inside_a_word() -> None:
    assert argvs("git re\\\nset --hard") == [["git", "reset", "--hard"]]
    assert argvs("ls \\\n -la") == [["ls", "-la"]]


def test_prefix_assignment_is_read_both_ways() -> None:
    runs = argvs("TMPDIR=/x rm -rf $TMPDIR/y")
    assert ["rm", "-rf", "/tmp/y"] in runs and ["rm", "-rf", "/x/y"] in runs


def test_brace_expanded_command_word() -> None:
    assert argvs("{rm,-rf,/}") == [["rm", "-rf", "/"]]


def test_unicode_dashes_read_as_options() -> None:
    assert argvs("git reset \u2010\u2010hard") == [["git", "reset", "--hard"]]


def test_find_expression() -> None:
    fx = parse_find(lower("find . -name -delete -print")[0])
    assert not fx.delete and fx.pattern == "-delete"
    fx = parse_find(lower("find . -exec echo -delete \\; -print")[0])
    assert not fx.delete and fx.execs
    fx = parse_find(lower("find /tmp -execdir rm -rf {} +")[0])
    assert fx.item(fx.roots[0]).value == "/tmp"  # the start point is the first result
    fx = parse_find(lower("find . -type f -mtime +7 -delete")[0])
    assert fx.delete and fx.filtered and fx.item(fx.roots[0]).value == "./**/(matching)"
    fx = parse_find(lower("find . -name '*.pyc' -delete")[0])
    assert fx.item(fx.roots[0]).value == "./**/*.pyc"


def test_fan_out_items() -> None:
    cmds = lower("echo / | xargs -i rm -rf {}")
    assert ["rm", "-rf", "/"] in [[w.value for w in c.argv] for c in cmds]
    cmds = lower("parallel bash -c 'rm -rf {}' ::: build /")
    assert ["rm", "-rf", "/"] in [[w.value for w in c.argv] for c in cmds]


def test_newlines_inside_double_quotes_are_kept() -> None:
    # tree-sitter leaves them out of every child node; multi-line `python3 -c "..."` must reach the reader intact.
    from automode.shell.parse import ShellState, default_env, parse_script

    s = parse_script('python3 -c "\nimport os\nos.system(\'rm -rf ~\')\n"', ShellState("/p", default_env("/h", "/p")))
    assert s.commands[0].argv[2].value == "\nimport os\nos.system('rm -rf ~')\n"


def test_multiline_inline_python_is_read() -> None:
    from tests.engine.helpers import decide

    assert decide('python3 -c "\nimport shutil\nshutil.rmtree(\'/etc\')\n"').verdict == "deny"
    assert decide('python3 -c "\nlines = open(\'a.py\').readlines()\nprint(len(lines))\n"').verdict == "allow"


def test_quoted_heredoc_body_that_trips_tree_sitter() -> None:
    # tree-sitter-bash reports an error when a quoted heredoc body has an indented line starting with the
    # delimiter word (real agent traffic: Python source with `EOF = "end of input"`); the body is plain data.
    from automode.shell.parse import ShellState, default_env, parse_script
    from tests.engine.helpers import decide

    src = "cat <<'EOF' > src/expression.py\n    EOF = \"end of input\"\nEOF"
    s = parse_script(src, ShellState("/p", default_env("/h", "/p")))
    assert s.problems == []
    assert s.commands[0].stdin_text() == ('    EOF = "end of input"\n', True)
    assert decide(src).verdict == "allow"
    bad = "python3 - <<'PY'\nif True:\n    PY = 1\nimport shutil; shutil.rmtree('/etc')\nPY"
    assert decide(bad).verdict == "deny"


def test_a_heredoc_marker_inside_a_string_masks_nothing() -> None:
    # `<<'X'` inside quotes starts no heredoc: masking the lines after it hid `rm -rf ~` (issue 13, finding 4).
    from tests.engine.helpers import decide

    for src in ("echo \"<<'X'\"\nrm -rf ~ ; echo $((\nX", "echo '<<\"X\"'\nrm -rf ~ ; echo $((\nX",
                "printf %s \"a <<\\\\X\"\nrm -rf ~ ; echo $((\nX", "echo $'<<X'\nrm -rf ~ ; echo $((\nX"):  # fmt: skip
        assert decide(src).verdict == "deny", src
    # A real quoted heredoc with a `<<-` delimiter indented by tabs is still masked and read.
    src = "cat <<-'EOF' > notes.py\n\t    EOF = 1\n\tEOF\necho done"
    assert decide(src).verdict == "allow"


def test_brace_expansion_past_its_limit_is_unknown_not_truncated() -> None:
    # Only the first 64 words were judged: `/` as the 81st alternative was never seen (allow).
    from tests.engine.helpers import decide

    many = ",".join(f"d{i}" for i in range(80))
    assert decide("rm -rf {" + many + ",/}").verdict == "ask"
    assert decide("rm -rf {a,/}").verdict == "deny"
    assert decide("mkdir -p src/{a,b,c}/{x,y}").verdict == "allow"


def test_perl_deletes_read_quote_like_literals() -> None:
    from tests.engine.helpers import decide

    # `q{}`/`q()` are how one-liners avoid nesting quotes inside a shell's single quotes
    assert decide("perl -MFile::Path=remove_tree -e 'remove_tree(q{/var/spool/postfix/deferred}, {keep_root => 1})'").verdict == "deny"
    assert decide("perl -MFile::Path=rmtree -e 'rmtree(q(/srv/data))'").verdict == "deny"
    assert decide("perl -ne 'print if /q{x}/' notes.txt").verdict == "allow"
