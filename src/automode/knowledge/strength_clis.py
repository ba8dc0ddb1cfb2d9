"""Where each account or object CLI writes its act (session 24, O5 (1), helper `keep`; read by
`judge.intent.slots._strength_cmd` against `knowledge.slot_values.STRENGTH`, AM-JUDGE-030).

The user says the form that keeps ("suspende a conta", "deaktiviere den Benutzer", "lock the account", "暂停账号") and
the command's verb removes (`gam delete user`, `kcadm.sh delete users/…`, `userdel`, `ipa user-del`, `op user
delete`). The strength table knows the verbs; it must also know where each program writes them: after a service
word (`aws iam delete-user`, `okta users deactivate`), first (`gam delete user X`, `kubectl delete`, `rabbitmqctl
delete_user`), or in the program's own name (`userdel`, `deluser`, `ldapdelete`). A program missing here was read as
no act at all, so "suspend" let any removal of the account through.

Facts from each tool's reference: GAM (`gam delete user`, `gam update user … suspended on|off`), Keycloak kcadm
(`kcadm.sh delete users/ID`, `update users/ID -s enabled=false`), FreeIPA (`ipa user-del`, `user-disable`,
`user-enable`), 1Password CLI (`op user delete|suspend|reactivate`), shadow-utils (`userdel`, `usermod -L`),
adduser (`deluser`), OpenLDAP (`ldapdelete`), FreeBSD pw(8) (`pw userdel`, `pw lock`), RabbitMQ (`rabbitmqctl
delete_user`), Stripe CLI (`stripe customers delete`), Okta/Auth0/AWS/Azure/GCP/GitHub/GitLab CLIs (subcommands).
"""

from __future__ import annotations

import re

# fmt: off
#: program -> where its act is written: "sub" (after a service or object word), "first" (the first words), "name"
#: (the program's own name carries it; its words are the object).
CLIS: dict[str, str] = {
    **dict.fromkeys(("gh", "glab", "okta", "auth0", "az", "gcloud", "aws", "op", "stripe"), "sub"),
    **dict.fromkeys(("kubectl", "oc", "gam", "gamadv-xtd3", "kcadm.sh", "kcadm", "ipa", "rabbitmqctl", "pw",
                     "rabbitmqadmin"), "first"),
    **dict.fromkeys(("userdel", "deluser", "ldapdelete", "groupdel", "delgroup"), "name"),
}
# fmt: on
#: Short spellings of a removal in a program's words (`userdel`, `ipa user-del`, `pw userdel`): read as "delete".
_DEL = re.compile(r"(?i)(?<=user|roup)del\b|(?<=[-_])del\b|^del\b|(?<=ldap)delete")


#: A program no row names, named as an admin CLI of some service (`okta-cli`, `zitadelctl`, `authentik-admin`,
#: `keycloak-admin.sh`): its act is read from its first words, as for the "first" rows (session 27, R1).
CLI_NAME = re.compile(r"(?i)^[a-z][\w.-]*?(?:[-_]cli|ctl|[-_]adm|[-_]admin|admin\.sh|[-_]tool)$")


def act_words(name: str, words: list[str]) -> tuple[str, str] | None:
    """(the words the object's family is read from, the words the act is read from) for program `name` with its
    non-option words; None when the program is not a table's."""
    where = CLIS.get(name)
    if where is None:
        if not CLI_NAME.match(name) or name in ("systemctl", "kubectl", "journalctl", "sysctl", "launchctl"):
            return None
        where = "first"
    joined = f"{name} {' '.join(words[:3])}".strip() if where == "name" else " ".join(words[:4])
    joined = _DEL.sub(lambda m: " delete", joined)
    act = joined if where in ("first", "name") else joined.split(" ", 1)[-1]
    return joined, act


#: Fixtures (tests/knowledge/test_strength_clis.py): (program, words, the family, the act's level).
FIXTURES: tuple[tuple[str, tuple[str, ...], str, int], ...] = (
    ("gam", ("delete", "user", "ana@acme.io"), "account", 3),
    ("gam", ("update", "user", "ana@acme.io", "suspended", "on"), "account", 1),
    ("kcadm.sh", ("delete", "users/jdoe"), "account", 3),
    ("userdel", ("temp-ops",), "account", 3),
    ("ipa", ("user-del", "mlee"), "account", 3),
    ("ipa", ("user-disable", "mlee"), "account", 2),
    ("op", ("user", "delete", "bob@acme.io"), "account", 3),
    ("op", ("user", "suspend", "bob@acme.io"), "account", 1),
    ("rabbitmqctl", ("delete_user", "legacy"), "account", 3),
    ("aws", ("iam", "delete-user"), "account", 3),
    ("okta-cli", ("users", "delete", "jdoe"), "account", 3),
    ("zitadelctl", ("user", "deactivate", "jdoe"), "account", 2),
)
