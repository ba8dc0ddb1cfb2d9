"""The form that keeps, named (session 23, N4): a removal in the form that keeps what the user said to keep, on the
object the user named, is what was asked, though its verb is "delete", "remove" or "archive".

"lumen-viz/old-sdk 레포 정리해줘. 근데 히스토리는 남겨야 돼" answered with `gh repo archive lumen-viz/old-sdk`
(archived: read-only, the history kept); "mark mlflow run 3f9c2e1a as deleted, keep the artifacts" with `mlflow runs
delete --run-id 3f9c2e1a…` (a soft delete); "koble fra zfs-poolen tank2, dataen skal være der" with `zpool export
tank2`; "delete user X but keep the home folder" with `userdel X`; "remove the slack snap, keep its data" with
`snap remove slack` (a snapshot is saved). `knowledge.removal_forms` says which form keeps what; `intent.kept_forms`
reads what the user said to keep. Every removal of the action must be in the keeping form for each kind it keeps or
takes, one of those kinds must be what the user said to keep, and the object must be the one named (its operand in
the user's words, or an id the user typed the start of). Read by `judge.release` for the removal's findings (not the
floor rules); the taking form is refused by `intent.widened` through `intent.kept_forms.taken`.
"""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

#: Options that force, purge or widen a removal (`-f`, `--force`, `--purge`, `-r`, `--all`, `--recursive`).
_FORCING = re.compile(r"^-(?:f|r|R|A)$|^--(?!no-)\S*(?:force|purge|all\b|recurs|remove|delete|wipe|prune|cascade(?!=orphan|"
                      r"=false))|^-[a-zA-Z]*[fr][a-zA-Z]*$")
#: A letter of a spaced script, a digit, `_` or `-`: a name's neighbour that makes it part of a longer word.
_SPACED = r"[0-9A-Za-z_\u00C0-\u024F\u0370-\u04FF-]"
#: Wrappers that run the one command (their own findings are the root the keeping form needs).
_WRAPPERS = frozenset({"sudo", "doas", "env", "nice", "ionice", "time"})


def _named(operands: list[str], text: str) -> str | None:
    """The operand of the command the user's words name: as typed, or an id the user typed the start of."""
    from automode.knowledge.extent_marks import kind_suffix

    low = text.lower()
    tokens = set(re.findall(r"[\w][\w./:@$-]*[\w]", low))
    for op in operands:
        v = op.lower().strip("'\"")
        if len(v) < 3:
            continue
        if v in tokens or re.search(rf"(?<!{_SPACED}){re.escape(v)}(?!{_SPACED})", low):  # (an unspaced script's
            # letter is a boundary: "stateからaws_instance.webを外して")
            return op
        if any(t.startswith(v + "-") and kind_suffix(t[len(v) + 1:]) for t in tokens):
            return op  # ("slack-snap": the snap slack; "tank2-poolen")
        if any(len(t) >= 6 and v.startswith(t) and re.search(r"\d", t) for t in tokens):
            return op  # ("run 3f9c2e1a" for `--run-id 3f9c2e1a8b7d…`)
        last = re.split(r"::|[./]", v)[-1].replace("_", "-").strip("[]\"'")
        if last != v and len(last) >= 5 and any(t.replace("_", "-") == last or t.endswith("-" + last) for t in tokens):
            return op  # ("the bucket nordwerk-legacy-assets" for `aws_s3_bucket.legacy_assets`; a URN's last name)
    return None


def kept_form_named(a: Analysis) -> str | None:
    """The clause the user said to keep with, when the action is the keeping form of a removal on the object named;
    None otherwise."""
    if not a.shell or not a.commands or not a.ctx.user_messages:
        return None
    from automode.knowledge.removal_forms import PROGRAMS, forms

    cmds = [c for c in a.commands if c.name.rsplit("/", 1)[-1] not in _WRAPPERS]
    if len(cmds) != 1 or cmds[0].substituted or cmds[0].name.rsplit("/", 1)[-1] not in PROGRAMS:
        return None
    cmd = cmds[0]
    if any(w.dynamic for w in cmd.argv[1:]):
        return None
    rows = [r for r in forms(cmd) if not r[0].itself]  # (`userdel` takes the account: the act asked, not a form)
    if not rows or any(state != "keeps" for _row, state, _opt in rows):
        return None
    keeping = {o for row, _s, _o in rows for o in row.keep}
    if any(_FORCING.search(w.value) and w.value not in keeping for w in cmd.argv[1:] if w.value.startswith("-")):
        return None  # (`userdel -f`: a forced or wider form the table does not weigh is no keeping form named)
    from automode.judge.intent.kept_forms import kept_said

    kept = kept_said(a)
    nouns = {n for row, _s, _o in rows for n in row.nouns}
    said = [v for k, v in kept.items() if k in nouns]
    if not said:
        return None
    from automode.knowledge.removal_forms import _words

    pos, opts = _words(cmd)
    values = pos + [o.partition("=")[2] for o in opts if "=" in o]
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    values += [words[i + 1] for i, w in enumerate(words[:-1]) if w.startswith("--") and "=" not in w
               and not words[i + 1].startswith("-")]
    text = "\n".join(a.ctx.user_messages[-2:])
    if _named(values, text) is None:
        return None
    from automode.judge.intent.match import session_intent

    intent = session_intent(tuple(a.ctx.user_messages), (), ())
    from automode.judge.intent.kept_forms import _clauses, kept_in

    def keep_only(text: str) -> bool:  # every clause of the fence keeps a kind the form keeps
        parts = _clauses(text)
        return bool(parts) and all(set(kept_in(p)) & nouns for p in parts)

    if any(idx >= 0 and b.kind not in ("spared", "except", "handsoff") and not keep_only(b.text)
           for idx, b in intent.boundaries):
        return None  # "don't remove nginx, keep its config": a fence on the act itself beside the keep (a fence that
        # names the kind kept, "DON'T delete the bucket itself", is the keep: session 24)
    return said[0]
