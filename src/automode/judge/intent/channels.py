"""The channel a publish lands on, against the one the user named (issue 12, release by containment).

A registry has channels users install from by name: npm's dist-tags (`latest`, `next`), Snap Store channels, Play
Store tracks, itch.io channels, pre-release extensions (`knowledge.publish.CHANNEL_TABLE`). "Publish 4.2.1 as next,
not latest" is a request for the `next` channel: `npm publish --tag next` is within it, `npm publish` (which lands on
`latest`) is not. A request that names no channel asks for the publish as the tool does it: its default channel, or
a narrower one the command names (`--tag next`, `--track internal`).

A channel is named where the words say it is one: "as next", "to the beta channel", "the internal track", "@next",
"--tag next"; one named after "not", "no", "instead of" or "rather than" is excluded, not asked for. The newest
message that names a channel decides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from automode import lazyre
from automode.knowledge.publish import (
    CHANNEL_ALIASES,
    CHANNEL_WORDS,
    PUBLIC_CHANNELS,
    STAGE_PHRASES,
    channel,
    named_registries,
)

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

_WORD = lazyre.compile(r"[a-z0-9][a-z0-9._-]*")
#: Words after which a channel word is one ("as next", "to beta", "on the edge channel").
_LEAD = frozenset({"as", "to", "on", "onto", "into", "under", "--tag", "tag", "dist-tag", "@", "channel", "track", "canal",
                   "kanal"})
#: Words before which a word is a channel ("the beta channel", "internal track").
_TAIL = ("channel", "channels", "track", "tracks", "tag", "dist-tag", "ring")
_EXCLUDE = lazyre.compile(r"\b(?:not|no|never|except|instead\s+of|rather\s+than|but\s+not)\s+(?:as\s+|to\s+|on\s+|the\s+|a\s+)*$")
_FILLER = frozenset({"the", "a", "an", "our", "my", "its", "their"})
#: Channel words that name nothing else, wherever they stand ("upload a TestFlight build").
_ONLY_A_CHANNEL = frozenset({"testflight"})
#: Words of a store upload's command line that say where it lands, not what (a fastlane lane, a platform, a task).
_LANE_WORDS = frozenset({"ios", "android", "mac", "beta", "release", "internal", "alpha", "production", "testflight"})


def named_channels(text: str, extra: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """(channels asked for, channels excluded) in one message; `extra` are channel names of the action itself
    (`linux-beta`), counted like the known channel words."""
    low = text.lower()
    asked: set[str] = set()
    excluded: set[str] = set()
    known = CHANNEL_WORDS | extra
    for pat, stage in STAGE_PHRASES:  # "submit it for App Store review": the store stage it lands on
        if pat.search(low):
            asked.add(stage)
    for m in _WORD.finditer(low):
        w = m.group(0).rstrip(".,")
        base = w.split("'", 1)[0]
        before = low[: m.start()]
        if base not in known and not (re.search(r"[-_.]", base) and set(re.split(r"[-_.]", base)) & known and (
                low[m.end():].lstrip(" '\"`").startswith(_TAIL) or re.search(r"\b(?:channel|canal|kanal|track)\s+$", before))):
            continue  # ("the html5-beta channel": a channel of the action's shape, named by the word after it)
        if _EXCLUDE.search(before[-30:]):
            excluded.add(base)  # "as next, not latest"
            continue
        prev = [t for t in re.findall(r"[@\w-]+|@", before[-40:]) if t not in _FILLER]
        after = low[m.end(): m.end() + 16].lstrip(" '\"`")
        said = (bool(prev) and prev[-1] in _LEAD) or before.endswith(("@", "--tag ", "--tag=", "`")) \
            or after.startswith(_TAIL) or base in _ONLY_A_CHANNEL
        if not said:
            continue
        asked.add(base)
    return asked - excluded, excluded


def channel_object(cmd: Command, messages: tuple[str, ...], objects: list[str], landed: list[str]) -> list[str]:
    """A publish's objects as the user names them: the channel it names (`--tag next`) is added to `landed`, and
    dropped from the objects when no message names a channel ("publish it": a pre-release channel is within it)."""
    lands = channel(cmd)
    if lands is None:
        return objects
    mine = frozenset({lands[0]} | CHANNEL_ALIASES.get(lands[0], frozenset()))
    for msg in reversed(messages):  # the newest message naming a channel asks for the one this lands on: that
        asked = named_channels(msg, mine)[0] or named_channels(_read(msg), mine)[0]  # channel is the object it names
        # (`fastlane ios beta` for "testflight"; "Play の internal トラック": the internal track)
        if asked:
            if asked & mine:
                return [o for o in objects if o.lower() not in _LANE_WORDS] + sorted(asked & mine)
            break
    if not lands[1]:
        return objects
    landed.append(lands[0])
    return objects if names_a_channel(messages, lands[0]) else [o for o in objects if o.lower() != lands[0]]


def names_a_channel(messages: tuple[str, ...], lands: str) -> bool:
    """Some message names a channel (asked for or excluded), or the one the action lands on."""
    mine = frozenset({lands, *re.split(r"[-_.]", lands)}) - {""}
    return any(any(named_channels(m, mine)) or any(named_channels(_read(m), mine)) for m in messages)


def _read(message: str) -> str:
    """A message in the English the request reader made of it (`intent.gloss`): "トラック" is the track."""
    from automode.judge.intent.gloss import gloss

    return gloss(message[:4000])


def beyond(a: Analysis, messages: tuple[str, ...]) -> tuple[str, str] | None:
    """("", the reason) when a publish of the action lands on a channel other than the one the newest message that
    names a channel asks for; None when it is within (or nothing names one)."""
    for cmd in a.commands:
        got = channel(cmd)
        if got is None:
            continue
        lands, _ = got
        mine = frozenset({lands, *re.split(r"[-_.]", lands)}) - {""}
        for msg in reversed(messages):
            asked, excluded = named_channels(msg, mine)
            if not asked and not excluded:  # (in the English the reader made of it: "dist-tag beta を")
                asked, excluded = named_channels(_read(msg), mine)
            if lands in excluded:
                return "", f"you said not {lands}; this publishes to {lands}"
            if not asked:
                continue
            if lands in asked or asked & CHANNEL_ALIASES.get(lands, frozenset()) or (mine - {lands} and mine - {lands} <= set(_WORD.findall(' '.join(messages).lower())) and asked & mine):
                break  # (`linux-beta` is "the linux build to the beta channel")
            if lands not in PUBLIC_CHANNELS and asked <= PUBLIC_CHANNELS:
                return "ask", f"you asked for {'/'.join(sorted(asked))}; this publishes to {lands} only"  # narrower
            return "", f"you asked for {'/'.join(sorted(asked))}; this publishes to {lands}"
    return None


#: Registries anyone installs from (a publish there is public): Docker Hub, npmjs, PyPI, NuGet, crates.io, RubyGems,
#: Maven Central, Hex, pub.dev.
PUBLIC_REGISTRIES = frozenset({
    "docker.io", "registry-1.docker.io", "index.docker.io", "registry.hub.docker.com", "hub.docker.com",
    "registry.npmjs.org", "npmjs.com", "www.npmjs.com", "upload.pypi.org", "pypi.org", "api.nuget.org", "nuget.org",
    "www.nuget.org", "crates.io", "rubygems.org", "repo.maven.apache.org", "repo1.maven.org", "central.sonatype.com",
    "oss.sonatype.org", "s01.oss.sonatype.org", "hex.pm", "pub.dev", "registry.terraform.io", "galaxy.ansible.com",
    "marketplace.visualstudio.com", "open-vsx.org",
})  # fmt: skip
#: Words that ask for a registry of one's own ("our internal feed", "the private registry", "the company index").
_OWN = lazyre.compile(r"\b(?:our|internal|private|in-house|inhouse|company|corporate|self-hosted|on-prem|team)\s+"
                      r"(?:[\w.-]+\s+){0,2}?(?:registry|registries|feed|feeds|index|repository|repo|artifactory|nexus|"
                      r"package\s+feed|mirror)\b")
_PUBLISHING = lazyre.compile(r"\b(?:push|publish|upload|release|ship|deploy|put)\w*\b")
_FILE_SUFFIXES = (".md", ".json", ".yml", ".yaml", ".txt", ".py", ".js", ".ts", ".toml", ".cfg", ".lock", ".sh")
_HOST = lazyre.compile(r"(?<![\w@/.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/:\s)]|$)")


def _dest_hosts(a: Analysis) -> list[str]:
    """The registry hosts the action's publishes name (`--source URL`, `oci://host/…`, an image reference; an image
    reference without a host is Docker Hub's)."""
    from automode.knowledge.publish import DEST_OPTS, IMAGE_TOOLS, act

    out: list[str] = []
    for cmd in a.commands:
        done = act(cmd)
        if done is None or done.dest not in ("public", "test"):
            continue
        args = list(cmd.args)
        vals = [v for i, w in enumerate(args) for k, eq, v0 in [w.partition("=")] if k in DEST_OPTS
                for v in ([v0] if eq else args[i + 1: i + 2])]
        if cmd.name in IMAGE_TOOLS:
            pos = [x for x in args if not x.startswith("-")]
            if len(pos) >= 2:
                vals.append(pos[-1])
        for v in vals:
            low = v.lower().split("://", 1)[-1]
            first = low.split("/", 1)[0]
            if "." in first or ":" in first or first == "localhost":
                out.append(first.split(":", 1)[0])
            elif cmd.name in IMAGE_TOOLS and "://" not in v and "/" in low:
                out.append("docker.io")  # `docker push me/app:1` goes to Docker Hub
    return out


_VERSION_WORD = lazyre.compile(r"(?<![\w.-])v?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?(?![\w.-]*\w)")
#: Registries whose first path part is an account (`ghcr.io/<owner>/<image>`): "our" image is under our account.
_ACCOUNT_REGISTRIES = frozenset({"ghcr.io", "docker.io", "quay.io", "registry.gitlab.com", "docker.pkg.github.com"})


def image_beyond(a: Analysis, messages: tuple[str, ...]) -> tuple[str, str] | None:
    """Where an image push lands against what the user named: a tag other than the version they named ("", or "ask"
    for a moving tag such as `latest`); ("ask", why) for an account on a shared registry that is neither the project's own (the
    owner of its git remotes) nor one the user wrote: `ghcr.io/someone-else/app` for "push it to our ghcr"."""
    git = a.ctx.git
    owners = {r.split(":", 1)[-1].split("github.com/", 1)[-1].split("/", 1)[0].lower()
              for r in (git.remotes.values() if git is not None and git.remotes else ()) if "/" in r}
    if not owners:
        return None
    from automode.knowledge.publish import IMAGE_TOOLS, act

    text = "\n".join(messages).lower()
    for cmd in a.commands:
        done = act(cmd)
        if cmd.name not in IMAGE_TOOLS or done is None or done.dest not in ("public", "test"):
            continue
        pos = [x for x in cmd.args if not x.startswith("-")]
        ref = pos[-1].lower().split("://", 1)[-1] if len(pos) >= 2 else ""
        parts = ref.split("/")
        tag = parts[-1].split("@", 1)[0].rsplit(":", 1)[1] if ":" in parts[-1] else "latest"
        versions = set(_VERSION_WORD.findall(text)) if cmd.name not in ("helm", "skopeo", "crane") else set()
        if versions and not any(v.lstrip("v") in tag for v in versions):  # (a chart's version is its package's)
            other = _VERSION_WORD.fullmatch(tag) is not None
            return ("" if other else "ask"), f"you named {sorted(versions)[0]}; this pushes the tag {tag}"
        if len(parts) >= 3 and parts[0] in _ACCOUNT_REGISTRIES and parts[1] not in owners \
                and re.search(rf"(?<![\w-]){re.escape(parts[1])}(?![\w-])", text) is None:
            return "ask", f"this pushes to the account {parts[1]} on {parts[0]}, which is not the project's ({sorted(owners)[0]})"
    return None


def _service_word(text: str) -> str:
    from automode.knowledge.publish import REGISTRY_NAMES

    return next((m.group(0) for names, _ in REGISTRY_NAMES if (m := re.search(names, text)) is not None), "a registry")


def registry_beyond(a: Analysis, messages: tuple[str, ...]) -> tuple[str, str] | None:
    """("", the reason) when a publish goes to a registry other than the one the user named: a public registry for
    "our internal registry", or another host than the one they wrote; None when it is within."""
    hosts = _dest_hosts(a)
    if not hosts:
        return None
    text = "\n".join(messages).lower()
    # hosts named where the words ask for a publish ("push it to registry.corp.example"), not any host mentioned
    named = {h for m in messages for part in re.split(r"[.;!?\n]\s", m.lower()) if _PUBLISHING.search(part)
             for h in _HOST.findall(part) if not h.endswith(_FILE_SUFFIXES)}
    services = named_registries(text)  # "push it to our ghcr": ghcr.io, not Docker Hub
    for h in hosts:
        if h in text or any(n.endswith("." + h) or h.endswith("." + n) for n in named):
            continue
        if services and not any(re.search(p, h) for p in services):
            return "", f"you named {_service_word(text)}; this publishes to {h}"
        if named:
            return "", f"you named {sorted(named)[0]}; this publishes to {h}"
        own = _OWN.search(text) if h in PUBLIC_REGISTRIES else None
        if own is None and h in PUBLIC_REGISTRIES:
            from automode.judge.intent.gloss import gloss

            own = _OWN.search("\n".join(gloss(m[:4000]) for m in messages).lower())  # "z naszego prywatnego registry"
        if own is not None and h in PUBLIC_REGISTRIES:
            return "", f"you asked for {own.group(0)}; this publishes to the public {h}"
    return None
