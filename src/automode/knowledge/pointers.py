"""Commands that move a name onto a version (session 18, I2, helper `named`): an alias, a dist-tag, an image tag, a
domain alias points at what the command gives it. People ask for them with a verb of pointing or setting ("point
the staging alias at version 42", "move the beta tag to 3.2.0-beta.4", "geo-edge の staging エイリアスを version
42 に向けて"), not with the verb of the rule that fires (deploy, publish); the pointer and the version are the
action's values, compared by the release like any other (another version, another alias is not what was named).

`POINTER_MOVES`: (program, leading subcommand words) rows; the program is matched by its name (`./gradlew` is
`gradlew`). Sources: AWS CLI `lambda update-alias`, `npm dist-tag add <pkg>@<version> <tag>` (docs.npmjs.com),
`vercel alias set <deployment> <alias>`, `docker tag`/`crane tag`/`gcloud artifacts docker tags add`, `aws apigateway
update-stage`, `az webapp deployment slot swap`.
"""

from __future__ import annotations

from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.shell.parse import Command

# fmt: off
POINTER_MOVES: frozenset[tuple[str, tuple[str, ...]]] = frozenset({
    ("aws", ("lambda", "update-alias")), ("aws", ("lambda", "create-alias")), ("aws", ("apigateway", "update-stage")),
    ("npm", ("dist-tag", "add")), ("pnpm", ("dist-tag", "add")), ("yarn", ("npm", "tag", "add")),
    ("yarn", ("tag", "add")), ("bun", ("dist-tag", "add")),
    ("vercel", ("alias", "set")), ("vercel", ("alias",)), ("netlify", ("deploy", "--alias")),
    ("docker", ("tag",)), ("docker", ("image", "tag")), ("podman", ("tag",)), ("crane", ("tag",)),
    ("gcloud", ("artifacts", "docker", "tags", "add")), ("gcloud", ("container", "images", "add-tag")),
    ("az", ("webapp", "deployment", "slot", "swap")), ("az", ("functionapp", "deployment", "slot", "swap")),
})
# fmt: on
#: Request verb classes (`lexicon.VERBS`) that name a pointer move: point, set, move, switch, change ("update").
POINTER_VERBS = frozenset({"update", "move"})


def moves_pointer(cmd: Command) -> bool:
    """The command moves a name (an alias, a tag) onto a version."""
    name = cmd.name.rsplit("/", 1)[-1]
    words = [x for x in cmd.args if not x.startswith("-")]
    return any(name == prog and tuple(words[: len(sub)]) == sub for prog, sub in POINTER_MOVES if not sub[-1].startswith("-")) \
        or any(name == prog and sub[-1] in cmd.args and tuple(words[: len(sub) - 1]) == sub[:-1]
               for prog, sub in POINTER_MOVES if sub[-1].startswith("-"))
