"""What code does, per language, as data (session 11, surface S5: written content in every language).

One table per fact, keyed by language, each row a regular expression in the language's own spelling, with
must-match / must-not-match fixtures (`code_vocab_fixtures.FIXTURES`, run by `tests/knowledge/test_code_vocab.py`):

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
WebRequest, Env: drive, [Environment]::GetEnvironmentVariables, -SkipCertificateCheck, ServicePointManager), Dart and
Flutter (dart:io HttpClient, package:http, Dio, Platform.environment, Directory.delete, badCertificateCallback),
C and C++ (libcurl, sockets, cpr, cpp-httplib, Qt network, getenv/environ, std::filesystem::remove_all, OpenSSL
SSL_VERIFY_NONE).
"""

from __future__ import annotations

import re

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

LANGS = ("ruby", "php", "jvm", "dotnet", "elixir", "rust", "swift", "go", "powershell", "node", "perl", "python", "dart", "c")

WHOLE_ENV: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bENV\.(?:to_h|to_hash|to_a|to_json|to_s|inspect|each(?:_pair)?|map|select|filter|reject|dup|clone|sort|slice|"
             r"filter_map|each_with_object|reduce|inject|sum)\b(?!\(['\"])", r"\bHash\[ENV\]", r"\bENV\s*[,)\]}]"),
    "php": (r"\bgetenv\(\s*\)", r"\$_ENV\b(?!\[)", r"\$_SERVER\b(?!\[)"),
    "jvm": (r"System\.getenv\(\s*\)", r"\bsys\.env\b(?!\s*[(.]\s*(?:get\s*\()?\s*\")", r"\.environment\(\s*\)"),
    "dotnet": (r"Environment\.GetEnvironmentVariables\(\s*\)",),
    "elixir": (r"System\.get_env\(\s*\)",),
    "rust": (r"\benv::vars(?:_os)?\(\s*\)",),
    "swift": (r"ProcessInfo\.processInfo\.environment\b(?![ \t]*\[)",),
    "go": (r"\bos\.Environ\(\)", r"\bsyscall\.Environ\(\)"),
    "powershell": (r"(?i)(?:Get-ChildItem|gci|ls|dir|Get-Item|gi)\s+(?:-Path\s+)?['\"]?env:(?:\\?\*)?['\"]?(?![\w])",
                   r"(?i)\[(?:System\.)?Environment\]::GetEnvironmentVariables\(\s*\)"),
    "node": (r"process\.env(?![.\[\w])", r"Deno\.env\.toObject\(\)", r"\bBun\.env(?![.\[\w])"),
    "perl": (r"%ENV\b",),
    "python": (r"dict\(os\.environ\)", r"os\.environ\.copy\(\)", r"\*\*os\.environ", r"=\s*os\.environ\s*[,)]", r"\(\s*os\.environ\s*\)",
               r"os\.environ\.items\(\)"),
    "dart": (r"\bPlatform\.environment\b(?!\s*\[)", r"\bdotenv\.env\b(?!\s*\[)"),
    "c": (r"\bextern\s+char\s*\*\*\s*environ\b", r"\benvp\s*\[\s*\w+\s*\]", r"\bfor\s*\([^;]*;\s*\*?environ\b"),
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
    "dart": (r"""\bPlatform\.environment\[\s*['"](\w+)['"]\s*\]""", r"""\bString\.fromEnvironment\(\s*['"](\w+)['"]""",
             r"""\bdotenv\.env\[\s*['"](\w+)['"]\s*\]"""),
    "c": (r"""\b(?:secure_)?getenv\(\s*"(\w+)"\s*\)""", r"""\bstd::getenv\(\s*"(\w+)"\s*\)"""),
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
            r"\bJavaMailSender\b", r"\bTransport\.send\b", r"\b(?:basicRequest|quickRequest)\b", r"\bsttp\.client", r"\bEmberClientBuilder\b",
            r"\bHttp\(\)\.singleRequest\b", r"\brequests\.(?:post|put|patch)\s*\("),
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
    "dart": (r"\bHttpClient\(\)", r"\bhttp\.(?:post|put|patch|get|Client)\b", r"\bDio\(", r"\bdio\.(?:post|put|patch|get)\b",
             r"\b(?:Raw)?Socket\.connect\b", r"\bWebSocket\.connect\b", r"\bIOClient\("),
    "c": (r"\bcurl_easy_init\b", r"\bcurl_easy_perform\b", r"\bconnect\s*\(\s*\w+\s*,\s*\(struct\s+sockaddr", r"\bgetaddrinfo\b",
          r"\bcpr::(?:Post|Get|Put)\b", r"\bhttplib::Client\b", r"\bQNetworkAccessManager\b"),
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
    "dart": (r"\.(?:postUrl|putUrl|patchUrl)\(", r"\bhttp\.(?:post|put|patch)\s*\(", r"\bdio\.(?:post|put|patch)\s*\(", r"\bbody:\s",
             r"\.add\(\s*utf8\.encode\(", r"\bdata:\s"),
    "c": (r"\bCURLOPT_POST(?:FIELDS)?\b", r"\bCURLOPT_UPLOAD\b", r"\bCURLOPT_MIMEPOST\b", r"\bsend\s*\(\s*\w+\s*,", r"\bcpr::(?:Post|Put)\b",
          r"\.Post\s*\(", r"\bsendto\s*\("),
}  # fmt: skip

HOME: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bDir\.home\b", r"""ENV\[['"](?:HOME|USERPROFILE)['"]\]""", r"""ENV\.fetch\(\s*['"]HOME['"]""", r"\bEtc\.getpwuid\b",
             r"""File\.expand_path\(\s*['"]~"""),
    "php": (r"""\bgetenv\(\s*['"](?:HOME|USERPROFILE)['"]\s*\)""", r"""\$_(?:SERVER|ENV)\[['"]HOME['"]\]""", r"\bposix_getpwuid\b"),
    "jvm": (r"""System\.getProperty\(\s*["']user\.home["']\s*\)""", r"""System\.getenv\(\s*["'](?:HOME|USERPROFILE)["']\s*\)""",
            r"""\(?System/getProperty\s+"user\.home"\s*\)?""", r"""\(?System/getenv\s+"HOME"\s*\)?""",  # Clojure
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
    "dart": (r"""\bPlatform\.environment\[\s*['"](?:HOME|USERPROFILE)['"]\s*\]""", r"\bgetApplicationDocumentsDirectory\(\)"),
    "c": (r"""\b(?:std::)?(?:secure_)?getenv\(\s*"(?:HOME|USERPROFILE)"\s*\)""", r"\bgetpwuid\s*\(\s*getuid\(\)\s*\)\s*->\s*pw_dir\b"),
}  # fmt: skip

DELETES: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bFileUtils\.(?:rm_rf|rm_r|rm_f|rm|remove_dir|remove_entry(?:_secure)?|remove_file|rmtree)", r"\bFile\.(?:delete|unlink)",
             r"\bDir\.(?:rmdir|delete|unlink)"),
    "php": (r"\bunlink", r"\brmdir", r"\bFile::(?:delete|deleteDirectory|cleanDirectory)", r"\bStorage::delete(?:Directory)?",
            r"->remove"),
    "jvm": (r"\bFileUtils\.(?:deleteDirectory|forceDelete|deleteQuietly|cleanDirectory)", r"\bFiles\.delete(?:IfExists)?",
            r"\bPathUtils\.delete(?:Directory)?", r"\bMoreFiles\.deleteRecursively", r"\bFileSystemUtils\.deleteRecursively",
            r"\((?:babashka\.)?fs/delete(?:-tree|-if-exists)?", r"\((?:clojure\.java\.)?io/delete-file"),  # Clojure, babashka
    "dotnet": (r"\bDirectory\.Delete", r"\bFile\.Delete", r"\bnew\s+DirectoryInfo(?=\([^;\n]*\)\s*\.Delete\()"),
    "elixir": (r"\bFile\.(?:rm_rf|rm|rmdir)!?",),
    "rust": (r"\b(?:std::)?fs::remove_(?:dir_all|dir|file)", r"\btokio::fs::remove_(?:dir_all|dir|file)"),
    "swift": (r"\.removeItem\(\s*(?:at|atPath):",),
    "go": (r"\bos\.RemoveAll", r"\bos\.Remove"),
    "node": (r"\bfs\.(?:rmSync|rmdirSync|unlinkSync|rm|promises\.rm)", r"\brimraf(?:\.sync)?", r"\bfse?\.remove(?:Sync)?"),
    # imported or DSL spellings without their module (`rm_rf` in a Rakefile, `use std::fs::remove_dir_all`)
    "any": (r"(?<![\w.:])(?:rm_rf|rm_r|remove_dir_all|RemoveAll|deleteDirectory|rmSync|rmdirSync|unlinkSync|removeSync)(?=\s*\()",),
    "dart": (r"\bDirectory\s*\((?=[^)]*\)\s*\.delete(?:Sync)?\(\s*recursive:\s*true)",),
    "c": (r"\bstd::filesystem::remove_all", r"\bfs::remove_all", r"\bboost::filesystem::remove_all", r"\bnftw\s*\((?=[^;]*\bFTW_DEPTH)"),
}  # fmt: skip

#: A delete called on an object built from the path (`new File(p).deleteDir()`, `File(p).deleteRecursively()`, `new
#: DirectoryInfo(p).Delete(true)`, `Path.of(p).toFile().delete()`): the path is the constructor's argument (group 1).
RECEIVER_DELETE = lazyre.compile(r"\b(?:File|Paths\.get|Path\.of|Path|Pathname(?:\.new)?|DirectoryInfo|Directory)\s*\(([^;\n]{1,200}?)\)\s*"
                                 r"(?:\.toFile\(\))?\.(?:deleteRecursively|deleteDir|rmtree|rm_rf|deleteSync|delete|Delete)\s*\(")


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
               r"(?i)<(?:trustAllCerts|insecure|skipTlsVerify|disableSslVerification)>\s*true\s*<",
               r"""(?i)["']?insecure[-_]?registries["']?\s*[:=]\s*\[\s*["']\S"""),
    "dart": (r"\bbadCertificateCallback\s*=\s*\([^)]*\)\s*(?:=>\s*true|\{\s*return\s+true)", r"\bonBadCertificate:\s*\([^)]*\)\s*=>\s*true"),
    "c": (r"\bSSL_(?:CTX_)?set_verify\s*\([^;]*\bSSL_VERIFY_NONE\b", r"\bCURLOPT_SSL_VERIFY(?:PEER|HOST)\s*,\s*0L?\b",
          r"\bsetPeerVerifyMode\s*\(\s*QSslSocket::VerifyNone\b", r"\bverify_ssl\s*=\s*false\b"),
}  # fmt: skip

#: Calls that read a file whose path is their first argument (a credential file read and sent is the user's keys
#: leaving: `files.code` pairs these with the language's network clients).
READS: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bFile\.(?:read|readlines|binread|open|foreach)", r"\bIO\.(?:read|readlines|binread)", r"\bYAML\.load_file", r"\bPathname\.new"),
    "php": (r"\bfile_get_contents", r"\bfopen", r"\bfile(?=\s*\()", r"\breadfile", r"\bparse_ini_file"),
    "jvm": (r"\bFiles\.(?:readString|readAllBytes|readAllLines|newInputStream|newBufferedReader|lines)", r"\bnew\s+File(?:InputStream|Reader)",
            r"\bFile\s*\((?=[^)]*\)\s*\.(?:readText|readBytes|readLines|inputStream|bufferedReader))", r"\bnew\s+Scanner\s*\(\s*new\s+File"),
    "dotnet": (r"\bFile\.(?:ReadAllText|ReadAllBytes|ReadAllLines|ReadLines|OpenRead|OpenText)(?:Async)?", r"\bnew\s+StreamReader"),
    "elixir": (r"\bFile\.(?:read|stream|open)!?",),
    "rust": (r"\b(?:std::)?fs::(?:read_to_string|read)", r"\bFile::open", r"\btokio::fs::(?:read_to_string|read)"),
    "swift": (r"\bString\s*\(\s*contentsOfFile:", r"\bData\s*\(\s*contentsOf:", r"\bcontents\s*\(\s*atPath:", r"\bFileHandle\s*\(\s*forReadingAtPath:"),
    "go": (r"\b(?:os|ioutil)\.ReadFile", r"\bos\.Open(?:File)?"),
    "node": (r"\bfs\.(?:readFileSync|readFile|createReadStream|promises\.readFile)", r"\bBun\.file", r"\bDeno\.readTextFile"),
    "dart": (r"\bFile\s*\((?=[^)]*\)\s*\.(?:readAsString|readAsBytes|readAsLines|openRead)(?:Sync)?\()",),
    "c": (r"\bfopen(?=\s*\([^;\n]{0,160}?,\s*\"r)", r"\bstd::ifstream\b"),
}  # fmt: skip

#: Calls that write, append to or create a file whose path is their first argument (code that edits a shell
#: start-up file, an autostart entry or `authorized_keys` installs something that runs later or a way in).
WRITES: dict[str, tuple[str, ...]] = {
    "ruby": (r"\bFile\.(?:write|binwrite)", r"\bFile\.open(?=\s*\(?[^\n]{0,160}?,\s*['\"][wa]b?\+?['\"])", r"\bIO\.write", r"\bFileUtils\.touch"),
    "php": (r"\bfile_put_contents", r"\bfopen(?=\s*\([^\n]{0,160}?,\s*['\"][wax]b?\+?['\"])", r"\btouch(?=\s*\()"),
    "jvm": (r"\bFiles\.(?:write|writeString|newBufferedWriter|newOutputStream|createFile)", r"\bnew\s+(?:FileWriter|FileOutputStream|PrintWriter)",
            r"\bFile\s*\((?=[^)]*\)\s*\.(?:writeText|appendText|writeBytes|appendBytes|printWriter|bufferedWriter|outputStream))"),
    "dotnet": (r"\bFile\.(?:WriteAllText|WriteAllBytes|WriteAllLines|AppendAllText|AppendAllLines|Create|CreateText|AppendText|OpenWrite)(?:Async)?",
               r"\bnew\s+StreamWriter"),
    "elixir": (r"\bFile\.(?:write|touch)!?",),
    "rust": (r"\b(?:std::)?fs::write", r"\bFile::create", r"\bOpenOptions::new\(\)(?:\s*\.\w+\([^)]*\))*\s*\.open", r"\btokio::fs::write"),
    "swift": (r"\bcreateFile\s*\(\s*atPath:", r"\.write\s*\(\s*to(?:File)?:"),
    "go": (r"\b(?:os|ioutil)\.WriteFile", r"\bos\.Create", r"\bos\.OpenFile"),
    "node": (r"\bfs\.(?:writeFileSync|appendFileSync|writeFile|appendFile|createWriteStream|promises\.writeFile|promises\.appendFile)",
             r"\bDeno\.writeTextFile", r"\bBun\.write"),
    "dart": (r"\bFile\s*\((?=[^)]*\)\s*\.(?:writeAsString|writeAsBytes|openWrite|create)(?:Sync)?\()",),
    "c": (r"\bfopen(?=\s*\([^;\n]{0,160}?,\s*\"[wa])", r"\bstd::ofstream\b"),
}  # fmt: skip
#: Windows autostart registry keys written through an API (.NET `Registry`, Go `golang.org/x/sys/windows/registry`):
#: the key path and the value name are lowered as `reg add` so the persistence rules read them.
REGISTRY_RUN = r"""(?i)(CurrentUser|LocalMachine|CURRENT_USER|LOCAL_MACHINE)\b[^;\n]{0,80}?['"@`]*((?:Software|SOFTWARE)\\+Microsoft\\+Windows\\+CurrentVersion\\+Run(?:Once)?)"""

#: Code fetched over the network and loaded or evaluated by the language's own mechanism (the `curl | sh` of each
#: language, beside the scanners' `remote_eval`): PHP `include`/`require` of a URL, a JVM class loader over a URL,
#: Groovy `evaluate(new URL(u).text)`, .NET `Assembly.Load` of downloaded bytes, PowerShell scriptblocks and
#: `irm | iex`, Ruby `eval` of a response, Elixir `Code.eval_string` of one.
REMOTE_LOAD: dict[str, tuple[str, ...]] = {
    "php": (r"""\b(?:include|require)(?:_once)?\s*\(?\s*['"]https?://""",),
    "jvm": (r"""\bnew\s+URLClassLoader\s*\([^;]{0,200}?https?://""", r"""\bevaluate\s*\(\s*new\s+URL\s*\(""",
            r"""\.eval\s*\(\s*(?:new\s+)?URL\s*\([^)]*\)\s*\.(?:readText\(\)|text\b|openStream\(\))"""),
    "dotnet": (r"""\bAssembly\.(?:Load|LoadFrom|UnsafeLoadFrom)\s*\(\s*(?:await\s+)?[^;]{0,80}?(?:DownloadData|GetByteArrayAsync|DownloadFile|https?://)""",),
    "powershell": (r"""(?i)\[scriptblock\]::Create\s*\([^;]{0,200}?(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString)""",
                   r"""(?i)\b(?:iex|Invoke-Expression)\b[^;\n]{0,200}?(?:\birm\b|\biwr\b|Invoke-RestMethod|Invoke-WebRequest|DownloadString)""",
                   r"""(?i)(?:\birm\b|\biwr\b|Invoke-RestMethod|Invoke-WebRequest)[^|;\n]*\|\s*(?:iex|Invoke-Expression)\b"""),
    "ruby": (r"""\b(?:eval|instance_eval)\s*\(?\s*(?:URI\.open|Net::HTTP\.get|HTTParty\.get|Faraday\.get|RestClient\.get|open\(\s*['"]https?:)""",),
    "elixir": (r"""\bCode\.eval_string\s*\([^)]{0,160}?(?:Req\.get|HTTPoison\.get|:httpc\.request|Finch\.request)""",),
}  # fmt: skip
#: A download saved to a literal path (the path is the first group that matched): what a later spawn of that path
#: runs is the download (`File.write("/tmp/i.sh", URI.open(u).read)` then `system("bash /tmp/i.sh")`).
SAVED_DOWNLOAD: dict[str, tuple[str, ...]] = {
    "ruby": (r"""\b(?:File\.(?:write|binwrite)|IO\.copy_stream)\s*\(\s*['"]([^'"\n]+)['"][^;\n]{0,200}?(?:URI\.open|Net::HTTP|HTTParty|Faraday|RestClient|Down\.)""",
             r"""\bIO\.copy_stream\s*\(\s*(?:URI\.open|Down\.open)\([^)]*\)\s*,\s*['"]([^'"\n]+)['"]"""),
    "php": (r"""\bfile_put_contents\s*\(\s*['"]([^'"\n]+)['"]\s*,\s*file_get_contents\s*\(\s*['"]https?://""",
            r"""\bcopy\s*\(\s*['"]https?://[^'"\n]+['"]\s*,\s*['"]([^'"\n]+)['"]"""),
    "jvm": (r"""\bFiles\.copy\s*\(\s*(?:new\s+)?URL\([^)]*\)\.openStream\(\)\s*,\s*(?:Paths\.get|Path\.of)\(\s*"([^"\n]+)\"""",),
    "dotnet": (r"""\bFile\.WriteAllBytes(?:Async)?\s*\(\s*@?"([^"\n]+)"[^;]{0,200}?(?:GetByteArrayAsync|DownloadData)""",
               r"""\bDownloadFile(?:Async|TaskAsync)?\s*\(\s*[^,;]+,\s*@?"([^"\n]+)\""""),
    "powershell": (r"""(?i)(?:\biwr\b|Invoke-WebRequest|Invoke-RestMethod|\birm\b|Start-BitsTransfer)[^;\n]*?-(?:OutFile|Destination)\s+['"]?([^\s'"]+)""",),
    "rust": (r"""\bfs::write\s*\(\s*"([^"\n]+)"[^;]{0,200}?(?:reqwest|ureq|bytes\(\))""",),
    "elixir": (r"""\bFile\.write!?\s*\(\s*"([^"\n]+)"[^)]{0,200}?(?:Req\.get|HTTPoison\.get)""",),
    "go": (r"""\bos\.(?:Create|WriteFile)\s*\(\s*"([^"\n]+)"[^\n]{0,200}(?:\n[^\n]*){0,6}?(?:io\.Copy|resp\.Body|http\.Get)""",),
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
LOAD_TRIGGERS = ("urlclassloader", "assembly.load", "scriptblock]::create", "eval_string", "outfile", "-destination", "file_put_contents",
                 "writeallbytes", "downloadfile", "copy_stream", "files.copy", "invoke-expression", "iex", "evaluate(new url",
                 "include 'http", 'include "http', "include('http", 'include("http', "require 'http", 'require "http',
                 "require_once 'http", "require_once('http", "eval(uri", "eval(net::http", "eval(open(", "eval(httparty",
                 "instance_eval(uri", "fs::write", "os.create", "os.writefile", "file.write", "file.binwrite", ".eval(url(",
                 "copy('http", 'copy("http')  # fmt: skip
HOME_TRIGGERS = ("home", "userprofile", "getpwuid", "expand_path", "~", "personal", "mydocuments", "desktop", "applicationdata")
DELETE_TRIGGERS = ("rm_rf", "rm_r", "rm_f", "fileutils.rm", "remove_dir", "remove_entry", "file.delete", "file.unlink", "dir.rmdir",
                   "unlink", "rmdir", "deletedirectory", "cleandirectory", "storage::delete", "->remove", "forcedelete",
                   "deletequietly", "files.delete", "deleterecursively", "directory.delete", "directoryinfo", "file.rm",
                   "remove_file", "removeitem", "os.remove", "rmsync", "rimraf", "fs.rm", "fse.remove", "remove_all", "deletesync",
                   "nftw")  # fmt: skip


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
DELETE_CALL_RE = lazyre.compile("(?:" + "|".join(map(group, _all(DELETES))) + r")!?\s*\(?\s*")
TLS_OFF_RE = _rx(_all(TLS_OFF))
REMOTE_LOAD_RE = _rx(_all(REMOTE_LOAD))
WRITE_CALL_RE = lazyre.compile("(?:" + "|".join(map(group, _all(WRITES))) + r")!?\s*\(?\s*")
REGISTRY_RUN_RE = lazyre.compile(REGISTRY_RUN)
READ_CALL_RE = lazyre.compile("(?:" + "|".join(map(group, _all(READS))) + r")!?\s*\(?\s*")
SAVED_DOWNLOAD_RE = _rx(_all(SAVED_DOWNLOAD))


#: Every environment reader above is spelled around one of these (`env`, `ENV`, `Env:`, `environ`, `Environment`,
#: `$_SERVER`): the big patterns are searched only near them (an alternation of ~60 rows over a whole file is slow).
ENV_ANCHOR = lazyre.compile(r"(?i)env|\$_server")
BEFORE_ANCHOR = 64  # characters a reader may start before its anchor (`[System.Environment]::GetEnvironmentVariables`)
AFTER_ANCHOR = 160  # and run after it (a variable name, an argument list)


def near_env(rx: Any, code: str) -> Iterator[re.Match[str]]:
    """The matches of `rx` (one of the environment patterns) in `code`, searched only around the anchors, in order."""
    pos = 0
    for a in ENV_ANCHOR.finditer(code):
        if a.end() <= pos:
            continue
        lo = max(pos, a.start() - BEFORE_ANCHOR)
        m = rx.search(code, lo, min(len(code), a.end() + AFTER_ANCHOR))
        while m is not None and m.start() <= a.start():
            yield m
            pos = max(m.end(), pos + 1)
            m = rx.search(code, pos, min(len(code), a.end() + AFTER_ANCHOR))


def is_home(expr: str) -> bool:
    """The whole expression is the user's home directory in some language (`System.getProperty("user.home")`,
    `Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)`, `NSHomeDirectory()`)."""
    t = expr.strip()
    m = HOME_RE.match(t)
    return m is not None and not t[m.end() :].strip(" )!")  # (Dart's `!` null assertion)


def sink_re(lang: str) -> Any:
    return _SINK.get(lang)


def send_re(lang: str) -> Any:
    return _SEND.get(lang)


_SINK = {k: _rx(v) for k, v in SINKS.items()}
_SEND = {k: _rx(v) for k, v in SENDS.items()}


def env_name(m: re.Match[str]) -> str | None:
    """The variable name an `ENV_READ_RE` match read."""
    return next((g for g in m.groups() if g is not None), None)
