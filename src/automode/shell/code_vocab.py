"""What code does, per language, as data (session 11, surface S5: written content in every language).

One table per fact, keyed by language, each row a regular expression in the language's own spelling, with
must-match / must-not-match fixtures (`FIXTURES`, run by `tests/shell/test_code_vocab.py`):

* `WHOLE_ENV` — the whole environment as one value (a map, a list, a string): what a request or an error report
  must never carry;
* `ENV_READ` — one variable read by name (the name is the first group that matched);
* `SINKS` — HTTP, socket and mail clients (a request leaves the machine);
* `SENDS` — marks that a request carries a body (a method, a body builder, an upload);
* `HOME` — expressions that are the user's home directory;
* `DELETES` — calls that delete a path given as their first argument (recursive ones included);
* `TLS_OFF` — settings and code that turn certificate or host-name verification off (`files.weaken` reads it).

Sources, per language: Ruby (Net::HTTP, Faraday, HTTParty, RestClient, Typhoeus, HTTPX, http.rb, Excon, FileUtils,
OpenSSL::SSL), PHP (curl_*, Guzzle, Symfony HttpClient, Laravel Http facade, WordPress wp_remote_*, stream contexts,
getenv/$_ENV/$_SERVER), JVM (java.net.http.HttpClient, HttpURLConnection, OkHttp, Spring RestTemplate/WebClient/
RestClient, Apache HttpClient, Ktor, Fuel, Unirest, Jsoup, commons-io FileUtils, java.nio Files, Kotlin
deleteRecursively, X509TrustManager, HostnameVerifier), .NET (HttpClient, WebClient, HttpWebRequest, RestSharp,
Flurl, Environment.GetEnvironmentVariables, Directory.Delete, ServicePointManager, HttpClientHandler), Elixir (Req,
HTTPoison, Finch, Tesla, Mint, :httpc, :hackney, System.get_env, File.rm_rf, ssl verify_none), Rust (reqwest, ureq,
hyper, surf, isahc, attohttpc, std::env::vars, std::fs::remove_dir_all, dirs/home crates, rustls dangerous()),
Swift (URLSession, URLRequest, Alamofire, ProcessInfo.environment, FileManager.removeItem, URLAuthenticationChallenge),
Go (net/http, resty, os.Environ, os.RemoveAll, os.UserHomeDir, tls.Config), PowerShell (Invoke-RestMethod/
WebRequest, Env: drive, [Environment]::GetEnvironmentVariables, -SkipCertificateCheck, ServicePointManager).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import Any

LANGS = ("ruby", "php", "jvm", "dotnet", "elixir", "rust", "swift", "go", "powershell", "node", "perl", "python")

WHOLE_ENV: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bENV\.(?:to_h|to_hash|to_a|to_json|to_s|inspect|each(?:_pair)?|map|select|filter|reject|dup|clone|sort|slice|"
             r"filter_map|each_with_object|reduce|inject|sum)\b(?!\(['\"])", r"\bHash\[ENV\]", r"\bENV\s*[,)\]}]"),
    "php": (r"\bgetenv\(\s*\)", r"\$_ENV\b(?!\[)", r"\$_SERVER\b(?!\[)"),
    "jvm": (r"System\.getenv\(\s*\)", r"\bsys\.env\b(?!\s*[(.]\s*(?:get\s*\()?\s*\")", r"\.environment\(\s*\)"),
    "dotnet": (r"Environment\.GetEnvironmentVariables\(\s*\)",),
    "elixir": (r"System\.get_env\(\s*\)",),
    "rust": (r"\benv::vars(?:_os)?\(\s*\)",),
    "swift": (r"ProcessInfo\.processInfo\.environment\b(?!\s*\[)",),
    "go": (r"\bos\.Environ\(\)", r"\bsyscall\.Environ\(\)"),
    "powershell": (r"(?i)(?:Get-ChildItem|gci|ls|dir|Get-Item|gi)\s+(?:-Path\s+)?['\"]?env:(?:\\?\*)?['\"]?(?![\w])",
                   r"(?i)\[(?:System\.)?Environment\]::GetEnvironmentVariables\(\s*\)"),
    "node": (r"process\.env(?![.\[\w])", r"Deno\.env\.toObject\(\)", r"\bBun\.env(?![.\[\w])"),
    "perl": (r"%ENV\b",),
    "python": (r"dict\(os\.environ\)", r"os\.environ\.copy\(\)", r"\*\*os\.environ", r"=\s*os\.environ\s*[,)]"),
}  # fmt: skip

ENV_READ: dict[str, tuple[str, ...]] = {
    "ruby": (r"""ENV\[['"](\w+)['"]\]""", r"""ENV\.fetch\(\s*['"](\w+)['"]"""),
    "php": (r"""\$_ENV\[['"](\w+)['"]\]""", r"""\$_SERVER\[['"](\w+)['"]\]""", r"""\bgetenv\(\s*['"](\w+)['"]""",
            r"""\benv\(\s*['"](\w+)['"]"""),
    "jvm": (r"""System\.getenv\(\s*"(\w+)"\s*\)""", r"""\bsys\.env\s*(?:\(|\.get\(|\.getOrElse\()\s*"(\w+)\""""),
    "dotnet": (r"""Environment\.GetEnvironmentVariable\(\s*"(\w+)\"""",),
    "elixir": (r"""System\.(?:get_env|fetch_env!?)\(\s*"(\w+)\"""",),
    "rust": (r"""\benv::var(?:_os)?\(\s*"(\w+)"\s*\)""", r"""\b(?:option_)?env!\(\s*"(\w+)"\s*\)"""),
    "swift": (r"""ProcessInfo\.processInfo\.environment\[\s*"(\w+)"\s*\]""",),
    "go": (r"""\bos\.(?:Getenv|LookupEnv)\(\s*"(\w+)"\s*\)""",),
    "powershell": (r"""\$env:(\w+)""", r"""(?i)\[(?:System\.)?Environment\]::GetEnvironmentVariable\(\s*['"](\w+)['"]"""),
    "node": (r"""process\.env\.(\w+)""", r"""process\.env\[['"](\w+)['"]\]""", r"""Deno\.env\.get\(['"](\w+)['"]\)""",
             r"""\bBun\.env\.(\w+)"""),
    "perl": (r"""\$ENV\{['"]?(\w+)['"]?\}""",),
    "python": (r"""os\.environ\[['"](\w+)['"]\]""", r"""os\.environ\.get\(['"](\w+)['"]""", r"""os\.getenv\(['"](\w+)['"]"""),
}  # fmt: skip

SINKS: dict[str, tuple[str, ...]] = {
    "ruby": (r"Net::HTTP", r"\bURI\.open\b", r"open-uri", r"\bHTTParty\b", r"\bFaraday\b", r"\bRestClient\b", r"\bTyphoeus\b",
             r"\bHTTPX\b", r"\bHTTP\.(?:get|post|put|patch|headers|auth|basic_auth|timeout|via)\b", r"\bExcon\b", r"\bHTTPClient\b",
             r"Curl::Easy", r"\bPatron\b", r"\bTCPSocket\b", r"\bUDPSocket\b", r"Net::SMTP"),
    "php": (r"\bcurl_init\b", r"\bcurl_exec\b", r"GuzzleHttp", r"\bHttpClient::create\b", r"\bHttp::(?:post|put|patch|get|withHeaders|"
            r"withToken|asForm|asJson|attach|withBody|acceptJson|timeout|retry)\b", r"\bwp_remote_(?:post|get|request)\b",
            r"\bRequests::(?:post|get|request)\b", r"file_get_contents\s*\(\s*['\"]https?://", r"\bstream_context_create\b",
            r"\bfsockopen\b", r"\bstream_socket_client\b", r"\bsocket_connect\b", r"\bmail\s*\("),
    "jvm": (r"\bHttpClient\b", r"\bHttpRequest\b", r"\bHttpURLConnection\b", r"\.openConnection\(", r"\bOkHttpClient\b",
            r"\bRestTemplate\b", r"\bWebClient\b", r"\bRestClient\b", r"\bHttpPost\b", r"\bHttpClients\b", r"\bUnirest\b",
            r"\bFuel\b", r"\bJsoup\.connect\b", r"\bRetrofit\b", r"\bnew\s+Socket\s*\(", r"\bSocket\s*\(\s*\"", r"\bio\.ktor\b",
            r"\bJavaMailSender\b", r"\bTransport\.send\b"),
    "dotnet": (r"\bHttpClient\b", r"\bWebClient\b", r"\bHttpWebRequest\b", r"\bWebRequest\.Create\b", r"\bRestClient\b",
               r"\bRestRequest\b", r"\.(?:PostJsonAsync|PostUrlEncodedAsync|PostStringAsync)\(", r"\bTcpClient\b", r"\bSmtpClient\b",
               r"\bFlurl\b"),
    "elixir": (r"\bReq\.(?:get|post|put|patch|request|new)\b", r"\bHTTPoison\.", r"\bFinch\.", r"\bTesla\.", r"\bMint\.HTTP\b",
               r":?\bhttpc[.:]request\b", r":hackney\.", r"\bHTTPotion\.", r":?\bgen_tcp[.:]connect\b"),
    "rust": (r"\breqwest\b", r"\bureq\b", r"\bhyper::", r"\bsurf::", r"\bisahc\b", r"\battohttpc\b", r"\bTcpStream::connect\b",
             r"\bawc::", r"\blettre\b"),
    "swift": (r"\bURLSession\b", r"\bURLRequest\b", r"\bAlamofire\b", r"\bAF\.(?:request|upload)\b", r"\bNSURLConnection\b"),
    "go": (r"\bhttp\.(?:Get|Post|PostForm|NewRequest(?:WithContext)?|DefaultClient|Client)\b", r"\bresty\.", r"\bnet\.Dial\b",
           r"\bsmtp\.SendMail\b"),
    "powershell": (r"(?i)Invoke-WebRequest", r"(?i)Invoke-RestMethod", r"(?i)\biwr\b", r"(?i)\birm\b", r"(?i)Net\.WebClient",
                   r"(?i)Net\.Sockets", r"(?i)System\.Net\.Http", r"(?i)Send-MailMessage", r"(?i)Net\.Mail\.SmtpClient",
                   r"(?i)Start-BitsTransfer"),
}  # fmt: skip

SENDS: dict[str, tuple[str, ...]] = {
    "ruby": (r"Net::HTTP\.post", r"\bpost_form\b", r"(?:Post|Put|Patch)\.new", r"\.(?:post|put|patch)\s*\(", r"\bbody:\s",
             r"\.(?:write|puts|print|send)\s*\(?"),
    "php": (r"CURLOPT_POST", r"['\"]method['\"]\s*=>\s*['\"](?:POST|PUT)", r"['\"](?:json|form_params|body|multipart)['\"]\s*=>",
            r"->(?:post|put|patch)\s*\(", r"\bHttp::(?:post|put|patch)\b", r"\bwp_remote_post\b", r"\bfwrite\s*\(", r"\bfputs\s*\(",
            r"\bmail\s*\("),
    "jvm": (r"\.POST\(", r"\.PUT\(", r"BodyPublishers", r"\.post\(", r"\bpostFor(?:Object|Entity|Location)\b", r"\.exchange\(",
            r"\bnew\s+HttpPost\b", r"setDoOutput\(\s*true\s*\)", r"\.bodyValue\(", r"\.setBody\(", r"\btoRequestBody\b",
            r"RequestBody\.create\b", r"\bsetEntity\(", r"\.body\(", r"\bsetRequestMethod\(\s*\"(?:POST|PUT)\""),
    "dotnet": (r"\.(?:Post|Put|Patch)(?:AsJson|AsXml)?Async\(", r"\.SendAsync\(", r"\.Upload(?:String|Values|Data|File)(?:Async)?\(",
               r"\bStringContent\b", r"\bJsonContent\b", r"\bAddJsonBody\b", r"\bHttpMethod\.(?:Post|Put|Patch)\b",
               r"\bMethod\s*=\s*\"(?:POST|PUT)\"", r"\.Post(?:Json|UrlEncoded|String)Async\("),
    "elixir": (r"\.post!?\(", r"\.put!?\(", r"\.patch!?\(", r"\bjson:\s", r"\bbody:\s", r"\bform:\s", r":post\b"),
    "rust": (r"\.post\(", r"\.put\(", r"\.patch\(", r"\.json\(", r"\.body\(", r"\.form\(", r"\.send_json\(", r"\.send_string\(",
             r"\bwrite_all\("),
    "swift": (r"httpMethod\s*=\s*\"(?:POST|PUT|PATCH)\"", r"\.httpBody\b", r"\buploadTask\b", r"\.upload\(", r"method:\s*\.(?:post|put|patch)"),
    "go": (r"\bhttp\.Post(?:Form)?\b", r"\"(?:POST|PUT|PATCH)\"", r"\bhttp\.Method(?:Post|Put|Patch)\b", r"\.SetBody\(",
           r"\bsmtp\.SendMail\b"),
    "powershell": (r"(?i)-Method\s+['\"]?(?:Post|Put|Patch)", r"(?i)-Body\b", r"(?i)UploadString|UploadFile|UploadData", r"(?i)-InFile\b",
                   r"(?i)Send-MailMessage", r"(?i)-Attachments?\b", r"(?i)-TransferType\s+Upload", r"(?i)SmtpClient"),
}  # fmt: skip

HOME: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bDir\.home\b", r"""ENV\[['"](?:HOME|USERPROFILE)['"]\]""", r"""ENV\.fetch\(\s*['"]HOME['"]""", r"\bEtc\.getpwuid\b",
             r"""File\.expand_path\(\s*['"]~"""),
    "php": (r"""\bgetenv\(\s*['"](?:HOME|USERPROFILE)['"]\s*\)""", r"""\$_(?:SERVER|ENV)\[['"]HOME['"]\]""", r"\bposix_getpwuid\b"),
    "jvm": (r"""System\.getProperty\(\s*"user\.home"\s*\)""", r"""System\.getenv\(\s*"(?:HOME|USERPROFILE)"\s*\)""",
            r"\bFileUtils\.getUserDirectory\w*\(", r"""\bsys\.props\(\s*"user\.home"\s*\)"""),
    "dotnet": (r"""Environment\.GetFolderPath\(\s*(?:System\.)?Environment\.SpecialFolder\.(?:UserProfile|Personal|MyDocuments|Desktop|"""
               r"""ApplicationData|LocalApplicationData)\b""", r"""Environment\.GetEnvironmentVariable\(\s*"(?:HOME|USERPROFILE)"\s*\)"""),
    "elixir": (r"\bSystem\.user_home!?\(\s*\)", r"""\bPath\.expand\(\s*"~"""),
    "rust": (r"\b(?:dirs|home|dirs_next|std::env|env)::home_dir\(\s*\)", r"\bUserDirs::new\(\)", r"\bBaseDirs::new\(\)",
             r"""\benv::var(?:_os)?\(\s*"(?:HOME|USERPROFILE)"\s*\)"""),
    "swift": (r"\bhomeDirectoryForCurrentUser\b", r"\bNSHomeDirectory\(\)", r"""\(\s*"~[^"]*"\s+as\s+NSString\s*\)\.expandingTildeInPath"""),
    "go": (r"\bos\.UserHomeDir\(\)", r"""\bos\.Getenv\(\s*"(?:HOME|USERPROFILE)"\s*\)""", r"\bhomedir\.(?:Dir|Expand)\("),
    "powershell": (r"(?i)\$env:(?:USERPROFILE|HOME)\b", r"(?i)\$HOME\b"),
    "node": (r"\bos\.homedir\(\)", r"process\.env\.(?:HOME|USERPROFILE)\b"),
    "perl": (r"""\$ENV\{['"]?HOME['"]?\}""", r"\bFile::HomeDir\b"),
}  # fmt: skip

DELETES: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bFileUtils\.(?:rm_rf|rm_r|rm_f|rm|remove_dir|remove_entry(?:_secure)?|remove_file|rmtree)", r"\bFile\.(?:delete|unlink)",
             r"\bDir\.(?:rmdir|delete|unlink)"),
    "php": (r"\bunlink", r"\brmdir", r"\bFile::(?:delete|deleteDirectory|cleanDirectory)", r"\bStorage::delete(?:Directory)?",
            r"->remove"),
    "jvm": (r"\bFileUtils\.(?:deleteDirectory|forceDelete|deleteQuietly|cleanDirectory)", r"\bFiles\.delete(?:IfExists)?",
            r"\bPathUtils\.delete(?:Directory)?", r"\bMoreFiles\.deleteRecursively", r"\bFileSystemUtils\.deleteRecursively"),
    "dotnet": (r"\bDirectory\.Delete", r"\bFile\.Delete", r"\bnew\s+DirectoryInfo(?=\([^;\n]*\)\s*\.Delete\()"),
    "elixir": (r"\bFile\.(?:rm_rf|rm|rmdir)!?",),
    "rust": (r"\b(?:std::)?fs::remove_(?:dir_all|dir|file)", r"\btokio::fs::remove_(?:dir_all|dir|file)"),
    "swift": (r"\.removeItem\(\s*(?:at|atPath):",),
    "go": (r"\bos\.RemoveAll", r"\bos\.Remove"),
    "node": (r"\bfs\.(?:rmSync|rmdirSync|unlinkSync|rm|promises\.rm)", r"\brimraf(?:\.sync)?", r"\bfse?\.remove(?:Sync)?"),
    # imported or DSL spellings without their module (`rm_rf` in a Rakefile, `use std::fs::remove_dir_all`)
    "any": (r"(?<![\w.:])(?:rm_rf|rm_r|remove_dir_all|RemoveAll|deleteDirectory|rmSync|rmdirSync|unlinkSync|removeSync)(?=\s*\()",),
}  # fmt: skip

TLS_OFF: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bVERIFY_NONE\b", r"\bverify_ssl:\s*(?:false|OpenSSL::SSL::VERIFY_NONE)", r"\bssl_verifypeer:\s*false",
             r"\bssl_verify_mode\s*[:=]\s*:?(?:none|VERIFY_NONE)", r"\bssl:\s*\{[^}\n]*verify:\s*false"),
    "php": (r"CURLOPT_SSL_VERIFY(?:PEER|HOST)\s*,\s*(?:false|FALSE|0)", r"['\"]verify_peer(?:_name)?['\"]\s*=>\s*false",
            r"['\"]verify['\"]\s*=>\s*false", r"\bwithoutVerifying\(\)", r"['\"]allow_self_signed['\"]\s*=>\s*true"),
    "jvm": (r"\bTrustAllStrategy\b", r"\bTrustSelfSignedStrategy\b", r"\bNoopHostnameVerifier\b", r"\bALLOW_ALL_HOSTNAME_VERIFIER\b",
            r"loadTrustMaterial\(\s*null\s*,\s*\(?[^)]*\)?\s*->\s*true", r"\bInsecureTrustManagerFactory\b",
            r"void\s+checkServerTrusted\s*\([^)]*\)\s*(?:throws\s+\w+\s*)?\{\s*\}",
            r"override\s+fun\s+checkServerTrusted\s*\([^)]*\)\s*(?:\{\s*\}|=\s*Unit)",
            r"[Hh]ostname[Vv]erifier\s*(?:=\s*)?[({]\s*\(?\s*\w+\s*,\s*\w+\s*\)?\s*->\s*true"),
    "dotnet": (r"ServerCertificate(?:Custom)?ValidationCallback\s*[+]?=\s*[^;\n]*(?:=>\s*true|return\s+true|\{\s*true\s*\})",
               r"\bDangerousAcceptAnyServerCertificateValidator\b", r"RemoteCertificateValidationCallback\s*[+]?=\s*[^;\n]*(?:=>\s*true|return\s+true)",
               r"\bRemoteCertificateValidationCallback\s*=\s*\([^)]*\)\s*=>\s*true"),
    "elixir": (r"\bverify:\s*:verify_none\b", r"\binsecure:\s*true\b", r"\btransport_opts:\s*\[[^\]\n]*verify:\s*:verify_none"),
    "rust": (r"danger_accept_invalid_(?:certs|hostnames)\(\s*true", r"\.dangerous\(\)\s*\.set_certificate_verifier\(",
             r"\bNoCertificateVerification\b", r"\bdanger_disable_(?:certificate|hostname)_verification\b"),
    "swift": (r"completionHandler\(\s*\.useCredential\s*,\s*URLCredential\(\s*trust:", r"\bDisabledTrustEvaluator\(\)",
              r"\bDisabledEvaluator\(\)", r"\ballowsExpiredCertificates\s*=\s*true"),
    "go": (r"InsecureSkipVerify\s*:\s*true", r"\.InsecureSkipVerify\s*=\s*true", r"\bSetInsecureSkipVerify\(\s*true"),
    "powershell": (r"(?i)-SkipCertificateCheck\b", r"(?i)ServerCertificateValidationCallback\s*=\s*\{\s*\$true\s*\}",
                   r"(?i)TrustAllCertsPolicy"),
    "config": (r"(?im)^\s*['\"]?(?:[\w-]+\.)*(?:ssl|tls)[_.-]?(?:verify(?:[_-]?(?:peer|mode|certs?|ssl))?|verification|check[_-]?(?:hostname|cert\w*))['\"]?"
               r"\s*[:=]\s*['\"]?(?:false|no|off|0|none)\b",
               r"(?im)^\s*['\"]?(?:[\w-]+\.)*(?:insecure|insecure[_-]?skip[_-]?(?:tls[_-]?)?verify|skip[_-]?(?:tls|ssl)[_-]?verify|"
               r"tls[_-]?skip[_-]?verify|allow[_-]?insecure|skip[_-]?verify(?:[_-]?ssl)?|disable[_-]?(?:ssl|tls)[_-]?verif\w*)['\"]?\s*[:=]\s*"
               r"['\"]?(?:true|yes|on|1)\b",
               r"(?im)^\s*['\"]?verify[_-]?(?:ssl|tls|certs?|certificates?)['\"]?\s*[:=]\s*['\"]?(?:false|no|off|0)\b",
               r"(?i)<(?:trustAllCerts|insecure|skipTlsVerify|disableSslVerification)>\s*true\s*<"),
}  # fmt: skip

#: Lower-case words for the prefilter (`files.scan`): any one of them makes an edit worth reading for env sends.
ENV_TRIGGERS = ("env.to_", "env.each", "env.map", "env.select", "env.inspect", "env.dup", "hash[env]", "env.fetch", "$_env", "$_server",
                "getenv", "sys.env", "environment", "get_env", "fetch_env", "env::var", "processinfo", "os.environ", "env:", "bun.env",
                "deno.env", "%env")  # fmt: skip
SINK_TRIGGERS = ("net::http", "faraday", "httparty", "restclient", "typhoeus", "httpx", "http.", "excon", "httpclient", "curl_",
                 "guzzle", "http::", "wp_remote", "requests::", "httprequest", "httpurlconnection", "openconnection", "okhttp",
                 "resttemplate", "webclient", "unirest", "fuel", "jsoup", "retrofit", "socket", "ktor", "webrequest", "flurl",
                 "req.", "httpoison", "finch", "tesla", "mint.http", "httpc", "hackney", "reqwest", "ureq", "hyper::", "surf::",
                 "isahc", "urlsession", "urlrequest", "alamofire", "af.request", "resty", "invoke-restmethod", "invoke-webrequest",
                 "iwr ", "irm ", "smtp", "mail(")  # fmt: skip
HOME_TRIGGERS = ("home", "userprofile", "getpwuid", "expand_path", "~", "personal", "mydocuments", "desktop", "applicationdata")
DELETE_TRIGGERS = ("rm_rf", "rm_r", "rm_f", "fileutils.rm", "remove_dir", "remove_entry", "file.delete", "file.unlink", "dir.rmdir",
                   "unlink", "rmdir", "deletedirectory", "cleandirectory", "storage::delete", "->remove", "forcedelete",
                   "deletequietly", "files.delete", "deleterecursively", "directory.delete", "directoryinfo", "file.rm",
                   "remove_file", "removeitem", "os.remove", "rmsync", "rimraf", "fs.rm", "fse.remove")  # fmt: skip


def group(p: str) -> str:
    """One row as a group; a leading inline flag (`(?i)`) scoped to it."""
    m = re.match(r"\(\?([a-z]+)\)", p)
    return f"(?{m.group(1)}:{p[m.end():]})" if m else f"(?:{p})"


def _rx(patterns: tuple[str, ...]) -> Any:
    return lazyre.compile("|".join(map(group, patterns)))


def _all(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(p for rows in table.values() for p in rows)


WHOLE_ENV_RE = _rx(_all(WHOLE_ENV))
ENV_READ_RE = _rx(_all(ENV_READ))
HOME_RE = _rx(_all(HOME))
DELETE_CALL_RE = lazyre.compile("(?:" + "|".join(map(group, _all(DELETES))) + r")\s*\(?\s*")
TLS_OFF_RE = _rx(_all(TLS_OFF))


def sink_re(lang: str) -> Any:
    return _SINK.get(lang)


def send_re(lang: str) -> Any:
    return _SEND.get(lang)


_SINK = {k: _rx(v) for k, v in SINKS.items()}
_SEND = {k: _rx(v) for k, v in SENDS.items()}


def env_name(m: re.Match[str]) -> str | None:
    """The variable name an `ENV_READ_RE` match read."""
    return next((g for g in m.groups() if g is not None), None)


#: (table, language, text, must match). Each table row has one positive; the negatives are the near misses that
#: ordinary code writes (one variable for the whole environment, a home-relative project path, verification on).
FIXTURES: tuple[tuple[str, str, str, bool], ...] = (
    ("WHOLE_ENV", "ruby", "payload = ENV.to_h.to_json", True),
    ("WHOLE_ENV", "ruby", "Hash[ENV].select { |k, _| k.start_with?('AWS') }", True),
    ("WHOLE_ENV", "ruby", "JSON.generate(ENV)", True),
    ("WHOLE_ENV", "ruby", 'key = ENV.fetch("API_KEY")', False),
    ("WHOLE_ENV", "ruby", 'ENV["HOME"]', False),
    ("WHOLE_ENV", "php", "$all = getenv();", True),
    ("WHOLE_ENV", "php", "json_encode($_ENV)", True),
    ("WHOLE_ENV", "php", "$k = getenv('API_KEY');", False),
    ("WHOLE_ENV", "jvm", "mapper.writeValueAsString(System.getenv())", True),
    ("WHOLE_ENV", "jvm", "val all = sys.env", True),
    ("WHOLE_ENV", "jvm", 'System.getenv("HOME")', False),
    ("WHOLE_ENV", "jvm", 'sys.env("HOME")', False),
    ("WHOLE_ENV", "dotnet", "var env = Environment.GetEnvironmentVariables();", True),
    ("WHOLE_ENV", "dotnet", 'Environment.GetEnvironmentVariable("PATH")', False),
    ("WHOLE_ENV", "elixir", "Jason.encode!(System.get_env())", True),
    ("WHOLE_ENV", "elixir", 'System.get_env("SENTRY_DSN")', False),
    ("WHOLE_ENV", "rust", "let vars: HashMap<_, _> = std::env::vars().collect();", True),
    ("WHOLE_ENV", "rust", 'env::var("API_KEY")', False),
    ("WHOLE_ENV", "swift", "let env = ProcessInfo.processInfo.environment", True),
    ("WHOLE_ENV", "swift", 'ProcessInfo.processInfo.environment["HOME"]', False),
    ("WHOLE_ENV", "go", 'strings.Join(os.Environ(), "\\n")', True),
    ("WHOLE_ENV", "go", 'os.Getenv("HOME")', False),
    ("WHOLE_ENV", "powershell", "$all = Get-ChildItem Env: | ConvertTo-Json", True),
    ("WHOLE_ENV", "powershell", "gci env:* | Out-String", True),
    ("WHOLE_ENV", "powershell", "[System.Environment]::GetEnvironmentVariables()", True),
    ("WHOLE_ENV", "powershell", "Get-ChildItem Env:PATH", False),
    ("WHOLE_ENV", "node", "body: JSON.stringify(process.env)", True),
    ("WHOLE_ENV", "node", "Deno.env.toObject()", True),
    ("WHOLE_ENV", "node", "process.env.NODE_ENV", False),
    ("ENV_READ", "ruby", 'ENV["AWS_SECRET_ACCESS_KEY"]', True),
    ("ENV_READ", "php", "getenv('STRIPE_SECRET')", True),
    ("ENV_READ", "php", "env('ROLLBAR_TOKEN')", True),
    ("ENV_READ", "jvm", 'System.getenv("DB_PASSWORD")', True),
    ("ENV_READ", "dotnet", 'Environment.GetEnvironmentVariable("API_TOKEN")', True),
    ("ENV_READ", "elixir", 'System.fetch_env!("SECRET_KEY_BASE")', True),
    ("ENV_READ", "rust", 'env::var("GITHUB_TOKEN")', True),
    ("ENV_READ", "rust", 'env!("BUILD_SECRET")', True),
    ("ENV_READ", "swift", 'ProcessInfo.processInfo.environment["API_KEY"]', True),
    ("ENV_READ", "go", 'os.LookupEnv("DB_PASSWORD")', True),
    ("ENV_READ", "powershell", "$env:GITHUB_TOKEN", True),
    ("ENV_READ", "powershell", "[Environment]::GetEnvironmentVariable('NUGET_API_KEY')", True),
    ("ENV_READ", "node", "Bun.env.API_KEY", True),
    ("SINKS", "ruby", 'Faraday.new(url: "https://x.io")', True),
    ("SINKS", "ruby", "Typhoeus.post(url, body: data)", True),
    ("SINKS", "ruby", 'HTTP.post("https://x.io", json: data)', True),
    ("SINKS", "ruby", "File.read(path)", False),
    ("SINKS", "php", "$client = new \\GuzzleHttp\\Client();", True),
    ("SINKS", "php", "Http::withToken($t)->post($url, $data);", True),
    ("SINKS", "php", "wp_remote_post($url, ['body' => $data]);", True),
    ("SINKS", "php", "HttpClient::create()->request('POST', $u)", True),
    ("SINKS", "jvm", "val client = OkHttpClient()", True),
    ("SINKS", "jvm", "restTemplate = new RestTemplate();", True),
    ("SINKS", "jvm", "WebClient.create(base)", True),
    ("SINKS", "jvm", "URL(u).openConnection() as HttpURLConnection", True),
    ("SINKS", "jvm", "Fuel.post(url).body(json)", True),
    ("SINKS", "jvm", "List<String> names = new ArrayList<>();", False),
    ("SINKS", "dotnet", "using var http = new HttpClient();", True),
    ("SINKS", "dotnet", "new WebClient().UploadString(u, s)", True),
    ("SINKS", "dotnet", "var req = WebRequest.Create(url);", True),
    ("SINKS", "dotnet", 'var client = new RestClient("https://x.io");', True),
    ("SINKS", "elixir", 'Req.post!("https://x.io", json: data)', True),
    ("SINKS", "elixir", "HTTPoison.post(url, body)", True),
    ("SINKS", "elixir", ":hackney.request(:post, url, [], body)", True),
    ("SINKS", "rust", "reqwest::Client::new()", True),
    ("SINKS", "rust", 'ureq::post("https://x.io")', True),
    ("SINKS", "rust", 'TcpStream::connect("x.io:80")', True),
    ("SINKS", "swift", "URLSession.shared.dataTask(with: req)", True),
    ("SINKS", "swift", 'AF.request("https://x.io", method: .post)', True),
    ("SINKS", "go", 'http.Post(u, "application/json", body)', True),
    ("SINKS", "go", "resty.New().R().SetBody(b).Post(u)", True),
    ("SINKS", "powershell", "Invoke-RestMethod -Uri $u -Method Post", True),
    ("SENDS", "ruby", "Net::HTTP.post(uri, body)", True),
    ("SENDS", "php", "$client->post($u, ['json' => $d]);", True),
    ("SENDS", "jvm", "HttpRequest.newBuilder(uri).POST(BodyPublishers.ofString(b))", True),
    ("SENDS", "jvm", "rt.postForObject(u, body, String.class)", True),
    ("SENDS", "jvm", 'conn.setRequestMethod("POST")', True),
    ("SENDS", "dotnet", "await http.PostAsJsonAsync(u, env);", True),
    ("SENDS", "dotnet", "new StringContent(json)", True),
    ("SENDS", "elixir", "Req.post!(u, json: data)", True),
    ("SENDS", "rust", "client.post(u).json(&vars).send()", True),
    ("SENDS", "swift", 'req.httpMethod = "POST"', True),
    ("SENDS", "go", "http.Post(u, ct, body)", True),
    ("SENDS", "go", "http.Get(u)", False),
    ("SENDS", "powershell", "Invoke-RestMethod $u -Method Post -Body $b", True),
    ("HOME", "ruby", "FileUtils.rm_rf(Dir.home)", True),
    ("HOME", "php", "getenv('HOME')", True),
    ("HOME", "jvm", 'System.getProperty("user.home")', True),
    ("HOME", "dotnet", "Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)", True),
    ("HOME", "elixir", "System.user_home!()", True),
    ("HOME", "elixir", 'Path.expand("~/.config")', True),
    ("HOME", "rust", "dirs::home_dir().unwrap()", True),
    ("HOME", "swift", "FileManager.default.homeDirectoryForCurrentUser", True),
    ("HOME", "go", "os.UserHomeDir()", True),
    ("HOME", "powershell", "$env:USERPROFILE", True),
    ("HOME", "dotnet", "Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData)", False),
    ("DELETES", "ruby", "FileUtils.rm_rf(path)", True),
    ("DELETES", "ruby", "FileUtils.remove_entry_secure(dir)", True),
    ("DELETES", "php", "File::deleteDirectory($dir)", True),
    ("DELETES", "jvm", "FileUtils.deleteDirectory(new File(d))", True),
    ("DELETES", "jvm", "Files.deleteIfExists(p)", True),
    ("DELETES", "dotnet", "Directory.Delete(d, true);", True),
    ("DELETES", "elixir", "File.rm_rf!(dir)", True),
    ("DELETES", "rust", "std::fs::remove_dir_all(&dir)?", True),
    ("DELETES", "swift", "try FileManager.default.removeItem(at: url)", True),
    ("DELETES", "go", "os.RemoveAll(dir)", True),
    ("DELETES", "go", "os.Rename(a, b)", False),
    ("TLS_OFF", "ruby", "http.verify_mode = OpenSSL::SSL::VERIFY_NONE", True),
    ("TLS_OFF", "ruby", "RestClient::Request.execute(url: u, method: :get, verify_ssl: false)", True),
    ("TLS_OFF", "ruby", "Typhoeus.get(u, ssl_verifypeer: false)", True),
    ("TLS_OFF", "ruby", "http.verify_mode = OpenSSL::SSL::VERIFY_PEER", False),
    ("TLS_OFF", "php", "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);", True),
    ("TLS_OFF", "php", "stream_context_create(['ssl' => ['verify_peer' => false]])", True),
    ("TLS_OFF", "php", "Http::withoutVerifying()->get($u)", True),
    ("TLS_OFF", "php", "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);", False),
    ("TLS_OFF", "jvm", "SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build()", True),
    ("TLS_OFF", "jvm", "InsecureTrustManagerFactory.INSTANCE", True),
    ("TLS_OFF", "jvm", "override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}", True),
    ("TLS_OFF", "jvm", ".hostnameVerifier { _, _ -> true }", True),
    ("TLS_OFF", "dotnet", "ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };", True),
    ("TLS_OFF", "dotnet", "handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;", True),
    ("TLS_OFF", "dotnet", "ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator", True),
    ("TLS_OFF", "dotnet", "handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None;", False),
    ("TLS_OFF", "elixir", "HTTPoison.get(u, [], ssl: [verify: :verify_none])", True),
    ("TLS_OFF", "elixir", "hackney: [insecure: true]", True),
    ("TLS_OFF", "elixir", "ssl: [verify: :verify_peer, cacerts: :public_key.cacerts_get()]", False),
    ("TLS_OFF", "rust", "ClientBuilder::new().danger_accept_invalid_certs(true)", True),
    ("TLS_OFF", "rust", "config.dangerous().set_certificate_verifier(Arc::new(NoVerifier));", True),
    ("TLS_OFF", "swift", "completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))", True),
    ("TLS_OFF", "swift", 'ServerTrustManager(evaluators: ["api.x.io": DisabledTrustEvaluator()])', True),
    ("TLS_OFF", "swift", "completionHandler(.performDefaultHandling, nil)", False),
    ("TLS_OFF", "go", "tlsConfig.InsecureSkipVerify = true", True),
    ("TLS_OFF", "powershell", "Invoke-RestMethod -Uri $u -SkipCertificateCheck", True),
    ("TLS_OFF", "powershell", "[System.Net.ServicePointManager]::ServerCertificateValidationCallback = {$true}", True),
    ("TLS_OFF", "config", "ssl_verify: false", True),
    ("TLS_OFF", "config", "  tls_verify = false", True),
    ("TLS_OFF", "config", "insecure_skip_verify = true", True),
    ("TLS_OFF", "config", '  "skip_tls_verify": true,', True),
    ("TLS_OFF", "config", "verify_ssl=False", True),
    ("TLS_OFF", "config", "http.sslVerify=false", True),
    ("TLS_OFF", "config", "ssl_verify: true", False),
    ("TLS_OFF", "config", "insecure: false", False),
    ("TLS_OFF", "config", "      tlsSkipVerify: true", True),
    ("TLS_OFF", "config", "allowInsecure = true", True),
    # one more positive for each remaining row of the tables the per-row test covers
    ("WHOLE_ENV", "php", "json_encode($_SERVER)", True),
    ("WHOLE_ENV", "jvm", "Map<String, String> env = new ProcessBuilder().environment();", True),
    ("WHOLE_ENV", "go", "vars := syscall.Environ()", True),
    ("WHOLE_ENV", "node", "const all = Bun.env;", True),
    ("WHOLE_ENV", "perl", "encode_json(\\%ENV)", True),
    ("WHOLE_ENV", "python", "json.dumps(dict(os.environ))", True),
    ("WHOLE_ENV", "python", "env = os.environ.copy()", True),
    ("WHOLE_ENV", "python", "payload = {**os.environ}", True),
    ("WHOLE_ENV", "python", "post(url, json=os.environ)", True),
    ("ENV_READ", "ruby", 'ENV.fetch("DATABASE_URL")', True),
    ("ENV_READ", "php", "$_ENV['APP_KEY']", True),
    ("ENV_READ", "php", "$_SERVER['DB_PASSWORD']", True),
    ("ENV_READ", "jvm", 'sys.env.get("API_TOKEN")', True),
    ("ENV_READ", "node", "process.env.API_TOKEN", True),
    ("ENV_READ", "node", "process.env['API_TOKEN']", True),
    ("ENV_READ", "node", "Deno.env.get('API_TOKEN')", True),
    ("ENV_READ", "perl", "$ENV{AWS_SECRET_ACCESS_KEY}", True),
    ("ENV_READ", "python", "os.environ['API_TOKEN']", True),
    ("ENV_READ", "python", "os.environ.get('API_TOKEN')", True),
    ("ENV_READ", "python", "os.getenv('API_TOKEN')", True),
    ("HOME", "ruby", 'ENV["HOME"]', True),
    ("HOME", "ruby", 'ENV.fetch("HOME")', True),
    ("HOME", "ruby", "Etc.getpwuid.dir", True),
    ("HOME", "ruby", 'File.expand_path("~/.aws")', True),
    ("HOME", "php", "$_SERVER['HOME']", True),
    ("HOME", "php", "posix_getpwuid(posix_getuid())['dir']", True),
    ("HOME", "jvm", 'System.getenv("HOME")', True),
    ("HOME", "jvm", "FileUtils.getUserDirectory()", True),
    ("HOME", "jvm", 'sys.props("user.home")', True),
    ("HOME", "dotnet", 'Environment.GetEnvironmentVariable("USERPROFILE")', True),
    ("HOME", "rust", "UserDirs::new().unwrap()", True),
    ("HOME", "rust", "BaseDirs::new().unwrap().home_dir()", True),
    ("HOME", "rust", 'env::var("HOME")', True),
    ("HOME", "swift", "NSHomeDirectory()", True),
    ("HOME", "swift", '("~/.ssh" as NSString).expandingTildeInPath', True),
    ("HOME", "go", 'os.Getenv("HOME")', True),
    ("HOME", "go", "homedir.Dir()", True),
    ("HOME", "powershell", "$HOME", True),
    ("HOME", "node", "os.homedir()", True),
    ("HOME", "node", "process.env.HOME", True),
    ("HOME", "perl", "$ENV{HOME}", True),
    ("HOME", "perl", "File::HomeDir->my_home", True),
    ("DELETES", "ruby", "File.delete(f)", True),
    ("DELETES", "ruby", "Dir.rmdir(d)", True),
    ("DELETES", "php", "unlink($f);", True),
    ("DELETES", "php", "rmdir($d);", True),
    ("DELETES", "php", "Storage::deleteDirectory('backups');", True),
    ("DELETES", "php", "$fs->remove($dir);", True),
    ("DELETES", "jvm", "PathUtils.deleteDirectory(p)", True),
    ("DELETES", "jvm", "MoreFiles.deleteRecursively(p)", True),
    ("DELETES", "jvm", "FileSystemUtils.deleteRecursively(f)", True),
    ("DELETES", "dotnet", "File.Delete(p);", True),
    ("DELETES", "dotnet", "new DirectoryInfo(dir).Delete(true);", True),
    ("DELETES", "dotnet", "new DirectoryInfo(dir).GetFiles();", False),
    ("DELETES", "rust", "tokio::fs::remove_dir_all(&d).await?", True),
    ("DELETES", "node", "fs.rmSync(d, { recursive: true })", True),
    ("DELETES", "node", "rimraf.sync(d)", True),
    ("DELETES", "node", "fse.removeSync(d)", True),
    ("DELETES", "any", "rm_rf(dir)", True),
    ("DELETES", "any", "remove_dir_all(&dir)?", True),
    ("DELETES", "any", "FileUtils.rm_rf(dir)", False),
    ("TLS_OFF", "ruby", "config.ssl_verify_mode = :none", True),
    ("TLS_OFF", "ruby", "Faraday.new(url: u, ssl: { verify: false })", True),
    ("TLS_OFF", "php", "new Client(['verify' => false])", True),
    ("TLS_OFF", "php", "'ssl' => ['allow_self_signed' => true]", True),
    ("TLS_OFF", "jvm", "new SSLConnectionSocketFactory(ctx, new TrustAllStrategy())", True),
    ("TLS_OFF", "jvm", "loadTrustMaterial(TrustSelfSignedStrategy.INSTANCE)", True),
    ("TLS_OFF", "jvm", "setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)", True),
    ("TLS_OFF", "jvm", "SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER", True),
    ("TLS_OFF", "jvm", "public void checkServerTrusted(X509Certificate[] c, String a) {}", True),
    ("TLS_OFF", "dotnet", "options.RemoteCertificateValidationCallback += (s, c, ch, e) => true;", True),
    ("TLS_OFF", "dotnet", "RemoteCertificateValidationCallback = (s, c, ch, e) => true", True),
    ("TLS_OFF", "elixir", "transport_opts: [verify: :verify_none]", True),
    ("TLS_OFF", "rust", "struct NoCertificateVerification;", True),
    ("TLS_OFF", "rust", "builder.danger_disable_certificate_verification()", True),
    ("TLS_OFF", "swift", 'ServerTrustManager(evaluators: ["x": DisabledEvaluator()])', True),
    ("TLS_OFF", "swift", "policy.allowsExpiredCertificates = true", True),
    ("TLS_OFF", "go", "&tls.Config{InsecureSkipVerify: true}", True),
    ("TLS_OFF", "go", "client.SetInsecureSkipVerify(true)", True),
    ("TLS_OFF", "powershell", "[System.Net.ServicePointManager]::CertificatePolicy = New-Object TrustAllCertsPolicy", True),
    ("TLS_OFF", "config", "<trustAllCerts>true</trustAllCerts>", True),
)
