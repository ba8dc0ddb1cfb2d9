"""The old credential kept while a new one is made (session 28, T5 "held"; AM-JUDGE-037 through `intent.widened`).

"Cria uma chave nova …, a antiga fica por enquanto", "rotate the deploy key, keep the old one for now", "der alte
bleibt vorerst": a key, a token, a certificate or a password is made anew and the one in use stays. The programs
whose rows say it (`knowledge.removal_held`: gcloud keys create/delete, aws create-/delete-access-key, az credential
reset without `--append`) are read by `kept_forms.taken`; every other program deletes a credential the same way, by
a removing verb beside a credential's noun (`gh ssh-key delete`, `aws ec2 delete-key-pair`, `openstack keypair
delete`, `gcloud kms keys versions destroy`, `az keyvault key delete`, `doctl compute ssh-key delete`, `gpg
--delete-secret-keys`, `vault token revoke`): where the user kept the old one, that removal is refused.
"""

from __future__ import annotations

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

#: A credential's noun among a command's first words (`ssh-key`, `key-pair`, `keys`, `access-key`, `versions`).
_CREDENTIAL = lazyre.compile(r"(?i)(?:^|[-_:])(?:keys?|keypairs?|key-pairs?|ssh-keys?|access-keys?|credentials?|tokens?|"
                             r"secrets?|passwords?|certs?|certificates?|api-keys?|apikeys?|deploy-keys?|versions)(?:$|[-_:])")
#: Removing words of a credential: delete, destroy, revoke, disable, deactivate, rotate-out (as a word or an option).
_GONE = lazyre.compile(r"(?i)^(?:delete|del|rm|remove|destroy|revoke|disable|deactivate|purge)$|^--?delete(?:-secret)?-keys?$|"
                       r"^(?:delete|remove|revoke|destroy|disable)-|-(?:delete|revoke|destroy|disable)$")


def _removes_credential(c: Command) -> bool:
    words = [w.value for w in c.argv[1:6] if not w.dynamic]
    pos = [w for w in words if not w.startswith("-")][:4]
    return any(_GONE.search(w) for w in words) and (any(_CREDENTIAL.search(w) for w in pos)
                                                      or c.name.rsplit("/", 1)[-1] in ("gpg", "gpg2"))


def old_removed(a: Analysis) -> tuple[str, str] | None:
    """("deny", why) when a command removes a credential where the user kept the old one; None otherwise."""
    if not a.shell or not a.commands or not a.ctx.user_messages:
        return None
    cmds = [c for c in a.commands if _removes_credential(c)]
    if not cmds:
        return None
    from automode.judge.intent.kept_forms import kept_said

    kept = kept_said(a)
    if "old" not in kept:
        return None
    text = (cmds[0].text or " ".join(w.value for w in cmds[0].argv))[:80]
    return "deny", f"you said {kept['old']!r}; `{text}` removes a credential, and the old one was to stay"
