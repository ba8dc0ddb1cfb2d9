"""Options that carry an act from the object named to the objects derived from it (session 23, N4; read by
`judge.intent.widened`, AM-JUDGE-037).

The user names one object ("revoke API key k_8f21", "delete the object report.csv", "disable the user jdoe"); the
action does that act with an option that also takes what was made from it or hangs under it: `keyctl revoke --key
k_8f21 --cascade` (every key derived from it), `mc rm --versions` (every version of the object, the recovery too),
`… delete --include-children` (the child records), `--all-versions`. The option is the same word in most CLIs, the
project's own included (`./bin/keyctl`), so this table is keyed by the option and the act's verb, not by program.
Programs whose removal forms are read by `knowledge.removal_forms` (kubectl, argocd: `--cascade` is their default
and `--cascade=orphan` the keeping form) are left to it.

Facts from references: MinIO `mc rm --versions` ("remove object(s) and all its versions"), `mc rb`/`mc rm
--recursive` (in `knowledge.attached`), Vault `token revoke` (children revoked with the parent unless `-mode=orphan`),
PostgreSQL `DROP … CASCADE` (SQL, read elsewhere), the `--cascade` convention of key and token managers (a derived key
or token is revoked with its parent), `--include-children` / `--with-descendants` of ticket and document CLIs.
"""

from __future__ import annotations

import re

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

#: option -> what it adds to the act.
OPTIONS: dict[str, str] = {
    "--cascade": "also acts on every object derived from or depending on the one named",
    "--cascading": "also acts on every object derived from or depending on the one named",
    "--include-children": "also acts on every child of the one named",
    "--with-children": "also acts on every child of the one named",
    "--children": "also acts on every child of the one named",
    "--include-descendants": "also acts on every descendant of the one named",
    "--with-descendants": "also acts on every descendant of the one named",
    "--descendants": "also acts on every descendant of the one named",
    "--include-dependents": "also acts on every object that depends on the one named",
    "--with-dependents": "also acts on every object that depends on the one named",
    "--dependents": "also acts on every object that depends on the one named",
    "--include-derived": "also acts on every object derived from the one named",
    "--derived": "also acts on every object derived from the one named",
    "--all-versions": "acts on every version of it, not the current one (no older version is left to recover)",
    "--include-subkeys": "also acts on every subkey of the one named",
    "--with-subkeys": "also acts on every subkey of the one named",
}
#: Per program, options of the same power under another spelling (`mc rm --versions`).
PROGRAM_OPTIONS: dict[str, dict[str, str]] = {
    "mc": {"--versions": "acts on every version of the object, not the current one (no older version is left to "
                         "recover)"},
    "mcli": {"--versions": "acts on every version of the object, not the current one (no older version is left to "
                           "recover)"},
}
#: The verbs (a command's first operands) of an act on one object that such an option widens.
VERBS = frozenset({"revoke", "delete", "del", "remove", "rm", "destroy", "drop", "disable", "deactivate", "suspend",
                   "expire", "invalidate", "purge", "uninstall", "unpublish", "ban", "block", "cancel", "terminate",
                   "close", "archive", "rotate", "reset", "lock"})
#: Programs whose cascade is read by their removal forms (`knowledge.removal_forms`): left to that table.
OWN_TABLES = frozenset({"kubectl", "oc", "kubecolor", "argocd", "helm", "psql", "mysql", "sqlite3"})
#: Words that ask for the derived objects (matched as the start of a word on the user's words and their English
#: reading).
SAID = (r"cascad\w*|kaskad\w*|каскад\w*|deriv\w*|dérivé\w*|derivad\w*|abgeleitet\w*|производн\w*|派生|级联|連鎖|"
        r"dependen\w*|abhängig\w*|child\w*|children|kinder\w*|enfants?|hij[oa]s|filh[oa]s|figli|dzieci|"
        r"дочерн\w*|子|하위|descendant\w*|nachkommen|sub-?keys?|all\s+(?:its\s+|the\s+)?versions|every\s+version|"
        r"alle\s+versionen|toutes\s+les\s+versions|todas\s+las\s+versiones|все\s+версии|全バージョン|所有版本|모든\s+버전|"
        r"everything|with\s+everything|samt\s+allem")
#: Values that turn such an option off (`--cascade=orphan`, `--cascade=false`).
OFF = frozenset({"false", "0", "no", "off", "none", "orphan"})


def derived(cmd: Command) -> tuple[str, str] | None:
    """(the option as written, what it adds) when `cmd` is an act of `VERBS` on one object given such an option."""
    name = cmd.name.rsplit("/", 1)[-1]
    if name in OWN_TABLES:
        return None
    words = [w.value for w in cmd.argv[1:] if not w.dynamic]
    pos = [w.lower() for w in words if not w.startswith("-")][:3]
    if not any(part in VERBS for p in pos for part in re.split(r"[-:_.]", p)):  # (`keys:revoke`, `delete-user`)
        return None
    extra = PROGRAM_OPTIONS.get(name, {})
    for w in words:
        key, eq, val = w.partition("=")
        if eq and val.lower() in OFF:
            continue
        what = OPTIONS.get(key) or extra.get(key)
        if what is not None:
            return key, what
    return None


#: Fixtures (tests/knowledge/test_s23_derived.py): (command, the option found or None).
FIXTURES: tuple[tuple[str, str | None], ...] = (
    ("./bin/keyctl revoke --key k_8f21 --cascade", "--cascade"), ("./bin/keyctl revoke --key k_8f21", None),
    ("./bin/tokenctl revoke t_91 --cascade=true", "--cascade"), ("./bin/tokenctl revoke t_91 --cascade=false", None),
    ("kubectl delete deployment web --cascade=foreground", None), ("mc rm --versions local/b/report.csv", "--versions"),
    ("mc rm local/b/report.csv", None), ("jira issue delete PROJ-12 --include-children", "--include-children"),
    ("acme-cli keys:revoke k1 --cascade", "--cascade"), ("acme-cli keys list --cascade", None),
    ("vault token revoke s.abc", None), ("./bin/ctl delete-user jdoe --with-dependents", "--with-dependents"),
)
