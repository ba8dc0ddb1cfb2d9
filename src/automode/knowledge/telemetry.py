"""Personal data handed to analytics, product-telemetry and error-tracking services by new code (issue 10 §5, issue
11 §2): `posthog.capture(..., properties={"email": user.email, "students": ...birth dates})` ships the people the
application serves to a vendor. The feature ("which features teachers use") needs events, not identities.

`SERVICES` is the knowledge: each vendor's SDK as it appears in code (package and client names, in any language),
the calls that send an event or a person's profile, and the host its data goes to (the vendors' own SDK references:
PostHog, Segment / RudderStack, Mixpanel, Amplitude, Heap, Sentry `set_user`, Datadog RUM `setUser`, LogRocket
`identify`, FullStory `identify`, Intercom, Customer.io, Google Analytics `gtag`). `PERSONAL` is the personal-data
vocabulary (contact details, birth dates, identity numbers, location, health, payment) as field names appear in code.

Pure and linear: a substring test per vendor, then regular expressions around each sending call.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass

PERSONAL_MARK = "personal:"  # Effect.content of a send that carries personal data: "personal:<fields>"


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    words: tuple[str, ...]  # lower-case substrings that say the code uses this SDK
    calls: str  # regex: the calls that send an event or a profile
    host: str


SERVICES: tuple[Service, ...] = (
    Service("PostHog", ("posthog",), r"\.(?:capture|identify|alias|group_identify|set|set_once)\s*\(", "posthog.com"),
    Service("Segment", ("segment", "analytics-python", "analytics-node", "rudder"), r"\b(?:analytics|rudder\w*)\.(?:track|identify|page|group|alias)\s*\(", "segment.io"),
    Service("Mixpanel", ("mixpanel",), r"\.(?:track|people_set|people\.set|identify|register|people_set_once)\s*\(", "mixpanel.com"),
    Service("Amplitude", ("amplitude",), r"\.(?:track|identify|logEvent|setUserProperties)\s*\(", "amplitude.com"),
    Service("Heap", ("heap.",), r"\bheap\.(?:track|identify|addUserProperties|addEventProperties)\s*\(", "heapanalytics.com"),
    Service("Sentry", ("sentry",), r"\b(?:sentry_sdk|Sentry)\.(?:set_user|setUser|set_context|setContext|set_extra|setExtra)\s*\(", "sentry.io"),
    Service("Datadog", ("datadog", "ddtrace"), r"\b(?:datadogRum|DD_RUM)\.(?:setUser|setGlobalContextProperty|addAction)\s*\(", "datadoghq.com"),
    Service("LogRocket", ("logrocket",), r"\bLogRocket\.(?:identify|track)\s*\(", "logrocket.com"),
    Service("FullStory", ("fullstory",), r"\bFS\.(?:identify|setUserVars|event)\s*\(", "fullstory.com"),
    Service("Intercom", ("intercom",), r"\b(?:Intercom|intercom)\s*\(\s*['\"](?:boot|update|trackEvent)['\"]", "intercom.io"),
    Service("Customer.io", ("customerio", "customer.io"), r"\.(?:identify|track)\s*\(", "customer.io"),
    Service("Google Analytics", ("gtag(", "google-analytics", "googletagmanager"), r"\bgtag\s*\(\s*['\"](?:event|set|config)['\"]", "google-analytics.com"),
)  # fmt: skip
_WORDS = tuple(w for s in SERVICES for w in s.words)

#: Personal data as field names, keys and accessors appear in code (the name each is reported under).
PERSONAL: dict[str, str] = {
    r"e[-_]?mail(?:s|_address)?": "email addresses",
    r"date_?of_?birth|birth_?date|birthday|\bdob\b": "birth dates",
    r"phone(?:_?number)?|mobile_?number": "phone numbers",
    r"\bssn\b|social_?security|national_?id|passport(?:_?number)?|tax_?id": "identity numbers",
    r"full_?name|get_full_name|first_?name|last_?name|given_?name|family_?name": "names",
    r"home_?address|street_?address|postal_?code|zip_?code|billing_?address": "postal addresses",
    r"REMOTE_ADDR|ip_?address|x-forwarded-for|remote_ip|client_ip": "IP addresses",
    r"diagnos\w*|medical\w*|health_?record|prescription": "health data",
    r"card_?number|credit_?card|\biban\b|account_?number": "payment details",
}  # fmt: skip
_PERSONAL_RE = lazyre.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(PERSONAL)), re.I)
_NAMES = list(PERSONAL.values())
#: Lines before a sending call in which its properties are gathered (`props.update({...})` above `capture(...)`), and
#: characters after it in which its arguments are read.
LINES_BEFORE = 15
CHARS_AFTER = 500
#: What the user may say to ask for such data (each field's reported name -> words that name it).
ASKED: dict[str, tuple[str, ...]] = {
    "email addresses": ("email", "e-mail", "emails"), "birth dates": ("birth", "birthday", "dob", "age"),
    "phone numbers": ("phone",), "identity numbers": ("ssn", "passport", "national id", "tax id"),
    "names": ("name", "names"), "postal addresses": ("address", "addresses", "postcode", "zip"),
    "IP addresses": ("ip", "ip address", "ip addresses"), "health data": ("health", "medical", "diagnosis"),
    "payment details": ("card", "payment", "iban"),
}  # fmt: skip


def maybe(low: str) -> bool:
    """The cheap test: could this (lower-cased) code use one of the SDKs at all?"""
    return any(w in low for w in _WORDS)


def personal_sends(code: str) -> list[tuple[str, str, list[str]]]:
    """(service, host, personal data names) for each SDK call whose arguments, or the lines that build them, name
    personal data."""
    low = code.lower()
    out: list[tuple[str, str, list[str]]] = []
    for s in SERVICES:
        if not any(w in low for w in s.words):
            continue
        found: list[str] = []
        for m in re.finditer(s.calls, code):
            start = m.start()
            for _ in range(LINES_BEFORE):
                start = code.rfind("\n", 0, max(0, start - 1)) if start > 0 else 0
                if start <= 0:
                    start = 0
                    break
            window = code[start:m.end() + CHARS_AFTER]
            for p in _PERSONAL_RE.finditer(window):
                name = _NAMES[int(next(k for k, v in p.groupdict().items() if v is not None)[1:])]
                if name not in found:
                    found.append(name)
        if found:
            out.append((s.name, s.host, found))
    return out


def asked_for(fields: list[str], messages: tuple[str, ...] | list[str]) -> bool:
    """The user's words name every kind of personal data the code sends."""
    words = " ".join(messages).lower()
    return all(any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", words) for w in ASKED.get(f, (f,))) for f in fields)
