"""Words: which user verbs name which kind of act, and which words never identify an object.

Verb classes are coarse on purpose: the judge asks "did the user ask for *this kind* of act on *this* object",
and the object match carries the specificity.
"""

from __future__ import annotations

from collections.abc import Mapping

from automode.judge.intent.lang_words_destroy import ENGLISH as _DESTROY_EN
from automode.judge.intent.lang_words_destroy import ENGLISH_PHRASES as _DESTROY_PHRASES
from automode.judge.intent.lang_words_unlink import ENGLISH as _UNLINK_EN

#: class -> words (lower case, single tokens after `tokens()`; multi-word phrases are matched on the clause text).
# fmt: off
VERBS: Mapping[str, frozenset[str]] = {
    "delete": frozenset({
        "delete", "remove", "rm", "erase", "wipe", "purge", "drop", "destroy", "clean", "cleanup", "clear", "trash", "nuke",
        "prune", "truncate", "empty", "flush", "uninstall", "unlink", "shred", "rmdir", "discard", "teardown", "deletes", "deleting",
        "cancel", "evict", "unregister", "deregister", "undefine", "decommission",
        "force-remove", "force-delete", "force-rm",  # "just force-remove it" (session 20, K4)
        "flushdb", "flushall",  # the store's own command said as the verb: "FLUSHDB on my local redis db 3" (session 21, L5)
        "garbage-collect", "untag",  # a service CLI's own removal verb said as the verb (session 26)
    }) | _DESTROY_EN | _UNLINK_EN,  # "toss the pr-9 image", "ditch that table" (`lang_words_destroy`)
    "force-push": frozenset({"force-push", "force-pushing", "force-pushed", "forcepush"}),
    "push": frozenset({"push", "pushing", "upstream"}),
    "reset": frozenset({"reset", "discard", "revert", "undo", "restore", "checkout", "abandon", "drop", "recreate",
                        "re-create", "reinitialise", "reinitialize", "reinit"}),
    "commit": frozenset({"commit", "amend", "commits"}),
    "publish": frozenset({"publish", "release", "upload", "ship", "tag", "twine", "publishing", "submit"}),
    "deploy": frozenset({"flash", "reflash", "flashing", "burn", "deploy", "ship", "redeploy", "re-deploy", "redeploying", "rollout", "apply", "provision", "upgrade", "scale", "restart", "promote", "deploying", "sync", "mirror", "mirroring"}),
    "send": frozenset({
        "send", "email", "e-mail", "mail", "message", "notify", "post", "reply", "forward", "tell", "invite", "share",
        "comment", "ping", "dm", "contact", "text", "announce", "respond", "cc", "answer", "sms",
    }),
    "pay": frozenset({"pay", "transfer", "refund", "wire", "reimburse", "payment", "send", "settle", "tip", "donate"}),
    "create": frozenset({
        "create", "add", "make", "new", "setup", "book", "schedule", "open", "generate", "init", "initialize", "put",
        "insert", "include", "plan", "arrange", "register", "start", "invite", "append", "enable",
    }),
    "update": frozenset({
        "update", "change", "modify", "adjust", "edit", "set", "rename", "move", "redrive", "reschedule", "fix", "replace", "rewrite",
        "overwrite", "patch", "configure", "append", "add", "correct", "amend", "alter", "switch", "reset", "label",
        "relabel", "assign", "reassign", "tag", "cancel", "close", "reopen", "require", "protect", "suspend",
        "lower", "reduce", "decrease", "relax", "loosen",  # a setting or threshold (issue 11: gates, hashing cost)
        "raise", "increase", "bump",  # the same setting the other way ("raise the timeout", "bump python to 3.12")
        "refresh", "regenerate", "rerecord", "re-record",  # expected outputs ("refresh the snapshot", "regenerate the golden file")
        "cap", "mark", "ack", "acknowledge", "resolve", "snooze", "mute", "unmute", "silence",  # a record's state
        "expire",  # a lifetime set ("expire objects under app/ after 90 days")
        "resize", "downsize", "upsize",  # a machine's size set ("resize droplet 382 to s-2vcpu-4gb"; session 21, L5)
        "hide", "unhide", "archive", "unarchive", "triage", "attach",  # "hide the product", "archive #proj-x"
        # a policy, a role or a member taken off what it was attached to ("detach the S3 policy from ci-builder")
        "detach", "unattach", "unassign", "unbind", "disassociate", "dissociate",
        "unmount", "umount", "remount", "mount",  # a file system on the host ("unmount /mnt/backup")
        "point", "repoint", "redirect", "alias",  # a DNS record or an alias aimed elsewhere ("point beta.x at the new LB")
        # how a build, a pipeline or a file of conventions is changed ("cache the deps in the workflow", "speed up CI",
        # "note in CLAUDE.md how to run the tests"): what the change does is judged apart, the object must be named
        "cache", "speed", "parallelize", "parallelise", "shard", "tune", "tweak", "optimize", "optimise", "note",
        "document", "mention",
    }),
    # A credential's state: a new one for an old one, one turned off. Which API operations that covers is the action's
    # to say (`naming.FAMILY_WORDS`): a deletion of the old key is not among them.
    "rotate": frozenset({"rotate", "rotating", "deactivate", "reactivate", "revoke", "regenerate", "reissue"}),
    "move": frozenset({"move", "mv", "relocate", "redrive"}),  # ("redrive the dead letters": moved back to their queue)
    # Finer acts (intent/vocab.py says which of them cover which act of a command).
    "restart": frozenset({"restart", "bounce", "recycle", "restarting", "bouncing"}),
    # Finer still: a host reboot is not a service restart; a login item is not a start; an unlock, a drain, a cache
    # invalidation, a deprecation and a schema migration each name their own act (`vocab.ACTS`).
    "reboot": frozenset({"reboot", "rebooting", "power-cycle", "powercycle"}),
    "shutdown": frozenset({"shutdown", "halt", "poweroff", "power-off"}),
    "enable": frozenset({"enable", "autostart", "persist", "activate"}),  # "activate mise in my bashrc"
    "unlock": frozenset({"unlock", "unblock", "force-unlock"}),
    "drain": frozenset({"drain", "cordon", "uncordon", "evacuate"}),
    "invalidate": frozenset({"invalidate", "purge", "bust"}),
    "deprecate": frozenset({"deprecate", "undeprecate"}),
    "migrate": frozenset({"migrate", "migration", "migrations"}),
    "rollback": frozenset({"rollback", "undo"}),
    "unpublish": frozenset({"unpublish", "yank"}),
    "forget": frozenset({"forget", "untrack", "unmanage"}),  # out of a state or an index, the thing itself kept
    "scale": frozenset({"scale"}),
    "install": frozenset({"install", "add", "upgrade", "reinstall", "pip", "npm", "bump"}),
    "merge": frozenset({"merge", "approve", "close", "land", "squash-merge", "rebase-merge"}),
    "kill": frozenset({"kill", "stop", "terminate", "shutdown", "reboot", "restart", "halt", "pkill", "killall", "poweroff", "end",
                       "cancel", "force-kill", "force-stop", "force-quit"}),  # "cancel just that one" for a backend (`pg_cancel_backend`), a query, a job
    "chmod": frozenset({"chmod", "chown", "chgrp", "permission", "permissions", "executable", "writable", "owner", "ownership"}),
    # Access given to someone: "grant", "give X read access", "let Dana see the logs" (`text.SPREAD_PHRASES`).
    "grant": frozenset({"grant", "regrant", "allow", "permit", "whitelist", "allowlist"}),
    # Who administers or may play on a game server, each its own act (`vocab.ACTS`; session 23, N3): "op kirill",
    # "make her an operator" is no ban; "ban griefer99" no op; "unban"/"pardon" lifts one.
    # (Factorio's and Rust's consoles say `/promote NAME`, `/demote NAME`: "promote tanya_k to admin on the server")
    "operator": frozenset({"op", "deop", "operator", "operators", "opped", "de-op", "promote", "demote", "promoted",
                           "demoted"}),
    "ban": frozenset({"ban", "bans", "banned", "ip-ban", "ipban", "block"}),  # ("забань" glosses as "block")
    "unban": frozenset({"unban", "pardon", "unbanned"}),
    "kick": frozenset({"kick", "kicked", "kicking"}),  # a player put off a game server (`vocab.ACTS` "kick")
    "highstate": frozenset({"highstate", "high-state", "state.highstate"}),  # Salt: every state of the top file
    "privilege": frozenset({"sudo", "root", "superuser", "admin", "administrator", "privileged", "su", "doas",
                            "impersonate", "impersonating", "masquerade"}),
    "run": frozenset({"run", "execute", "exec", "launch", "start", "invoke", "install", "bootstrap", "pipe", "rerun", "re-run",
                      "retry",
                      # a job, a pipeline, a workflow or a build set going (session 26, Q1): "trigger the nightly job",
                      # "dispatch the reindex job", "kick off the pipeline"
                      "trigger", "triggers", "dispatch",
                      # a load test aimed at a host: "benchmark staging", "hammer it with 20 users", "siege the api"
                      "benchmark", "load-test", "loadtest", "stress-test", "soak", "hammer", "siege", "bombard"}),
    "read": frozenset({
        "read", "show", "print", "cat", "display", "get", "fetch", "find", "look", "search", "list", "check", "view", "see",
        "dump", "export", "copy", "backup", "download", "output", "echo", "what", "grep", "inspect", "reveal",
    }),
    "network": frozenset({"download", "fetch", "curl", "wget", "upload", "post", "send", "request", "call", "hit", "ping"}),
    "skip": frozenset({"no-verify", "skip", "bypass", "--no-verify", "disable", "xfail", "quarantine",
                       "quiet", "suppress", "hush"}),  # a check or its output turned down: "quiet the lint down"
    "touch": frozenset({"touch", "modify", "change", "edit", "alter", "write", "mess"}),
}
# fmt: on
#: Words that ask to see or use a value itself: a secret printed is released in full by these, not by "check" or
#: "look into" ("check which keys the api-db secret has" asks for its key names, "can you look" for a diagnosis).
REVEAL_WORDS = frozenset({
    "show", "print", "cat", "display", "get", "fetch", "dump", "copy", "output", "echo", "reveal", "decode", "paste",
    "read", "retrieve", "export", "give", "tell", "compare", "sync", "pull", "diff", "put", "load", "use", "set", "fill",
    "populate",
})  # fmt: skip

#: Access levels a request gives by naming them ("give Sam viewer", "make her a data editor"): `roles.REQUEST_WORDS`.
LEVEL_WORDS = ("viewer", "reader", "editor", "writer", "commenter", "contributor", "maintainer", "admin",
               "administrator", "owner", "developer", "read-only", "readonly")

#: Verb classes a prompt handed to a sub-agent must not carry unless the user asked for them (AM-AGENT-*).
DELEGATE_RISKY = frozenset({"delete", "force-push", "push", "publish", "deploy", "send", "pay", "merge", "reset",
                            "skip", "privilege", "rotate", "rollback", "unpublish", "deprecate", "invalidate",
                            "shutdown", "reboot", "drain"})  # fmt: skip

#: First verbs of a clause that ask for a draft only ("prepare the manifest", "write up a plan", "show me the SQL").
DRAFT_WORDS = frozenset({"draft", "prepare", "prep", "plan", "propose", "sketch", "outline", "suggest", "mock"})

#: Nouns a permission names an act by ("the usual installer is fine", "curl | sh is ok"), only read in such clauses.
NOUN_ACTS: Mapping[str, frozenset[str]] = {
    "installer": frozenset({"run", "install"}), "install": frozenset({"run", "install"}), "script": frozenset({"run"}),
    "sh": frozenset({"run"}), "bash": frozenset({"run"}), "|": frozenset({"run"}), "curl": frozenset({"run", "network"}),
    "wget": frozenset({"run", "network"}), "force-push": frozenset({"force-push"}), "force-pushing": frozenset({"force-push"}),
    "force": frozenset({"force-push"}),  # "push it, force is fine"
    "deploy": frozenset({"deploy"}), "deployment": frozenset({"deploy"}), "redeploy": frozenset({"deploy"}),
    "rollout": frozenset({"deploy"}), "restart": frozenset({"deploy", "kill", "restart"}), "redeployment": frozenset({"deploy"}),
    "rollback": frozenset({"deploy", "reset", "rollback"}), "backfill": frozenset({"run"}), "migration": frozenset({"run"}), "push": frozenset({"push"}),
    "merge": frozenset({"merge"}), "release": frozenset({"publish"}), "wipe": frozenset({"delete"}),
    "deletion": frozenset({"delete"}), "reset": frozenset({"reset"}), "sudo": frozenset({"privilege"}),
    "patch": frozenset({"update"}), "diff": frozenset({"update"}),  # "apply the patch x.patch"
    # "force a soft reboot", "trigger a power-cycle", "do a clean shutdown": the machine's act (session 20)
    "reboot": frozenset({"reboot"}), "power-cycle": frozenset({"reboot"}), "shutdown": frozenset({"shutdown"}),
}  # fmt: skip

#: Multi-word phrases -> class, matched on the normalised clause text.
PHRASES: tuple[tuple[str, str], ...] = (
    ("force push", "force-push"), ("push --force", "force-push"), ("push -f", "force-push"), ("force-with-lease", "force-push"),
    ("get rid of", "delete"), ("clean up", "delete"), ("tear down", "delete"), ("throw away", "reset"),
    ("roll back", "reset"), ("roll back", "rollback"), ("free up", "delete"), ("from scratch", "reset"),
    ("load test", "run"), ("stress test", "run"), ("soak test", "run"), ("smoke test", "run"), ("start over", "reset"), ("start fresh", "reset"), ("set up", "create"), ("shut down", "kill"), ("shut down", "shutdown"), ("power off", "shutdown"), ("power cycle", "reboot"), ("power-cycle", "reboot"), ("roll out", "deploy"), ("send money", "pay"),
    ("as root", "privilege"), ("hard reset", "reset"), ("reset --hard", "reset"), ("write to", "send"),
    # "without" alone is too common ("without any parameters"); it means skip only next to what is skipped.
    ("without hook", "skip"), ("without the hook", "skip"), ("without pre-commit", "skip"), ("without the pre-commit", "skip"),
    ("without running the hook", "skip"), ("without running pre-commit", "skip"), ("without verif", "skip"),
    ("without the check", "skip"), ("without check", "skip"), ("without running the check", "skip"),
    ("without running the pre-push", "skip"), ("without running the pre-commit", "skip"), ("without running husky", "skip"),
    ("without the pre-push", "skip"), ("without pre-push", "skip"), ("without husky", "skip"), ("without lefthook", "skip"),
    ("turn off", "skip"), ("switch off", "skip"), ("turn on", "update"), ("switch on", "update"),
    # a test marked off by name: "mark test_x as skipped", "… as xfail" (session 26)
    ("as skipped", "skip"), ("as skip", "skip"), ("as xfail", "skip"), ("as expected to fail", "skip"),
    ("as pending", "skip"),
    # "file an issue" opens one; "file" alone is a noun ("delete the file").
    ("file an issue", "create"), ("file a bug", "create"), ("file a ticket", "create"),
    # a gist or a paste is a publication ("make a public gist of it"; "the gist of it" is not one)
    ("a gist", "publish"), ("public gist", "publish"), ("secret gist", "publish"), ("gist it", "publish"),
    # A review's comments are messages; a login item starts by itself ("start automatically when I log in").
    ("request a review", "send"), ("request review", "send"), ("ask for a review", "send"), ("ask for review", "send"),
    ("leave comments", "send"), ("leave a comment", "send"), ("leave review comments", "send"), ("leave a review", "send"),
    ("post a comment", "send"), ("first response", "send"),
    ("automatically", "enable"), ("at login", "enable"), ("on login", "enable"), ("when i log in", "enable"),
    ("at boot", "enable"), ("on boot", "enable"), ("at startup", "enable"), ("on startup", "enable"),
    ("every login", "enable"), ("survive a reboot", "enable"), ("survives a reboot", "enable"), ("login item", "enable"),
)  # fmt: skip
PHRASES += _DESTROY_PHRASES  # "throw out the temp table", "blow away vm 12"

#: What users call a project file by its role rather than its name ("add a lint step to CI" edits
#: `.github/workflows/ci.yml`): (glob on the project-relative path, role words). A role word names every file of the
#: role; the rules that read a write's content (secrets, remote code, weakened tests) still judge what is written.
PATH_ROLES: tuple[tuple[str, frozenset[str]], ...] = (
    (".github/workflows/*", frozenset({"ci", "workflow", "workflows", "pipeline", "actions", "action"})),
    (".gitlab-ci.yml", frozenset({"ci", "pipeline", "gitlab-ci"})),
    (".gitlab/ci/*", frozenset({"ci", "pipeline"})),
    (".circleci/*", frozenset({"ci", "pipeline", "circleci"})),
    ("Jenkinsfile", frozenset({"ci", "pipeline", "jenkins"})),
    (".buildkite/*", frozenset({"ci", "pipeline", "buildkite"})),
    ("azure-pipelines.yml", frozenset({"ci", "pipeline", "azure"})),
    (".travis.yml", frozenset({"ci", "travis"})),
    (".pre-commit-config.yaml", frozenset({"pre-commit", "precommit", "hook", "hooks"})),
    (".pre-commit-config.yml", frozenset({"pre-commit", "precommit", "hook", "hooks"})),
)
#: Role words short enough to be dropped as names otherwise ("CI").
ROLE_WORDS = frozenset().union(*(roles for _, roles in PATH_ROLES))

#: Branches a request must name in so many words (`releases.MAIN_BRANCHES`).
MAIN_BRANCH_NAMES = frozenset({"main", "master", "trunk", "develop", "production", "prod", "release", "stable", "gh-pages"})
#: What users call the machine they work on ("shut the mac down", "reboot this box").
MACHINE_WORDS = ("mac", "macbook", "laptop", "machine", "computer", "pc", "box", "workstation", "desktop", "imac", "vm",
                 "system")
#: Kinds of file users name by what they are ("the old installers", "the ISO images", "the screen recordings"): the
#: extensions that make a file one of them (a path's extension is named by its kind).
FILE_KINDS: Mapping[str, frozenset[str]] = {
    "installer": frozenset({"dmg", "pkg", "msi", "msix", "exe", "deb", "rpm", "appimage", "apk", "mpkg"}),
    "iso": frozenset({"iso", "img"}), "disk": frozenset({"iso", "img", "dmg", "vmdk", "qcow2", "vdi"}),
    "archive": frozenset({"zip", "tar", "gz", "tgz", "bz2", "xz", "7z", "rar", "zst"}),
    "zip": frozenset({"zip"}), "tarball": frozenset({"tar", "gz", "tgz", "bz2", "xz", "zst"}),
    "screenshot": frozenset({"png", "jpg", "jpeg"}), "photo": frozenset({"jpg", "jpeg", "heic", "png", "raw", "dng"}),
    "video": frozenset({"mp4", "mov", "mkv", "avi", "webm"}), "recording": frozenset({"mp4", "mov", "mkv", "webm", "m4a"}),
    "log": frozenset({"log"}), "backup": frozenset({"bak", "backup", "old"}), "dump": frozenset({"dump", "sql", "bak"}),
    "torrent": frozenset({"torrent"}), "pdf": frozenset({"pdf"}),
}  # fmt: skip
#: Words that never identify an object on their own: they say what kind of thing, not which one.
STOP = frozenset(
    """
a an the this that these those it its it's my our your their his her them they we i you me us him he she there here
of in on at to for from with by into onto over under about as and or but if then so also too just only all any every
each some no not none more most less other same new old please pls kindly can could would will should may might must
is are was were be been being do does did done have has had get got make made let lets let's go going want need like
now today yesterday tomorrow later soon first last next again back up down out off away yes ok okay sure thanks thank
what which who whom whose when where why how because since until while after before already still yet very really
file files folder folders directory directories dir thing things stuff everything something anything nothing one ones
branch branches repo repository project code change changes work working current local remote version
way time bit lot part rest end top bottom side above below per via etc e.g i.e myself yourself i'll i'm we'll
""".split()  # noqa: SIM905 - a word list reads better as text
)

#: Kind nouns an action can be referred to by, beyond its specific names (used by boundaries: "don't touch the db").
KIND_NOUNS: Mapping[str, frozenset[str]] = {
    "git": frozenset({"git", "repo", "repository", "history", "commit", "commits", "branch", "branches"}),
    "database": frozenset(
        {
            "database",
            "databases",
            "db",
            "dbs",
            "table",
            "tables",
            "schema",
            "sql",
            "postgres",
            "mysql",
            "sqlite",
            "migration",
            "migrations",
            "backfill",
            "backfills",
        }
    ),
    "dependency": frozenset(
        {
            "dependency",
            "dependencies",
            "deps",
            "package",
            "packages",
            "library",
            "libraries",
            "module",
            "modules",
        }
    ),
    "network": frozenset({"network", "internet", "web", "online", "http", "https", "api"}),
    "cloud": frozenset(
        {
            "cloud",
            "aws",
            "gcp",
            "azure",
            "bucket",
            "buckets",
            "s3",
            "infra",
            "infrastructure",
            "cluster",
            "k8s",
            "kubernetes",
        }
    ),
    "prod": frozenset({"prod", "production", "live"}),
    # Stored data as a kind: "don't delete the data" fences removing a store's contents (volumes, rows, objects).
    "data": frozenset({"data", "volume", "volumes"}),
    # A board on the cable as a kind (session 23, N4): "don't flash it to the board" fences `compile --upload`.
    "device": frozenset({"firmware", "board", "boards", "devices", "chip", "mcu", "microcontroller"}),
}

NEGATIONS = frozenset({
    "don't", "dont", "do not", "never", "no", "not", "without", "avoid", "stop", "refrain", "mustn't", "must not",
    "shouldn't", "should not", "can't", "cannot", "won't", "nothing",
})  # fmt: skip

#: Environment markers in names, contexts, URLs, variables and paths (`eks-prod-use1`, `$STAGING_DATABASE_URL`).
ENV_MARKERS: Mapping[str, frozenset[str]] = {
    "production": frozenset({"prod", "production", "prd", "live"}),
    "staging": frozenset({"staging", "stg", "stage", "preprod", "uat"}),
    "dev": frozenset({"dev", "development", "sandbox"}),
    "local": frozenset({"local", "localhost"}),
    "preview": frozenset({"preview", "previews"}),  # a preview deployment is not production
}
#: A request for this machine's copy ("my local branch", "on my laptop").
LOCAL_WORDS = frozenset({"local", "locally", "localhost", "laptop"})
#: A request for everything of a kind: then `--all` or a whole table is what was asked.
WHOLE_WORDS = frozenset({"all", "every", "everything", "whole", "entire", "each"})
#: Verbs that empty what they name ("wipe the cache", "flush my local redis"): a request for all of it, unless a
#: qualifier between the verb and the thing picks some of it ("clear the expired sessions").
WHOLE_VERBS = frozenset({"wipe", "empty", "truncate", "clear", "flush", "nuke", "purge", "reset", "zap"})
#: Words that pick a part of what they qualify: "the expired sessions", "stale keys", "rows that ...".
QUALIFIERS = frozenset({
    "expired", "old", "older", "oldest", "stale", "duplicate", "duplicates", "duplicated", "failed", "failing", "orphaned",
    "orphan", "unused", "dangling", "outdated", "obsolete", "leftover", "archived", "inactive", "abandoned", "cancelled",
    "canceled", "broken", "stuck", "bad", "invalid", "spam", "junk", "temporary", "temp", "finished", "completed",
    "where", "that", "which", "whose", "before", "since", "except", "but", "some", "few", "only", "last", "first",
    "previous", "yesterday's", "today's", "test", "fake", "dummy", "seed", "seeded", "evicted", "errored", "crashed",
})  # fmt: skip


#: Words of a verb class that other languages write as words of their own (Dutch, German "op": on; "operator",
#: French "pardon"): no evidence that a request is English (`gloss`), so "gooi index X weg op de dev es" is still
#: read as Dutch.
NOT_ENGLISH_EVIDENCE = frozenset({"op", "operator", "pardon"})
