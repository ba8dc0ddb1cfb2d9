"""In-place substitutions read from a command (`shell.substitute`): what the file loses and what it gains."""

from __future__ import annotations

from automode.shell.substitute import substitutions


def test_pairs_in_every_delimiter_and_line_deletes() -> None:
    assert substitutions("sed -i 's/@a\\/sec/@b/g' CODEOWNERS") == [("@a/sec", "@b")]
    assert substitutions("perl -pi -e 's|model = \"o3\"|model = \"o4\"|' c.toml") == [('model = "o3"', 'model = "o4"')]
    assert substitutions("sed -i '/disableAllHooks/d' s.json") == [("disableAllHooks", "")]
    assert substitutions("sed -n '1,5p' notes.txt") == []
    assert substitutions("git commit -m 'fix s/bug/'") == []
