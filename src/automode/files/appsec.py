"""Application security in an edit (issue 11 §3): authentication, authorisation and CSRF checks removed or made
to always pass, signature checks deleted, CORS opened, debug or weak password hashing, session cookies that lose
their flags and tokens that live for years. Each check compares what the edit removes with what it adds.
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.files.diff import BIG, TEST_PATH, Weakening, _q, _rel, added, first_line, removed
from automode.linecut import lines_with
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView


# ------------------------------------------------------------------------------------------------ auth / CSRF
AUTH = lazyre.compile(r"""middleware\(\s*\[?\s*['"](?:auth|can:|verified|role:|permission:)|->middleware\(\s*['"]auth|\blogin_required\b|"""
                  r"""\bpermission_required\b|\buser_passes_test\b|\bstaff_member_required\b|LoginRequiredMixin|PermissionRequiredMixin|"""
                  r"""@requires_auth|@jwt_required|@auth\.login_required|@login_manager|@roles_required|@roles_accepted|"""
                  r"""before_action\s+:authenticate\w*|before_action\s+:authorize\w*|before_filter\s+:authenticate|"""
                  r"""\bprotect_from_forgery\b|\bauthorize!|\bauthorize\s+@|\bauthorize_resource\b|load_and_authorize_resource|"""
                  r"""\[Authorize\b|@PreAuthorize|@Secured|@RolesAllowed|\.authenticated\(\)|"""
                  r"""\brequireAuth\w*\b|\bensureLoggedIn\b|\bensureAuthenticated\b|passport\.authenticate\(|\bauthMiddleware\b|"""
                  r"""\brequire_login\b|\bIsAuthenticated\b|\bIsAdminUser\b|CsrfViewMiddleware|\b(?:Verify|Validate)CsrfToken\b|"""
                  r"""AuthenticationMiddleware|\bcsrf\(|\bcsurf\b|CSRFProtect\(|\bUseAuthorization\(|\bUseAuthentication\(|"""
                  # Middleware registered on a router or app whose name says it checks who is calling (Go, Express ...).
                  r"""\.(?:Use|use|UseMiddleware|middleware|before_request)\(\s*[\w.]*(?:[Aa]uth|[Tt]oken|[Jj]wt|JWT|[Ss]ession|[Pp]ermission|"""
                  r"""[Rr]equire[A-Z]|[Gg]uard|[Cc]srf|CSRF)\w*|"""
                  # Permission tests of the frameworks: Django, Laravel, Symfony, CanCan, Pundit.
                  r"""\.has_perms?\(|\bhas_permission\(|\buser_can\(|\bGate::(?:allows|denies|authorize)|->can\(|\bisGranted\(|"""
                  r"""denyAccessUnlessGranted\(|\bcan\?\s*[(:]|\bcannot\?\s*[(:]|\bpolicy_scope\(""")  # fmt: skip
#: A request turned away because the caller is not logged in or not allowed: the guard clause itself.
#: The same checks in more frameworks' spellings (session 11, S5), one row per framework, from their references:
#: Spring Security (Java and the Kotlin DSL), ASP.NET minimal APIs, Phoenix pipelines and plugs, axum/actix/tower
#: layers, Rails route constraints and Pundit, Vapor, Ktor, NestJS guards, Symfony, Go chi/gin middleware.
AUTH_MORE_ROWS = (
    r"\bhas(?:Any)?(?:Role|Authority)\s*\(", r",\s*authenticated\s*\)", r"\.(?:fullyAuthenticated|hasIpAddress)\s*\(",  # Spring
    r"\.RequireAuthorization\s*\(", r"\bAuthorizationPolicy\b",  # ASP.NET
    r":require_(?:authenticated_user|admin|user|login|auth\w*)\b", r"\bplug\s+:(?:authenticate\w*|require_\w+|ensure_\w+)\b",
    r"Guardian\.Plug\.EnsureAuthenticated",  # Phoenix
    r"\brequire_(?:admin|auth\w*|login|user|role\w*)\b", r"\bHttpAuthentication::\w+", r"\bfrom_fn(?:_with_state)?\s*\(\s*(?:[\w:]+::)?(?:auth|require)\w*",
    r"\.wrap\s*\(\s*(?:[\w:]+::)?\w*[Aa]uth\w*",  # axum / actix / tower
    r"\bauthenticated?\s+:\w+", r"\bverify_authorized\b", r"\bpolicy_scope\b",  # Rails routes, Devise, Pundit
    r"\.guardMiddleware\s*\(", r"\.authenticator\s*\(\s*\)",  # Vapor
    r"\bauthenticate\s*\(\s*\"[\w-]+\"\s*\)\s*\{",  # Ktor
    r"@UseGuards\s*\(", r"\bAuthGuard\s*\(",  # NestJS
    r"#\[IsGranted\s*\(", r"\bdenyAccessUnlessGranted\s*\(", r"\bis_granted\s*\(",  # Symfony
    r"\bjwtauth\.(?:Verifier|Authenticator)\b", r"\bAuthRequired\s*\(\s*\)", r"\bBasicAuth\s*\(",  # Go chi / gin
)  # fmt: skip
AUTH_MORE = lazyre.compile("|".join(f"(?:{r})" for r in AUTH_MORE_ROWS))
GUARD = lazyre.compile(r"""\bstatus\(\s*(?:401|403)\s*\)|\bsendStatus\(\s*(?:401|403)\s*\)|\bStatus(?:Unauthorized|Forbidden)\b|"""
                   r"""\babort\(\s*(?:401|403)\b|\braise\s+(?:PermissionDenied|Unauthorized|Forbidden|NotAuthenticated|AuthenticationFailed|"""
                   r"""HTTPException\(\s*(?:status_code\s*=\s*)?(?:401|403))|HttpResponseForbidden|\bthrow\s+new\s+\w*(?:Unauthori[sz]ed|Forbidden|"""
                   r"""AccessDenied|Authentication)\w*|\bhead\s+:(?:unauthorized|forbidden)|status:\s*:(?:unauthorized|forbidden)|"""
                   r"""HttpStatus\.(?:UNAUTHORIZED|FORBIDDEN)|\b(?:Unauthorized|Forbid|Challenge)\(\)|\bredirect_to_login\(|"""
                   r"""\bredirect\(\s*['"][^'"]*login""")  # fmt: skip
CSRF_OFF = lazyre.compile(r"@csrf_exempt|skip_before_action\s+:verify_authenticity_token|protect_from_forgery\s+with:\s*:null_session|"
                      r"csrf\(\)\.disable\(\)|WTF_CSRF_ENABLED\s*=\s*False|csrf\s*[:=]\s*false|skip_forgery_protection|"
                      r"skip_before_action\s+:authenticate\w*|"
                      # paths left out of the check: Spring Security `ignoringRequestMatchers`, Laravel `$except`
                      r"\.ignoring(?:RequestMatchers|AntMatchers)\(\s*[\"']|\$except\s*=\s*\[\s*[\"']")  # fmt: skip
SHORT_CIRCUIT = lazyre.compile(r"(?:def|function|func)\s+\(?\w*\)?\s*(\w*(?:[Pp]ermission|[Aa]uthori[sz]|[Aa]uthentic|[Ii]s_?[Aa]dmin|"
                           r"[Cc]an_?[A-Z_a-z]+|[Vv]erify|[Cc]heck_?[Aa]ccess|[Hh]as_?[Aa]ccess|[Ii]s_?[Oo]wner|[Aa]llowed|[Mm]ay_?[A-Z_a-z]+)\w*)"
                           r"\s*\([^)]*\)[^{:\n]*[{:]\s*\n?\s*return\s+(?:True|true)\b|"
                           # `const canEdit = (user, doc) => true`: an arrow function that answers yes to everyone.
                           r"(?:const|let|var|val)\s+(\w*(?:[Pp]ermission|[Aa]uthori[sz]|[Aa]uthentic|[Ii]s_?[Aa]dmin|[Cc]an[A-Z_]\w*|"
                           r"[Hh]as_?[Aa]ccess|[Ii]s_?[Oo]wner|[Aa]llowed)\w*)\s*(?::[^=\n]+)?=\s*(?:async\s*)?\([^)]*\)\s*(?::\s*[\w<>]+\s*)?"
                           r"=>\s*(?:true|\{\s*return\s+true;?\s*\})\s*[;,\n]")  # fmt: skip
#: The same in the other languages' spellings: Ruby `def authorized?; true; end`, Elixir `def can?(_, _), do: true`,
#: Java/C#/Kotlin/Swift/Rust/PHP methods typed boolean whose body or expression is `true`.
_CHECK_NAME = (r"\w*(?:[Cc]an\?|[Pp]ermission|[Aa]uthori[sz]|[Aa]uthentic|[Ii]s_?[Aa]dmin|[Cc]an_?[A-Z_a-z]+|[Vv]erify|[Cc]heck_?[Aa]ccess|"
               r"[Hh]as_?[Aa]ccess|[Ii]s_?[Oo]wner|[Aa]llowed|[Mm]ay_?[A-Z_a-z]+)\w*[!?]?")
SHORT_CIRCUIT_TYPED = lazyre.compile(
    r"\bdef\s+(?:self\.)?(" + _CHECK_NAME + r")(?:\([^)]*\))?\s*(?:;|\n)\s*(?:return\s+)?true\s*(?:;|\n)\s*end\b|"
    r"\bdefp?\s+(" + _CHECK_NAME + r")\s*\([^)]*\)\s*,\s*do:\s*true\b|"
    r"\b(?:boolean|bool|Boolean|Bool|Task<bool>|fun|func|fn|function)\s+(" + _CHECK_NAME + r")\s*(?:<[^>]*>)?\s*\([^)]*\)\s*"
    r"(?::\s*\??\w+|->\s*\w+)?\s*(?:throws\s+[\w., ]+)?\s*(?:\{\s*(?:return\s+)?true;?\s*\}|=>?\s*true\b)")  # fmt: skip


WEBHOOK = lazyre.compile(r"(?i)webhooks?|callbacks?")
SCOPED = lazyre.compile(r"\b(?:only|except)\s*:|@csrf_exempt")


def _webhook_scoped(m: re.Match[str], w: WriteView) -> bool:
    """A CSRF exemption of one webhook endpoint (`skip_forgery_protection only: :create` in a webhooks controller,
    `@csrf_exempt` on a webhook view): servers posting events carry no browser cookie, so the token check only
    refuses them; their signature check is what protects the endpoint (removing that one is AM-WRITE-004)."""
    line = w.new[w.new.rfind("\n", 0, m.start()) + 1:w.new.find("\n", m.end()) if "\n" in w.new[m.end():] else len(w.new)]
    if m.group(0).startswith((".ignoring", "$except")):
        # a list of paths left out of the check (Spring `ignoringRequestMatchers`, Laravel `$except`): scoped when
        # every path listed is a webhook's or a callback's
        end = w.new.find(")" if m.group(0).startswith(".") else "]", m.end())
        paths = re.findall(r"""['"]([^'"\n]+)['"]""", w.new[m.start():end if end > 0 else len(w.new)])
        return bool(paths) and all(WEBHOOK.search(p) for p in paths)
    if "csrf" not in m.group(0) and "forgery" not in m.group(0) and "authenticity" not in m.group(0):
        return False  # a login check skipped is not a token check
    return bool(WEBHOOK.search(w.path) or WEBHOOK.search(w.new[max(0, m.start() - 200):m.end() + 200])) and bool(SCOPED.search(line))


# ------------------------------------------------------------------------------------------------ magic values
#: Values a caller sends with a request, as frameworks read them: headers, query and form parameters, cookies and
#: body fields (Express/Koa/fetch, Django/Flask/FastAPI/DRF, Rails/Rack, net/http/gin/echo, Servlet/Spring, Laravel and
#: plain PHP, ASP.NET). Not the path, method or route (routing decides those, not a secret).
REQUEST_VALUE = lazyre.compile(
    r"""\b(?:req|request|ctx|context)\.(?:headers|query|body|cookies|signedCookies|params|get|header|cookie)\b|"""
    r"""\brequest\.(?:args|GET|POST|META|COOKIES|form|values|query_params|data|json|REQUEST)\b|"""
    r"""\bheaders\.get\(|\b(?:params|cookies)\[|\brequest\.(?:query_parameters|request_parameters)\b|"""
    r"""\b\w+\.Header\.Get\(|\.URL\.Query\(\)\.Get\(|\.(?:FormValue|PostFormValue|GetHeader|DefaultQuery|QueryParam|"""
    r"""FormValue)\(|\b\w+\.Cookie\(|\bc\.(?:Query|PostForm|Param|Get|Request\(\)\.Header)\b|"""
    r"""\.get(?:Header|Parameter|Cookies|QueryString)\(|\$request->(?:header|input|query|cookie|get|bearerToken)\(|"""
    r"""\$_(?:GET|POST|REQUEST|COOKIE|SERVER)\[|\bRequest\.(?:Headers|Query|Cookies|Form)\[""")  # fmt: skip
#: A comparison with a value written in the code (a string literal on either side).
LITERAL_CMP = lazyre.compile(r"""(?:===?|!==?|\beq\b|\.equals\(|\.equal\?\(|\.Equals\()\s*['"][^'"\n]{2,}['"]|"""
                             r"""['"][^'"\n]{2,}['"]\s*(?:===?|\.equals\(|\.Equals\(|\beq\b)""")  # fmt: skip
#: What lets the request through without the check: the next handler called, the request permitted or handed an
#: identity, the check's condition in a Rails filter option.
PASS_THROUGH = lazyre.compile(
    r"""\breturn\s+(?:await\s+)?next\(|^\s*(?:await\s+)?next\(\s*\)|\bnext\.ServeHTTP\(|\bc\.Next\(\)|\breturn\s+\$next\(|"""
    r"""\.permitAll\(\)|\bAllowAny\b|\breturn\s+(?:view_func|f|func|fn|handler|view|wrapped)\(|\breturn\s+(?:None|true|True)\b|"""
    r"""^\s*return\s*;?\s*$|\breturn\s*\(?\s*\w*(?:[Uu]ser|[Aa]dmin|[Aa]ccount)\b|\blogin(?:_user)?\(|\bsign_in\(|"""
    r"""\b(?:request|g)\.user\s*=|\bskip_(?:before_action|authorization|authentication)\b|\bskip_policy_scope\b|"""
    r"""\b(?:unless|if):\s*(?:->|proc|lambda)""", re.M)  # fmt: skip
AUTH_PLACE = lazyre.compile(r"(?i)auth|login|logged|session|permission|guard|security|admin|protect|access|token|"
                            r"before_request|before_action|middleware|policy|credential")


def magic_value_bypass(w: WriteView, root: str) -> Weakening | None:
    """An authentication or authorisation check that lets a request through when a value the caller sends (a header,
    a parameter, a cookie) equals a value written in the code: whoever learns the value is in, unauthenticated. A
    comparison with a secret from the environment or settings is an API key check, not this; an exemption by path
    or method (health checks, CORS preflight) compares no caller-sent value."""
    if TEST_PATH.search(w.path):
        return None
    old = set(ln.strip() for ln in w.old.splitlines())
    lines = w.new.splitlines()
    for i, ln in enumerate(lines):
        if ln.strip() in old or not REQUEST_VALUE.search(ln) or not LITERAL_CMP.search(ln):
            continue
        window = "\n".join(lines[i:i + 4])
        if PASS_THROUGH.search(window) is None:
            continue
        place = w.path + "\n" + "\n".join(lines[max(0, i - 15):i + 1])
        if AUTH.search(place) is None and AUTH_PLACE.search(place) is None:
            continue
        return Weakening("auth", f"lets a request skip the authentication check when it carries a value written in "
                         f"the code (`{' '.join(ln.split())[:100]}`) in {_rel(w, root)}", " ".join(ln.split())[:80])
    return None


def _test_file(path: str) -> bool:
    """A test file; a Rust source file holds its unit tests inline but is code first (its `tests/` are tests)."""
    return bool(TEST_PATH.search(path)) and not (path.endswith(".rs") and "/tests/" not in path and "/benches/" not in path)


def auth_weakened(w: WriteView, root: str) -> Weakening | None:
    rel = _rel(w, root)
    bypass = magic_value_bypass(w, root)
    if bypass is not None:
        return bypass
    m = added(CSRF_OFF, w)
    if m is not None and not _test_file(w.path) and not _webhook_scoped(m, w):
        # Webhook and API endpoints are exempted this way on purpose; an exemption is still the user's call.
        return Weakening("auth-exempt", f"exempts an endpoint from CSRF or login checks ({_q(m)}) in {rel}", _q(m))
    if _test_file(w.path):
        return None
    m = removed(AUTH, w) or removed(AUTH_MORE, w)
    if m is not None:
        return Weakening("auth", f"removes an authentication or authorisation check ({_q(m)}) in {rel}", _q(m))
    m = removed(GUARD, w)
    if m is not None:
        return Weakening("auth", f"removes the check that turns away callers who are not logged in or not allowed "
                         f"({first_line(GUARD, w.old)}) in {rel}", _q(m))
    m = added(SHORT_CIRCUIT, w) or added(SHORT_CIRCUIT_TYPED, w)
    if m is not None and w.before_known:
        name = next((g for g in m.groups() if g), "")
        return Weakening("auth", f"makes the permission check {name} always succeed in {rel}", _q(m))
    return None



# ------------------------------------------------------------------------------------------------ signatures
#: Calls that check a signature or a MAC before trusting a message (webhooks, tokens, callbacks).
SIGNATURE = lazyre.compile(r"""\bconstruct_?[Ee]vent\(|\bverify_?[Ss]ignature\w*\(|\bverify_?[Ww]ebhook\w*\(|\bvalidate_?[Ss]ignature\w*\(|"""
                       r"""\bValidateSignature\w*\(|\bhmac\.(?:compare_digest|Equal)\(|\btimingSafeEqual\(|\bsecure_compare\(|"""
                       r"""\bsecure_compare\b|ActiveSupport::SecurityUtils|\bWebhook\.verify\(|\bjwt\.verify\(|\bverifyJwt\w*\(|"""
                       r"""\bMessageDigest\.isEqual\(|\bhash_equals\(|\bverify_hmac\w*\(|\bcheck_signature\w*\(|"""
                       # more languages (session 11, S5): .NET, Rust, Swift, Go, PHP, Elixir/Erlang, Node, Java spellings
                       r"""\bEventUtility\.ConstructEvent\(|\bFixedTimeEquals\(|\.Verify(?:Data|Hash)\(|\bverify_(?:slice|tag|truncated_left)\(|"""
                       r"""\bhmac::verify\(|\bconstant_time_eq\(|\.ct_eq\(|\.verify_strict\(|\bisValid(?:AuthenticationCode|Signature)\(|"""
                       r"""\bsubtle\.ConstantTimeCompare\(|\bed25519\.Verify\(|\brsa\.Verify(?:PKCS1v15|PSS)\(|\becdsa\.Verify\w*\(|"""
                       r"""\bopenssl_verify\(|\bsodium_crypto_sign_verify_detached\(|:crypto\.hash_equals\(|:public_key\.verify\(|"""
                       r"""\bcrypto\.verify\(|\bverifier\.verify\(|\bSignature\.getInstance\(""")  # fmt: skip
SIGNATURE_WORDS = ("construct", "signature", "webhook", "hmac", "timingsafe", "secure_compare", "securityutils", "verify",
                   "isequal", "hash_equals", "fixedtimeequals", "constant_time", "ct_eq", "isvalid", "constanttimecompare",
                   "hash_equals")


def signature_removed(w: WriteView, root: str) -> Weakening | None:
    """An edit that deletes the signature or MAC check in front of a webhook, callback or token (`construct_event`,
    `hmac.compare_digest`) and adds none back."""
    if not w.old or _test_file(w.path) or not any(map(w.old.lower().__contains__, SIGNATURE_WORDS)):
        return None
    m = removed(SIGNATURE, w)
    if m is None:
        return None
    return Weakening("verify", f"removes the signature check ({first_line(SIGNATURE, w.old)}) in {_rel(w, root)}", _q(m))


# ------------------------------------------------------------------------------------------------ exposure
CORS_ANY = lazyre.compile(r"""Access-Control-Allow-Origin['"]?\s*[,:=]\s*['"]\*|\borigins?\s*[:=]\s*(?:\[\s*)?['"]\*['"]|allow_origins\s*=\s*\[\s*['"]\*|"""
                      r"""CORS_ALLOW_ALL_ORIGINS\s*=\s*True|CORS_ORIGIN_ALLOW_ALL\s*=\s*True|AllowAnyOrigin\(\)|\borigin\s*:\s*true\b|"""
                      r"""AllowedOrigins\s*:\s*\[\]string\{\s*"\*"|allowedOrigins\(\s*"\*"|SetIsOriginAllowed\(\s*_\s*=>\s*true|"""
                      r"""\borigins\s+['"]\*['"]|@CrossOrigin\(\s*(?:origins\s*=\s*)?\{?\s*"\*"|allowedOriginPatterns\(\s*"\*"|"""
                      r"""\bAllowOrigins\s*:\s*(?:\[\]string\{\s*)?"\*"|allow_origin\s*[:=]\s*['"]\*|"""
                      r"""allowed_origins['"]?\s*=>\s*\[\s*['"]\*['"]|"""  # Laravel config/cors.php
                      # a function that admits every origin (go rs/cors, gin-contrib/cors; tower-http's Any/permissive)
                      r"""AllowOrigin(?:Request|VaryRequest|WithContext)?Func\s*:\s*func\s*\([^)]*\)\s*(?:\([^)]*\)|bool)\s*\{\s*return\s+true\b|"""
                      r"""allow_origin\(\s*(?:Any|AllowOrigin::any\(\))\s*\)|CorsLayer::permissive\(\)|CorsLayer::very_permissive\(\)""")  # fmt: skip
#: A named origin (scheme and host) in CORS settings: what `*` replaces when an edit widens them.
NAMED_ORIGIN = lazyre.compile(r"""(?:origins?|Origins?|ORIGINS|allow_origins|AllowOrigins|AllowedOrigins)\b[^\n]{0,40}['"]https?://[\w.-]+""")
CREDENTIALS = lazyre.compile(r"""allow_credentials\s*=\s*True|credentials\s*:\s*true|Access-Control-Allow-Credentials['"]?\s*[,:=]\s*['"]?true|"""
                         r"""CORS_ALLOW_CREDENTIALS\s*=\s*True|supports_credentials\s*=\s*True|AllowCredentials\s*(?:\(\)|:\s*true)|"""
                         r"""allowCredentials\(\s*true|['"]supports_credentials['"]\s*=>\s*true""", re.I)  # fmt: skip
PROD_PATH = lazyre.compile(r"([/._-](prod|production|live)([/._-][^/]*)?|/(prod|production)/[^/]+)"
                       r"(\.(py|exs|rb|ya?ml|json|toml|ini|cfg|conf|properties|php|js|ts)|\.env[\w.]*|/\.env)$|/\.env\.(prod|production)$", re.I)
DEBUG_ON = lazyre.compile(r"^\s*DEBUG\s*[=:]\s*(?:True|true|1|['\"](?:true|1|True)['\"])|^\s*APP_DEBUG\s*=\s*true|^\s*FLASK_DEBUG\s*=\s*1|"
                      r"consider_all_requests_local\s*=\s*true|^\s*debug\s*:\s*true|ALLOWED_HOSTS\s*=\s*\[\s*['\"]\*|"
                      r"SESSION_COOKIE_SECURE\s*=\s*False|CSRF_COOKIE_SECURE\s*=\s*False|SECURE_SSL_REDIRECT\s*=\s*False|"
                      r"force_ssl\s*=\s*false|code_reloader\s*:\s*true|debug_errors\s*:\s*true", re.M)  # fmt: skip
HASH_COST = lazyre.compile(r"log_rounds\s*[:=]\s*[1-9]\b|BCRYPT_(?:LOG_)?ROUNDS\s*[:=]\s*['\"]?[1-9]\b|\bstretches\s*=\s*[1-9]\b|"
                       r"\b(?:[A-Z_]*_)?(?:rounds|ROUNDS|Rounds)\s*[:=]\s*[1-9]\b|\b(?:[A-Z_]*_)?(?:cost|COST)\s*[:=]\s*[1-9]\b|"
                       r"\bgensalt\(\s*(?:rounds\s*=\s*)?[1-9]\s*\)|\bgenSalt(?:Sync)?\(\s*[1-9]\s*\)|"
                       r"\bt_cost\s*[:=]\s*1\b|\biterations\s*[:=]\s*\d{1,3}\b|"
                       # Hashers with no cost at all: unsalted or fast digests used for passwords.
                       r"MD5PasswordHasher|UnsaltedSHA1PasswordHasher|UnsaltedMD5PasswordHasher|SHA1PasswordHasher|PlainTextPasswordEncoder|"
                       r"NoOpPasswordEncoder|\bhashlib\.(?:md5|sha1|sha256)\(\s*\w*(?:password|passwd|pw)\w*|"
                       r"createHash\(\s*['\"](?:md5|sha1|sha256)['\"]\s*\)\s*\.update\(\s*\w*(?:password|passwd)\w*|"
                       r"\bmd5\(\s*\$\w*(?:password|passwd)\w*|Digest::(?:MD5|SHA1)\.hexdigest\(\s*\w*password")  # fmt: skip
HASH_WORDS = ("rounds", "cost", "hasher", "md5", "sha1", "sha256", "gensalt", "iterations", "stretches", "encoder", "digest")
COOKIE_WORDS = ("cookie", "secure", "httponly", "http_only", "samesite", "same_site")
LIFETIME_WORDS = ("lifetime", "expir", "ttl", "age", "timeout", "remember", "exp")
#: Settings of an environment that is not production: development, local, test, CI.
NONPROD_PATH = lazyre.compile(r"(^|/|[._-])(dev|development|local|test|testing|ci|e2e|example|sample)([._-][^/]*)?\.\w+$|"
                          r"/(dev|development|local|test|testing)/[^/]+$|\.env\.(dev|development|local|test|example)$", re.I)


def exposure(w: WriteView, root: str) -> Weakening | None:
    """CORS open to every origin together with credentials. (Secrets hard-coded, logged or put in client-exposed
    variables are the secret-flow rules' AM-EXFIL-017/018, which read every write.)"""
    m = added(CORS_ANY, w, ("origin", "cors"))
    if m is None:
        return None
    if CREDENTIALS.search(w.new):
        return Weakening("exposure", f"opens CORS to every origin with credentials in {_rel(w, root)}", _q(m))
    if removed(NAMED_ORIGIN, w) is not None and not TEST_PATH.search(w.path):
        # The named origins replaced by every origin: the allow list is gone (a request for it names the origins: "any
        # origin", "open CORS"; one more origin named is not this).
        return Weakening("exposure", f"opens CORS from the named origins to every origin in {_rel(w, root)}", _q(m))
    return None


def production(w: WriteView, root: str) -> Weakening | None:
    """Settings files of the production environment (`settings/production.py`, `config/prod.exs`, `.env.production`)."""
    if TEST_PATH.search(w.path):
        return None
    rel = _rel(w, root)
    m = added(DEBUG_ON, w)
    if m is not None:
        return Weakening("exposure", f"turns on debug or turns off a security setting in production settings {rel}", _q(m))
    return None


def hashing(w: WriteView, root: str) -> Weakening | None:
    """Password hashing made cheap (a low cost or round count, a fast unsalted digest) anywhere but test and
    development settings: the hashes of every later password crack fast."""
    if TEST_PATH.search(w.path) or NONPROD_PATH.search(w.path):
        return None
    if not re.search(r"bcrypt|argon|scrypt|pbkdf|hash|password|passwd|stretches|salt", w.path + w.new + w.old, re.I):
        return None
    m = added(HASH_COST, w, HASH_WORDS)
    if m is None:
        return None
    return Weakening("exposure", f"weakens password hashing ({_q(m)}) in {_rel(w, root)}", _q(m))


# ------------------------------------------------------------------------------------------------ sessions
COOKIE_OFF = lazyre.compile(r"""\b(?:SESSION|CSRF|REMEMBER|AUTH|LANGUAGE)?_?COOKIE_(?:SECURE|HTTPONLY)\s*=\s*False|"""
                        r"""\bSESSION_COOKIE_SAMESITE\s*=\s*(?:None|['"]None['"])|\bhttp_?[Oo]nly['"]?\s*[:=]\s*(?:false|False)\b|"""
                        r"""\bsecure['"]?\s*[:=]\s*(?:false|False)\b|\bsame_?[Ss]ite['"]?\s*[:=]\s*(?:['"][Nn]one['"]|:none|None)|"""
                        r"""\bset(?:HttpOnly|Secure)\(\s*false\s*\)|\b(?:HttpOnly|Secure)\s*=\s*false\b|SameSiteMode\.None|"""
                        r"""\bhttponly\s*:\s*false|SameSite=None""")  # fmt: skip
COOKIE_ON = lazyre.compile(r"""\b(?:SESSION|CSRF|REMEMBER|AUTH|LANGUAGE)?_?COOKIE_(?:SECURE|HTTPONLY)\s*=\s*True|"""
                       r"""\bSESSION_COOKIE_SAMESITE\s*=\s*['"](?:Lax|Strict)['"]|\bhttp_?[Oo]nly['"]?\s*[:=]\s*(?:true|True)\b|"""
                       r"""\bsecure['"]?\s*[:=]\s*(?:true|True)\b|\bsame_?[Ss]ite['"]?\s*[:=]\s*(?:['"](?:[Ll]ax|[Ss]trict)['"]|:(?:lax|strict))|"""
                       r"""\bset(?:HttpOnly|Secure)\(\s*true\s*\)|\b(?:HttpOnly|Secure)\s*=\s*true\b|SameSiteMode\.(?:Lax|Strict)|"""
                       r"""\bhttponly\s*:\s*true|SameSite=(?:Lax|Strict)""")  # fmt: skip
#: A token or session lifetime setting and its value (to the end of the line).
LIFETIME = lazyre.compile(r"""(?i:\b([\w]*(?:token|session|jwt|cookie|refresh|access|remember)[\w]*(?:lifetime|expir\w*|ttl|_age|maxage|timeout))\b"""
                      r"""|\b(expiresIn|expires_in|maxAge|max_age|expire_after|expires_after|remember_for|exp))['"]?\s*[:=]\s*([^\n]{1,80})""")  # fmt: skip
_UNIT = {"s": 1, "sec": 1, "second": 1, "seconds": 1, "m": 60, "min": 60, "minute": 60, "minutes": 60, "h": 3600, "hour": 3600,
         "hours": 3600, "d": 86400, "day": 86400, "days": 86400, "w": 604800, "week": 604800, "weeks": 604800,
         "y": 31536000, "year": 31536000, "years": 31536000, "ms": 0.001}  # fmt: skip


def _duration(v: str) -> tuple[float, bool] | None:
    """(amount, whether it is in seconds) of a lifetime value: `timedelta(days=365)`, `'15m'`, `30.days`,
    `60 * 60 * 24`; a bare number keeps its unknown unit (compared only with the same setting's old value)."""
    kw = re.findall(r"\b(weeks|days|hours|minutes|seconds)\s*=\s*(\d+(?:\.\d+)?)", v)
    if kw:
        return sum(float(n) * _UNIT[u] for u, n in kw), True
    m = re.search(r"""['"]?(\d+(?:\.\d+)?)\s*\.?\s*(ms|s|sec|seconds?|m|min|minutes?|h|hours?|d|days?|w|weeks?|y|years?)\b""", v)
    if m:
        return float(m.group(1)) * _UNIT[m.group(2)], True
    m = re.match(r"\s*(\d+(?:\.\d+)?(?:\s*\*\s*\d+(?:\.\d+)?)*)\s*(?:[,;)}\]#/]|$)", v)
    if m:
        total = 1.0
        for part in m.group(1).split("*"):
            total *= float(part)
        return total, False
    return None


def _lifetimes(text: str) -> dict[str, tuple[float, bool]]:
    out: dict[str, tuple[float, bool]] = {}
    for m in LIFETIME.finditer(text):
        d = _duration(m.group(3))
        if d is not None:
            out.setdefault((m.group(1) or m.group(2)).lower(), d)
    return out


def _say(seconds: float) -> str:
    for unit, n in (("years", 31536000), ("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= n:
            return f"{seconds / n:g} {unit}"
    return f"{seconds:g} seconds"


def sessions(w: WriteView, root: str) -> Weakening | None:
    """Session cookies that lose their Secure / HttpOnly / SameSite flags, and token or session lifetimes stretched
    tenfold or more (to a day or longer): a stolen cookie or token then works for much longer or anywhere."""
    if not w.old or TEST_PATH.search(w.path) or NONPROD_PATH.search(w.path):
        return None
    rel = _rel(w, root)
    m = added(COOKIE_OFF, w, COOKIE_WORDS)
    if m is not None and removed(COOKIE_ON, w) is not None:
        return Weakening("session", f"drops the session cookie's protection ({_q(m)}) in {rel}", _q(m))
    before = _lifetimes(lines_with(w.old, LIFETIME_WORDS) if len(w.old) > BIG else w.old)
    if before:
        for k, (v, secs) in _lifetimes(lines_with(w.new, LIFETIME_WORDS) if len(w.new) > BIG else w.new).items():
            was = before.get(k)
            if was is None or was[1] != secs or was[0] <= 0 or v < 10 * was[0] or (secs and v < 86400):
                continue
            how = f"from {_say(was[0])} to {_say(v)}" if secs else f"from {was[0]:g} to {v:g}"
            return Weakening("session", f"extends the lifetime {k} {how} in {rel}", f"{k} {how}")
    return None


