"""Names written glued to a prefix of another script (session 26, Q2, helper `cli`): Hebrew writes its one-letter
prepositions and the article on a Latin name with a hyphen or a maqaf ("מ-@shaked/ui-core", from @shaked/ui-core;
"ה-dist-tag", the dist-tag; "ל־staging", to staging), Arabic with a tatweel or a hyphen ("الـbucket", "بـ-prod").
Every reader of the user's words (names said, objects named, the other object selected) compares whole names, so
the prefix is set apart with a space before anything reads the words: the name is then the user's own word.

`unglue(messages)` returns the messages with each such prefix set apart (the same tuple when none has one)."""

from __future__ import annotations

from functools import lru_cache

from automode import lazyre

#: A prefix of one to three letters of a right-to-left script, at the start of a word, joined by a hyphen, a maqaf or
#: a tatweel to a name in another script (Latin letters, digits, or the marks names start with: `@`, `.`, `/`, `~`).
#: Hebrew: the prepositions and conjunctions written on the word (ב ה ו כ ל מ ש, and their pairs: "וה-", "מה-",
#: "שב-"); Arabic: the article and the one-letter prepositions (ال، بـ، لـ، و، ف، ك، بال، لل).
_GLUED = lazyre.compile(
    r"(?<![\w\u0590-\u05ff\u0600-\u06ff])((?:[\u05d1\u05d4\u05d5\u05db\u05dc\u05de\u05e9]{1,3})|"
    r"(?:[\u0648\u0641]?(?:[\u0628\u0644\u0643]?\u0627\u0644|\u0644\u0644|[\u0628\u0644\u0643])))"
    r"[-\u05be\u0640]+(?=[A-Za-z0-9@./~$])")


#: English verbs users borrow into another language's verb forms (the act words of the CLI requests).
_LOAN_VERBS = frozenset({
    "copy", "delete", "remove", "upload", "download", "deploy", "push", "pull", "merge", "restart", "reboot", "install",
    "uninstall", "update", "upgrade", "run", "build", "publish", "release", "sync", "backup", "restore", "reset",
    "rollback", "revert", "stop", "start", "kill", "clean", "clear", "purge", "drop", "move", "rename", "create", "add",
    "edit", "check", "test", "commit", "rebase", "tag", "scale", "drain", "cordon", "apply", "destroy", "archive",
    "unpublish", "yank", "close", "approve", "rotate", "revoke", "disable", "enable", "flush", "prune", "send", "post",
    "share", "export", "import", "save", "format", "lock", "unlock", "expire", "cancel", "retry", "rerun", "squash",
    "transfer", "mount", "unmount", "erase", "wipe", "trim", "limit", "set", "change", "fix", "patch", "shutdown",
})  # fmt: skip
#: A verbal prefix of a language written in Latin letters, joined by a hyphen to an English verb the user borrows
#: (session 27, R3): Tagalog "I-copy mo yung logs/", "i-delete", "mag-deploy", "nag-push", "i-restart mo", "ipa-merge";
#: Indonesian/Malay "di-deploy", "nge-push", "men-deploy"; Swahili "ku-deploy". The English verb is then a word of
#: its own, which the request reader knows; the prefix (aspect, focus, passive) changes nothing of the act.
_VERB_PREFIX = lazyre.compile(r"(?i)(?<![\w-])(?:i|ipa|ipag|mag|nag|mang|nang|ma|maka|naka|pa|pag|um|di|nge|ng|men|"
                              r"mem|meng|ku|ali|ata)-(?=(?:" + "|".join(sorted(_LOAN_VERBS)) + r")(?:in|an|kan|a|e|i)?(?![\w-]))")


@lru_cache(maxsize=256)
def unglue(messages: tuple[str, ...]) -> tuple[str, ...]:
    if not any(_GLUED.search(m) or _VERB_PREFIX.search(m) for m in messages):
        return messages
    return tuple(_VERB_PREFIX.sub("", _GLUED.sub(r"\1 ", m)) for m in messages)
