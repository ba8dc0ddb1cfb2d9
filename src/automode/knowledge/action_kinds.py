"""Tables of values an action carries that the judge's intent checks read, and that the action-side gate index
(`judge.intent.gate_index`) reads to tell whether an action carries one at all (issue 14, session 24). They live here,
not in the checks' modules, so the index imports no check (no import cycle in the core).
"""

from __future__ import annotations

#: (program, sub-command words) of commands that withdraw a published version, with the options whose value is not
#: the package (versions, messages, registries, tokens).
WITHDRAWALS: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = (
    ("cargo", ("yank",), frozenset({"--version", "--vers", "--index", "--registry", "--token"})),
    ("npm", ("deprecate",), frozenset({"--registry", "--otp"})),
    ("npm", ("unpublish",), frozenset({"--registry", "--otp"})),
    ("pnpm", ("deprecate",), frozenset({"--registry", "--otp"})),
    ("gem", ("yank",), frozenset({"-v", "--version", "--platform", "--host", "-k", "--key", "--otp"})),
    ("dotnet", ("nuget", "delete"), frozenset({"-s", "--source", "-k", "--api-key"})),
)
#: Extensions of build files an upload or a release carries.
ARTIFACT_EXTS = (".ipa", ".apk", ".aab", ".xcarchive", ".app.zip", ".dmg", ".pkg", ".msi", ".msix", ".exe", ".whl",
                 ".tar.gz", ".tgz", ".jar", ".war", ".deb", ".rpm", ".nupkg", ".gem", ".crate", ".vsix", ".appimage",
                 ".snap", ".zip")  # fmt: skip
#: Programs that send a signal and the signal each sends by default (`intent.said_kinds`).
SIGNAL_SENDERS = {"kill": "TERM", "pkill": "TERM", "killall": "TERM", "docker": "KILL", "podman": "KILL",
                  "systemctl": "TERM"}
