"""An authentication check that a request header or parameter with a fixed value skips (AM-WRITE-005).

The fact: a login or token check made conditional on what the caller sends (`unless: -> { request.headers['X-Internal']
== '1' }`, `if (req.headers.get('x-e2e-bypass') === 'token') return NextResponse.next()`, `if r.Header.Get("X-Debug") ==
"on" { next.ServeHTTP(w, r); return }`) lets anyone who sends that value in: a fixed value in the source is no secret.
Read in new code (outside tests): a line that compares a request header, cookie or query parameter with a string
literal, on the same line as or next to an authentication word (authenticate, auth, login, session, token, skip
or bypass of a check, or passing the request on: `next()`). Comparing a header with a value from configuration
(`== settings.INTERNAL_TOKEN`, `=== process.env.X`) is how service tokens work and is not matched.
"""

from __future__ import annotations

from automode import lazyre
from automode.files.diff import TEST_PATH, Weakening, _rel
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.files import WriteView

#: A header, cookie or query parameter of the request compared with a string literal, in the web frameworks'
#: spellings (Rails request.headers / params, Django request.META / headers / GET, Express req.headers / req.get /
#: req.header / req.query, Next.js req.headers.get, Flask request.headers.get / args, Go r.Header.Get / URL.Query(),
#: Laravel $request->header(), Spring @RequestHeader / request.getHeader, ASP.NET Request.Headers).
REQUEST_VALUE = lazyre.compile(
    r"""(?:request|req|r|ctx|context|\$request|Request|httpRequest|c)(?:\.|->)(?:headers?|META|GET|query|params|args|cookies|"""
    r"""Header|Headers|getHeader|URL\.Query\(\)|header|get|input|Query|Cookies)\b[^\n=!]{0,80}?"""
    r"""(?:===?|!==?|\.equals\(|\.Equals\(|\beq\b)\s*(?:["'][^"'\n]{1,80}["'])|"""
    r"""["'][^"'\n]{1,80}["']\s*(?:===?|\.equals\()\s*(?:request|req|r|\$request|Request)(?:\.|->)(?:headers?|getHeader|header|META)""")
#: Headers and parameters whose fixed values are routine to compare (content negotiation, https redirects, htmx or
#: Turbo requests, paging): no credential travels in them.
ROUTINE = lazyre.compile(r"(?i)accept|content[-_]type|user[-_]agent|x[-_]requested[-_]with|x[-_]forwarded[-_](?:proto|ssl|port)|"
                         r"upgrade|hx[-_]|turbo[-_]|sec[-_]fetch|origin|referer|if[-_]none[-_]match|cache[-_]control|encoding|"
                         r"method[-_]override|connection|\bformat\b|locale|\blang|\bpage\b|\bsort\b|per_page|\blimit\b|"
                         r"\boffset\b|x[-_]github[-_]event|x[-_]gitlab[-_]event|content[-_]length|purpose|x[-_]moz|dnt")
AUTH_WORDS = lazyre.compile(r"(?i)authenticat|\bauth|login|log_in|signin|sign_in|session|token|bypass|skip_before|"
                            r"\bunless\b|\bnext\s*\(|NextResponse\.next|ServeHTTP|permit|authoriz|current_user|is_authenticated")


def bypassed(w: WriteView, root: str) -> Weakening | None:
    if TEST_PATH.search("/" + _rel(w, root)):
        return None
    old_lines = {ln.strip() for ln in w.old.splitlines()}
    lines = w.new.splitlines()
    for i, ln in enumerate(lines):
        if ln.strip() in old_lines:
            continue
        m = REQUEST_VALUE.search(ln)
        if m is None or ROUTINE.search(m.group(0)):
            continue
        near = "\n".join(lines[max(0, i - 1):i + 3])
        if AUTH_WORDS.search(near):
            return Weakening("auth", f"lets any request that sends a fixed header or parameter value past the "
                             f"authentication check ({' '.join(m.group(0).split())[:60]}) in {_rel(w, root)}",
                             " ".join(ln.split())[:80])
    return None
