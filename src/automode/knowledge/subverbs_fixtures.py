"""Fixtures of `knowledge.subverbs` (its word and argv readers), run by `tests/knowledge/test_subverbs.py`."""

from __future__ import annotations

# --------------------------------------------------------------------------------------------- fixtures
#: word -> kind expected from `word_kind` (None: no verb of change; "read": a read).
WORD_FIXTURES: dict[str, str | None] = {
    "delete": "delete", "user-delete": "delete", "delete_all": "delete", "DeleteUser": "delete", "db:drop": "delete",
    "pool-destroy": "delete", "uninstall": "delete", "remove": "delete", "erase_flash": "delete", "purge": "delete",
    "factory-reset": "reset", "restore": "reset", "rollback": "reset", "migrate-down": "reset",
    "flash": "flash", "write_flash": "flash", "burn": "flash",
    "add-roles": "grant", "AddMember": "grant", "set_permissions": "grant", "grant": "grant", "invite": "grant",
    "assign-role": "grant", "promote": "deploy",
    "revoke": "revoke", "disable-user": "revoke", "rotate-key": "revoke", "remove-role": "revoke",
    "role-delete": "revoke",
    "send": "send", "sendMessage": "send", "notify": "send", "broadcastNewsletter": "send",
    "publish": "publish", "release": "publish", "upload": "publish",
    "deploy": "deploy", "rollout": "deploy",
    "stop": "stop", "shutdown": "stop", "kill-server": "stop", "restart": "stop", "scale": "stop",
    "list": "read", "list-deleted": "read", "show": "read", "get-delete-status": "read", "describe": "read",
    "status": "read", "user-show": "read",
    "build": None, "run": None, "init": None, "create": None, "update": None, "users": None, "test-upload": "read",
    "cert-manager": None, "start": None, "expect_send_pairs": None, "db:drop-all-tables": "delete",
}  # fmt: skip
#: argv (after the program) -> kind read by `read` for an unknown program (None: nothing).
ARGV_FIXTURES: dict[str, str | None] = {
    "uninstall legacy-agent": "delete", "users delete bob": "delete", "fleet shutdown --all": "stop",
    "release publish 2.4.0": "publish", "DeleteUser --id 42": "delete", "db:drop": "delete",
    "send --channel ops hi": "send", "service restart api": "stop", "telemetry disable": None,
    "disable-user mallory": "revoke", "user disable mallory": "revoke", "backup disable --db x": "weaken",
    "disable-encryption": "weaken", "versioning suspend b1": "weaken", "cache disable": None, "instance reinstall 3": "reset",
    "user set-password bob": "revoke",
    "users list --output json": None, "src/delete_me.py": None, "--dry-run delete x": None, "delete --help": None,
    "build": None, "run tests": None, "1.2.3 delete": None, "list deleted": None,
}  # fmt: skip
