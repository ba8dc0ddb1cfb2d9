"""`linecut.lines_with` keeps exactly the lines a per-line filter keeps (the large-file cut of line-local patterns)."""

import random

from automode.linecut import lines_with


def _naive(text: str, words: tuple[str, ...]) -> str:
    return "\n".join(ln for ln in text.split("\n") if any(w in ln.lower() for w in words))


def test_same_lines_as_a_per_line_filter() -> None:
    rnd = random.Random(7)
    alphabet = ["role", "Role", "x", " ", "\n", "iam", "grant", "\n\n", "polIcy", "abc"]
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        assert lines_with(text, ("role", "iam", "policy")) == _naive(text, ("role", "iam", "policy"))


def test_a_grant_far_down_a_large_file_is_still_read() -> None:
    from automode.knowledge.privileged import file_values

    text = (
        "x = 1\n" * 60_000
        + 'resource "aws_iam_role_policy_attachment" "a" {\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n'
    )
    assert "arn:aws:iam::aws:policy/AdministratorAccess" in file_values(text, text)
