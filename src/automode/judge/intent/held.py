"""The acts a withdrawal suspends and the acts that lift a fence by asking for it again (split from
`judge.intent.match`, which reads a session's messages with them)."""

from __future__ import annotations

#: Acts a withdrawal ("hold off", "wait") suspends: the consequential ones. Every verb class that changes something
#: outside the files in hand is here (session 17: a "rotate", "deprecate" or "grant" request taken back with "leave
#: it" stayed in force once a release could name those acts; only "read", "touch" (an edit, fenced by `withdrawn`) and
#: the withdrawal's own "forget" are not held).
HELD_VERBS = frozenset({"push", "force-push", "merge", "publish", "deploy", "send", "pay", "delete", "reset", "install",
                        "kill", "run", "create", "update", "skip", "privilege", "rotate", "deprecate", "undeprecate",
                        "grant", "migrate", "purge", "reboot", "restart", "rollback", "scale", "shutdown", "drain",
                        "cordon", "uncordon", "evacuate", "halt", "power-off", "power-cycle", "recycle", "bounce",
                        "yank", "unpublish", "amend", "commit", "chmod", "enable", "activate", "invalidate", "unlock",
                        "force-unlock", "unblock", "relocate", "move", "persist", "autostart", "undo", "bust",
                        "unmanage"})  # fmt: skip


#: Acts that change what they act on: asking for one later lifts "don't touch X" for X ("freeze is over, deploy to prod").
CHANGE_VERBS = frozenset({"delete", "update", "create", "deploy", "publish", "push", "force-push", "merge", "reset", "kill",
                          "restart", "rollback", "scale", "install", "move"})  # fmt: skip
