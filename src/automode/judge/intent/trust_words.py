"""Phrases that name a trust act by what it does (session 17, H2, helper x2b), read beside `words.SPREAD_PHRASES`:
versions marked deprecated, a policy or role attached or bound, a share of traffic sent to a revision (a canary), an
incident opened, a build sent to a store's review. Matched on a clause's English (the gloss's, for other languages:
`lang_words_trust`); each names the request verb class the act's rules are released by.
"""

from __future__ import annotations

import re

from automode import lazyre

_PCT = r"\d{1,3}(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b)"

#: (pattern, request verb class), with must-match / must-not-match fixtures below.
TRUST_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "mark the ui-kit versions <3.0.0 as deprecated", "flag 1.x as obsolete"
    (lazyre.compile(r"\b(?:mark|flag|set|label|tag)\b(?:[^.;!?]|\.(?=\w)){0,60}?\b(?:deprecated|obsolete)\b"), "deprecate"),
    # "attach AmazonS3ReadOnlyAccess to the lambda-exporter role", "bind ci-readonly to ReadOnlyAccess"
    (lazyre.compile(r"\b(?:attach|bind)\b(?:[^.;!?]|\.(?=\w)){0,60}?[\w-]*(?:access|polic(?:y|ies)|roles?|readonly|reader|viewer)\b"),
     "grant"),
    # "send 10% of the traffic to the new revision", "naye revision ko 10% traffic do, canary", "a 5% canary"
    (lazyre.compile(rf"{_PCT}(?:[^.;!?]|\.(?=\w)){{0,40}}?\b(?:traffic|canary|weight)\b|\b(?:traffic|canary|weight)\b(?:[^.;!?]|\.(?=\w)){{0,40}}?"
                    rf"(?<![\w.]){_PCT}"), "deploy"),
    # "open an incident in PagerDuty", "raise a P1 incident for checkout"
    (lazyre.compile(r"\b(?:open|create|raise|trigger|declare|start)\b(?:[^.;!?]|\.(?=\w)){0,40}?\bincidents?\b(?!\s+(?:reports?|files?|docs?|notes?|log|channel|page)\b)"), "create"),
    # "send the app for review in the App Store", "submit the build to TestFlight"
    (lazyre.compile(r"\b(?:send|submit|push|ship|upload)\b(?:[^.;!?]|\.(?=\w)){0,40}?\b(?:app\s*store|play\s*store|testflight|"
                    r"store\s+review|app\s+review)\b"), "publish"),
)

#: Fixtures: (clause, class) that must match, and clauses that must not.
MATCHES: tuple[tuple[str, str], ...] = (
    ("mark old versions ui-kit <3.0.0 as deprecated", "deprecate"),
    ("attach lambda-exporter role amazons3readonlyaccess", "grant"),
    ("give ci-readonly attach readonlyaccess", "grant"),
    ("naye revision ko 10% traffic do, canary", "deploy"),
    ("send 25% traffic a revision api-00017-xyz", "deploy"),
    ("open incident pagerduty ledger api latency", "create"),
    ("app send for review app store", "publish"),
)
MISSES: tuple[str, ...] = (
    "why is the traffic so high?", "attach the debugger to the worker", "fix the deprecated call in utils.py",
    "open the incident report file", "the canary failed",
)

#: Words that name an act of each control-effect verb beyond `naming.FAMILY_WORDS` (a word names the act only
#: together with every value of the action): a workflow or pipeline dispatched, a deploy's share of traffic moved.
TRUST_FAMILY: dict[str, frozenset[str]] = {
    "execute": frozenset({"run", "trigger", "dispatch", "launch", "start", "kick", "rerun", "execute"}),
    "deploy": frozenset({"deploy", "roll", "ship", "shift", "route", "send", "move", "split", "canary", "promote",
                         "bump", "upgrade", "give", "put", "set"}),
    "permission": frozenset({"attach", "bind"}),
    "publish": frozenset({"deprecate", "mark", "submit"}),
}


def trust_verbs(text: str) -> set[str]:
    """The request verb classes the trust phrases in `text` (a clause's English, lower case) name."""
    return {cls for pat, cls in TRUST_PHRASES if pat.search(text)}


#: A mobile platform named by its store, and the lanes (fastlane, `eas submit` profiles) each store destination runs:
#: TestFlight and internal tracks are a beta; the App Store and the Play production track are the release.
STORES: dict[str, tuple[str, ...]] = {
    "ios": ("app store", "appstore", "app-store", "testflight", "test flight", "itunes connect", "app store connect",
            "iphone", "ipad"),
    "android": ("play store", "playstore", "google play", "play console", "play-store"),
}
BETA_WORDS = ("testflight", "test flight", "beta", "internal track", "internal testing", "closed testing", "alpha",
              "test track", "test-track", "testing track", "internal", "internen", "interne ", "interno", "interna ")
RELEASE_WORDS = ("app store", "appstore", "app-store", "review", "production", "play store", "google play", "release")
BETA_LANES = frozenset({"beta", "testflight", "pilot", "internal", "alpha", "tf", "draft"})
RELEASE_LANES = frozenset({"release", "deploy", "appstore", "app_store", "production", "prod", "submit", "store",
                           "completed"})


def store_platform(obj: str, text: str) -> bool:
    """`obj` is a mobile platform (`ios`, `android`) that `text` names by its store ("App Store review")."""
    stores = STORES.get(obj.lower())
    return stores is not None and any(s in text for s in stores)


def other_lane(lanes: list[str], text: str) -> str:
    """The store destination `text` names when the lanes run the other one ("TestFlight" for `fastlane ios release`),
    "" when they agree or nothing is said."""
    beta = any(w in text for w in BETA_WORDS)
    release = any(w in text for w in RELEASE_WORDS if w not in ("release",)) and not beta
    for lane in (x.lower() for x in lanes):
        if beta and lane in RELEASE_LANES:
            return f"you asked for a beta (TestFlight or a testing track); this runs the {lane} lane, a store release"
        if release and lane in BETA_LANES:
            return f"you asked for the store release; this runs the {lane} lane"
    return ""


def store_release(text: str) -> bool:
    """`text` names a store's public release ("App Store review", "the Play Store"), not a beta track."""
    return any(w in text for w in RELEASE_WORDS if w not in ("release", "review", "production")) and \
        not any(w in text for w in BETA_WORDS)
