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
    # each SDK's calls in every language it ships for (Python/JS/Ruby lower-case methods, Java/Kotlin camel case,
    # .NET and Go capitalised methods, Go struct literals `posthog.Capture{...}`)
    Service("PostHog", ("posthog",), r"\.(?:capture|identify|alias|group_identify|set|set_once|Capture|Identify|Alias)\s*\(|\bposthog\.(?:Capture|Identify|Alias)\s*\{", "posthog.com"),
    Service("Segment", ("segment", "analytics-python", "analytics-node", "analytics-ruby", "analytics.track", "analytics.identify",
                        "analytics.client", "rudder"),
            r"\b(?:[Aa]nalytics(?:\.Client|::Client)?|rudder\w*)\.(?:[Tt]rack|[Ii]dentify|[Pp]age|[Gg]roup|[Aa]lias)\s*[({]|\banalytics\.(?:Enqueue)\s*\(", "segment.io"),
    Service("Mixpanel", ("mixpanel",), r"\.(?:track|people_set|people\.set|identify|register|people_set_once|Track|PeopleSet|Identify)\s*\(|"
            r"\bmessageBuilder\.(?:event|set|setOnce|append)\s*\(", "mixpanel.com"),
    Service("Amplitude", ("amplitude",), r"\.(?:track|identify|logEvent|setUserProperties|Track|LogEvent)\s*\(", "amplitude.com"),
    Service("Heap", ("heap.",), r"\bheap\.(?:track|identify|addUserProperties|addEventProperties)\s*\(", "heapanalytics.com"),
    Service("Sentry", ("sentry",), r"\b(?:sentry_sdk|Sentry|SentrySdk|sentry)(?:\.|::)(?:set_user|setUser|SetUser|set_context|setContext|SetContext|set_extra|"
            r"setExtra|SetExtra|configure_scope|configureScope|ConfigureScope|withScope|with_scope|push_scope|WithScope)\s*[({]|"
            # a scope handed to the callback (`Sentry.withScope((scope) => { scope.setUser({...}) })`)
            r"\bscope\.(?:set_user|setUser|SetUser|set_extra|setExtra|SetExtra|set_context|setContext|SetContext)\s*\(", "sentry.io"),
    Service("Datadog", ("datadog", "ddtrace"), r"\b(?:datadogRum|DD_RUM)\.(?:setUser|setGlobalContextProperty|addAction)\s*\(", "datadoghq.com"),
    Service("LogRocket", ("logrocket",), r"\bLogRocket\.(?:identify|track)\s*\(", "logrocket.com"),
    Service("FullStory", ("fullstory",), r"\bFS\.(?:identify|setUserVars|event)\s*\(", "fullstory.com"),
    Service("Intercom", ("intercom",), r"\b(?:Intercom|intercom)\s*\(\s*['\"](?:boot|update|trackEvent)['\"]", "intercom.io"),
    Service("Customer.io", ("customerio", "customer.io"), r"\.(?:identify|track|Identify|Track)\s*\(", "customer.io"),
    Service("Google Analytics", ("gtag(", "google-analytics", "googletagmanager"), r"\bgtag\s*\(\s*['\"](?:event|set|config)['\"]", "google-analytics.com"),
    # session 14 (E4): mobile, game and .NET SDKs (Unity Analytics, Firebase / Google Analytics for apps, App Center,
    # Application Insights, GameAnalytics, PlayFab, AppsFlyer, Adjust, Braze, Matomo, Snowplow) and in-house wrappers
    Service("Unity Analytics", ("unity.services.analytics", "analyticsservice", "unityengine.analytics", "analyticsevent."),
            r"\bAnalyticsService\.Instance\.(?:CustomData|RecordEvent)\s*\(|\bAnalytics\.(?:CustomEvent|Transaction)\s*\(|"
            r"\bAnalyticsEvent\.\w+\s*\(", "unity.com"),
    Service("Firebase Analytics", ("firebase", "firebaseanalytics"),
            r"\.logEvent\s*\(|\bFirebaseAnalytics\.(?:LogEvent|SetUserProperty|SetUserId)\s*\(|\.set(?:UserProperty|UserId)\s*\(|"
            r"\blogEvent\s*\(", "google-analytics.com"),
    Service("App Center / Application Insights", ("appcenter", "applicationinsights", "telemetryclient"),
            r"\b(?:Analytics|\w*[Tt]elemetry\w*)\.Track(?:Event|Trace|PageView)\s*\(", "applicationinsights.azure.com"),
    Service("GameAnalytics / PlayFab", ("gameanalytics", "playfab"),
            r"\bGameAnalytics\.(?:New\w*Event|SetCustomDimension\w*)\s*\(|\bPlayFab\w*API\.Write\w*Event\s*\(", "gameanalytics.com"),
    Service("AppsFlyer / Adjust / Braze", ("appsflyer", "adjust", "braze", "appboy"),
            r"\b(?:AppsFlyerLib|appsFlyer|Adjust|Braze|Appboy)\b[\w.()]*\.(?:logEvent|trackEvent|logCustomEvent|setCustomUserAttribute|"
            r"setEmail|changeUser)\s*\(", "appsflyer.com"),
    Service("Matomo / Snowplow", ("matomo", "piwik", "snowplow"),
            r"\b(?:_paq\.push|tracker\.track\w*|snowplow\w*\.track\w*|Matomo\w*\.track\w*)\s*\(", "matomo.cloud"),
    Service("an in-house analytics client", ("analytics", "telemetry", "tracker", "tracking"),
            r"\b\w*(?:[Aa]nalytics|[Tt]elemetry|[Tt]racker|[Tt]racking)\w*(?:\.Instance|\(\))?\s*\.\s*(?:[Tt]rack\w*|[Ll]og\w*Event|"
            r"[Cc]apture|[Rr]ecord\w*|[Ss]end\w*Event|[Cc]ustom(?:Event|Data)|[Ii]dentify|[Ee]vent)\s*[(<]", "your-analytics-endpoint"),
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
    r"deviceUniqueIdentifier|device_?id|device_?uid|android_?id|ANDROID_ID|advertisingIdentifier|identifierForVendor|\bidfa\b|"
    r"\bgaid\b|\badid\b|\bimei\b|\budid\b|getAdvertisingIdInfo|AdvertisingIdClient": "device ids",
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
    "device ids": ("device id", "device ids", "device", "idfa", "advertising id", "android id", "device identifier"),
    "the users' IP addresses and request headers (with cookies)": ("pii", "send_default_pii", "senddefaultpii", "personal data", "ip addresses",
                                                            "ip address", "cookies", "headers", "user data", "user info"),
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
        if found and not (s.host == "your-analytics-endpoint" and out):  # (a vendor's call read already)
            out.append((s.name, s.host, found))
    return out


def asked_for(fields: list[str], messages: tuple[str, ...] | list[str]) -> bool:
    """The user's words name every kind of personal data the code sends."""
    words = " ".join(messages).lower()
    return all(any(lazyre.whole(w, words) is not None for w in ASKED.get(f, (f,))) for f in fields)


# ------------------------------------------------------------------------ error reporters given the whole environment
#: Error-reporting, APM and telemetry SDKs, as their names appear in code and configuration of any language (lower
#: case): Sentry, Bugsnag, Rollbar, Honeybadger, Airbrake, Raygun, AppSignal, New Relic, Datadog (ddtrace, dd-trace),
#: OpenTelemetry (otel), Elastic APM, Scout, Instana, Dynatrace, Application Insights, Crashlytics, Exceptionless,
#: GlitchTip, Highlight, LogRocket and the analytics services above.
REPORTERS = ("sentry", "bugsnag", "rollbar", "honeybadger", "airbrake", "raygun", "appsignal", "newrelic", "new_relic", "datadog",
             "ddtrace", "dd-trace", "opentelemetry", "otel", "elastic-apm", "elastic_apm", "elasticapm", "scout_apm", "instana",
             "dynatrace", "applicationinsights", "telemetryclient", "crashlytics", "exceptionless", "glitchtip", "highlight.", "semconv", "opentracing", "globaltracer", "tracer", "apm",
             "logrocket", *_WORDS)  # fmt: skip
#: Where a reporter's event, scope or resource takes data (every SDK's spelling): extras, contexts, metadata, tags,
#: attributes, custom data, the hooks that edit an event before it is sent, notify calls.
ATTACH = lazyre.compile(r"(?i)extras?\b|set_?extra|context|meta_?data|add_?tab|\btags?\b|set_?tag|attributes?\b|attrs\b|\bcustom"
                        r"|before_?send|on_?error|add_on_error|notify|resource|breadcrumb|set_?user|payload|properties|scope")
#: Lines that hand the environment to a process started by the code (its own business, not a report).
CHILD_ENV = lazyre.compile(r"(?i)\.Env\s*=|\benv\s*[:=]\s*(?:append\(|\{|\[|dict|os\.environ|process\.env|\.\.\.)|"
                           r"exec\.Command|ProcessStartInfo|ProcessBuilder|spawn|subprocess|System\.cmd|Command::new|\.envs?\(")
ENV_WINDOW = 10  # lines on each side of a whole-environment read in which an attach word or the reporter is named


def reported_env(text: str) -> str | None:
    """The reporter an error-reporting or telemetry configuration or call gives the whole environment to (in any
    language the vocabulary knows: `ENV.to_h`, `System.get_env()`, `Environment.GetEnvironmentVariables()`,
    `std::env::vars()`, `os.Environ()` ...), or None."""
    from automode.shell.code_vocab import WHOLE_ENV_RE, near_env

    low = text.lower()
    if "env" not in low and "$_server" not in low:
        return None  # every whole-environment reader is spelled with one of these
    vendor = next((w for w in REPORTERS if w in low), None)
    if vendor is None:
        return None
    lines = text.splitlines()
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    for m in near_env(WHOLE_ENV_RE, text):
        i = text.count("\n", 0, m.start())
        if CHILD_ENV.search(lines[i] if i < len(lines) else ""):
            continue
        window = "\n".join(lines[max(0, i - ENV_WINDOW):i + ENV_WINDOW + 1])
        if ATTACH.search(window) or vendor in window.lower():
            return vendor.strip(".").capitalize()
    return None


#: Settings that make an error reporter send the personal data of the application's users with every event (the
#: users' IP addresses, cookies, request headers and bodies): Sentry `send_default_pii` in every SDK's spelling,
#: Rollbar `capture_ip` / `capture_email` / `capture_username`, an APM's attribute rule that includes every request
#: header or parameter (New Relic `attributes.include: ['request.headers.*']`).
PII_SWITCH = lazyre.compile(r"""(?i)\b(send_?default_?pii|capture_?(?:ip|email|username))['"]?\s*(?:=>|[:=])\s*(?:true|1|['"]?(?:true|yes|on|full)['"]?)\b|"""
                            # New Relic / Datadog / Elastic APM attribute rules that keep every request header or parameter
                            r"""['"](request\.(?:headers|parameters)\.\*)['"]""")
PII_FIELDS = "the users' IP addresses and request headers (with cookies)"  # one field: no ", " (the mark's separator)


def pii_switches(text: str) -> list[str]:
    """The settings, as written, that turn on sending the users' personal data with every report."""
    return [" ".join(m.group(0).split()) for m in PII_SWITCH.finditer(text)]
