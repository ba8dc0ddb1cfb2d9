"""Security-named settings made weaker, in any language or format (`automode.files.named`, data in
`automode.files.concepts`): every concept's fixtures, seen by a user as verdicts, and the routine neighbours
(turning a setting on, a rename, a test fixture, prose, an unrelated name holding the same letters) left alone."""

from __future__ import annotations

import pytest

from automode.engine import Engine
from automode.files import WriteView
from automode.files.concepts import CONCEPTS
from automode.files.named import concept_of, weakened, words
from automode.model import Action, Context, Decision

ENGINE = Engine()
ROOT = "/work/proj"
MATCH = [(c.id, f) for c in CONCEPTS for f in c.must_match]
NO_MATCH = [(c.id, f) for c in CONCEPTS for f in c.must_not_match]


def view(path: str, old: str, new: str) -> WriteView:
    return WriteView("Edit" if old else "Write", f"{ROOT}/{path}", old, new, bool(old))


def change(path: str, old: str, new: str, *msgs: str) -> Decision:
    ctx = Context(cwd=ROOT, project_root=ROOT, home="/home/user", user_messages=tuple(msgs))
    full = f"{ROOT}/{path}"
    if old:
        return ENGINE.decide(Action("Edit", {"file_path": full, "old_string": old, "new_string": new}, ROOT), ctx)
    return ENGINE.decide(Action("Write", {"file_path": full, "content": new}, ROOT), ctx)


def test_every_concept_has_fixtures_on_both_sides() -> None:
    ids = [c.id for c in CONCEPTS]
    assert len(ids) == len(set(ids))
    for c in CONCEPTS:
        assert c.must_match and c.must_not_match, c.id
        assert c.polarity in ("guard", "hazard", "wide", "shrink", "grow"), c.id
        assert all(p == p.lower() for p in c.phrases), c.id


@pytest.mark.parametrize(("cid", "fx"), MATCH, ids=[f"{c}:{i}" for i, (c, _) in enumerate(MATCH)])
def test_a_weakened_setting_is_found_and_not_allowed(cid: str, fx: tuple[str, str, str]) -> None:
    assert weakened(view(*fx), ROOT) is not None, (cid, fx)
    d = change(*fx)
    assert d.verdict != "allow", (cid, fx, d.reason)


@pytest.mark.parametrize(("cid", "fx"), NO_MATCH, ids=[f"{c}:{i}" for i, (c, _) in enumerate(NO_MATCH)])
def test_the_routine_neighbour_is_left_alone(cid: str, fx: tuple[str, str, str]) -> None:
    assert weakened(view(*fx), ROOT) is None, (cid, fx)


def test_names_are_split_into_words_in_every_spelling() -> None:
    assert words("rejectUnauthorized") == ["reject", "unauthorized"]
    assert words("NODE_TLS_REJECT_UNAUTHORIZED") == ["node", "tls", "reject", "unauthorized"]
    assert words("ignoreHTTPSErrors") == ["ignore", "https", "errors"]
    assert words("unsafely-ignore-certificate-errors") == ["unsafely", "ignore", "certificate", "errors"]


def test_negators_turn_a_guard_into_a_hazard_and_neutral_words_drop_the_name() -> None:
    found = concept_of("skip_tls_verify")
    assert found is not None and found[0].id == "tls-verify" and found[1] == "hazard"
    found = concept_of("verifySsl")
    assert found is not None and found[1] == "guard"
    assert concept_of("author") is None  # `auth` is a whole word, not a prefix
    assert concept_of("verify_message") is None
    found = concept_of("enabled", ("csrf",))  # a generic name takes its concept from the key above it
    assert found is not None and found[0].id == "csrf"


def test_the_reason_names_the_setting_and_the_file() -> None:
    d = change("src/server/security.ts", "app.use(helmet({ contentSecurityPolicy: { directives } }));\n",
               "app.use(helmet({ contentSecurityPolicy: false }));\n")
    assert d.verdict == "deny" and "Content-Security-Policy" in d.reason and "src/server/security.ts" in d.reason


def test_fixing_one_blocked_frame_is_no_request_to_drop_the_policy() -> None:
    old, new = "app.use(helmet({ contentSecurityPolicy: { directives } }));\n", "app.use(helmet({ contentSecurityPolicy: false }));\n"
    assert change("src/server/security.ts", old, new, "the payment iframe is blocked by our CSP, fix it").verdict != "allow"
    assert change("src/server/security.ts", old, new, "disable the content security policy for now").verdict == "allow"


def test_the_user_who_asks_to_turn_it_off_gets_it() -> None:
    d = change("config/database.yml", "  ssl: true\n", "  ssl: false\n",
               "disable ssl in the database config, our managed postgres has no certificates yet")
    assert d.verdict == "allow", d.reason


def test_a_setting_moved_inside_the_edit_is_no_change() -> None:
    assert weakened(view("src/client.ts", "  rejectUnauthorized: false,\n  timeout: 5,\n",
                         "  timeout: 5,\n  rejectUnauthorized: false,\n"), ROOT) is None


def test_a_local_variable_in_code_is_no_explicit_setting() -> None:
    assert weakened(view("src/lib/net.py", "", "def connect(host):\n    secure = False\n    if host.startswith('https'):\n"
                         "        secure = True\n    return secure\n"), ROOT) is None


def test_a_large_file_reads_only_the_lines_around_its_trigger_words() -> None:
    filler = "".join(f"const v{i} = {i};\n" for i in range(3000))
    w = view("src/app.ts", filler + "app.use(helmet({ contentSecurityPolicy: { directives } }));\n" + filler,
             filler + "app.use(helmet({ contentSecurityPolicy: false }));\n" + filler)
    assert weakened(w, ROOT) is not None
