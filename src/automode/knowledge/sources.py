"""Where a project's build and package configuration says code comes from, beyond the manifests `knowledge/manifests.py`
reads with a parser of their own: a table of (file kind -> the lines that add a package source, turn a check off,
or take a dependency from a repository), across ecosystems. The supply rules judge what it reads like the same
act on the command line (AM-SUPPLY-001 sources, AM-SUPPLY-002 checks off, AM-SUPPLY-004 code by reference).

A row is (ecosystem, kind, pattern, how). Kinds: "source" (a registry, mirror, substituter, channel or resolver:
group `url`, or `list` for a list of them), "key" (a signing key now trusted: its name is the source it vouches
for), "insecure" (a setting that turns a signature, checksum or TLS check off), "ref" (a dependency taken from a
repository or an archive: groups `url`, `name`, `pin`; "urlref": the same, where only a URL is a reference and
`owner/name` is a registry name). Comment lines are dropped first (`comment` per kind of
file); `strip` drops statements that name a destination, not a source (`publishTo := …`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from automode import lazyre
from automode.knowledge.supply import Package, Source
from automode.typing_lite import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from automode.shell.parse import Command

_U = r"""(?P<url>(?:https?|git\+https?|git\+ssh|git|ssh|s3|gcs|file|sparse\+https?|oci)://[^\s"'<>)\]},;]+)"""
Row = tuple[str, str, str, str]
#: (path pattern, comment-line pattern, strip pattern or "", rows)
Kind = tuple[str, str, str, tuple[Row, ...]]

KINDS: tuple[Kind, ...] = (
    # sbt (scala-sbt.org/1.x/docs/Resolvers.html: `resolvers += "n" at "URL"`, `Resolver.url("n", url("URL"))`,
    # `withAllowInsecureProtocol(true)`; Proxy-Repositories.html: ~/.sbt/repositories `name: URL`)
    (r"\.sbt$|/project/[\w.-]+\.scala$", r"^\s*//", r"\bpublishTo\s*:=[^\n]*(?:\n[ \t]+[^\n]*)*", (
        ("maven", "source", r'"[^"\n]*"\s+at\s+"' + _U + '"', "sbt resolver"),
        ("maven", "source", r'Resolver\.(?:url|file|sftp|ssh)\s*\([^)\n]*?url\s*\(\s*"' + _U + '"', "sbt resolver"),
        ("maven", "insecure", r"(?P<url>(?:withA|a)llowInsecureProtocol\s*(?:\(\s*true\s*\)|:=\s*true))", "sbt allowInsecureProtocol"))),
    (r"/\.sbt/repositories$", r"^\s*#", "", (
        ("maven", "source", r"(?m)^\s*[\w.-]+\s*:\s*" + _U, "sbt repositories"),)),
    # Mill (mill-build.org/mill/fundamentals/library-deps.html "Repository config": MavenRepository("URL"))
    (r"/build\.mill$|/build\.sc$|\.mill$|/package\.mill$", r"^\s*//", "", (
        ("maven", "source", r'MavenRepository\s*\(\s*"' + _U + '"', "mill repository"),)),
    # Gradle (docs.gradle.org/current/userguide/declaring_repositories.html: `isAllowInsecureProtocol = true` /
    # `allowInsecureProtocol = true`; init scripts; `apply from: "URL"` runs a remote script; the wrapper's
    # distributionUrl is the Gradle that runs the build)
    (r"/build\.gradle(\.kts)?$|/settings\.gradle(\.kts)?$|/init\.gradle(\.kts)?$|\.init\.gradle(\.kts)?$|/init\.d/[\w.-]+\.gradle(\.kts)?$",
     r"^\s*//", "", (
        ("maven", "insecure", r"(?P<url>\b(?:is)?[aA]llowInsecureProtocol\s*(?:=\s*|\(\s*)?true\b)", "allowInsecureProtocol"),
        ("maven", "source", r"\bivy\s*\{[^{}]*?\burl\s*(?:=\s*)?(?:uri\s*\(\s*)?[\"']" + _U, "ivy repository"),
        ("gradle", "ref", r"\bapply\s*\(?\s*from\s*[:=]\s*(?:uri\s*\(\s*)?[\"']" + _U, "gradle apply from"))),
    (r"/gradle-wrapper\.properties$", r"^\s*#", "", (
        ("gradle", "source", r"(?m)^\s*distributionUrl\s*=\s*(?P<url>https?\\?://\S+)", "gradle wrapper distributionUrl"),)),
    # Maven Wrapper (maven.apache.org/wrapper: `.mvn/wrapper/maven-wrapper.properties` distributionUrl is the Maven
    # that `./mvnw` downloads and runs, wrapperUrl the wrapper jar) and Bazelisk (`.bazeliskrc` BAZELISK_BASE_URL is
    # where the Bazel binary every `bazel` run starts is downloaded from; github.com/bazelbuild/bazelisk): red team s20
    (r"/\.mvn/wrapper/maven-wrapper\.properties$", r"^\s*#", "", (
        ("maven", "source", r"(?m)^\s*(?:distributionUrl|wrapperUrl)\s*=\s*(?P<url>https?\\?://\S+)", "maven wrapper distributionUrl"),)),
    (r"/\.bazeliskrc$", r"^\s*#", "", (
        ("bazelisk", "source", r"(?m)^\s*(?:export\s+)?BAZELISK_BASE_URL\s*=\s*[\"']?(?P<url>https?://[^\s\"']+)", "bazelisk base URL"),)),
    # Maven (maven.apache.org/settings.html: `<checksumPolicy>ignore</checksumPolicy>`; .mvn/maven.config and
    # MAVEN_OPTS system properties `-Dmaven.wagon.http.ssl.insecure=true`, `-Daether.connector.https.securityMode=insecure`)
    (r"/pom\.xml$|/settings\.xml$|/\.mvn/maven\.config$|/\.mvn/jvm\.config$|/\.mavenrc$", r"", "", (
        ("maven", "insecure", r"(?P<url><checksumPolicy>\s*ignore\s*</checksumPolicy>)", "checksumPolicy ignore"),
        # Maven 3.8.1+ blocks plain-http repositories with the `maven-default-http-blocker` mirror: a mirror set to
        # `<blocked>false</blocked>` or one for `external:http:*` lets them through again (maven.apache.org/docs/3.8.1)
        ("maven", "insecure", r"(?P<url><blocked>\s*false\s*</blocked>|<mirrorOf>\s*external:http:\*\s*</mirrorOf>)",
         "maven http blocker off (blocked false)"),
        ("maven", "insecure", r"(?P<url>-Dmaven\.wagon\.http\.ssl\.(?:insecure|allowall)=true|"
                              r"-Daether\.connector\.https\.securityMode=insecure)", "maven TLS check off"))),
    # Nix (nix.dev/manual/nix/latest/command-ref/conf-file.html: substituters, extra-substituters,
    # trusted-substituters, trusted-public-keys, require-sigs, accept-flake-config; NixOS `nix.settings.*` and the
    # older `nix.binaryCaches`/`binaryCachePublicKeys`; flake `nixConfig`)
    (r"/nix\.conf$|\.nix$", r"^\s*#", "", (
        ("nix", "source", r"\b(?:extra-|trusted-|extra-trusted-)?(?:substituters|binary-caches|binaryCaches|trustedBinaryCaches)"
                          r"\s*=\s*(?P<list>\[[^\]]*\]|\"[^\"\n]*\"|[^\n;]*)", "nix substituters"),
        ("nix", "key", r"\b(?:extra-)?(?:trusted-public-keys|binary-cache-public-keys|binaryCachePublicKeys)"
                       r"\s*=\s*(?P<list>\[[^\]]*\]|\"[^\"\n]*\"|[^\n;]*)", "nix trusted-public-keys"),
        ("nix", "insecure", r"(?P<url>\brequire-sigs\s*=\s*false\b|\brequireSignedBinaryCaches\s*=\s*false\b|"
                            r"\baccept-flake-config\s*=\s*true\b|\btrusted-users\s*=\s*[\[\"]?[^\n;\]]*\*)", "nix signature check off"))),
    # Guix (guix.gnu.org/manual/en/html_node/Channels.html: `(channel (name …) (url "URL"))`; substitute-urls and
    # authorized-keys of guix-configuration)
    (r"/channels\.scm$|\.scm$", r"^\s*;", "", (
        ("guix", "source", r'\(channel\b[^()]*(?:\([^()]*\)[^()]*)*?\(url\s+"' + _U + '"', "guix channel"),
        ("guix", "source", r"\(substitute-urls\b(?P<list>[^)]*(?:\([^)]*\))?[^)]*)\)", "guix substitute-urls"))),
    # Julia (pkgdocs.julialang.org: Manifest.toml `repo-url`, Project.toml `[sources]`; Pkg.add(url=…), Pkg.develop,
    # PackageSpec(url=…); Pkg.Registry.add(RegistrySpec(url=…)))
    (r"/(?:Julia)?Manifest(?:-v[\d.]+)?\.toml$", r"^\s*#", "", (
        ("julia", "ref", r'(?m)^\s*repo-url\s*=\s*"' + _U + r'"(?:\s*\n\s*repo-rev\s*=\s*"(?P<pin>[^"]+)")?', "Manifest.toml repo-url"),)),
    (r"/(?:Julia)?Project\.toml$", r"^\s*#", "", (
        ("julia", "ref", r'(?m)^\s*(?P<name>[\w.-]+)\s*=\s*\{[^{}\n]*\burl\s*=\s*"' + _U + r'"(?:[^{}\n]*\brev\s*=\s*"(?P<pin>[^"]+)")?',
         "Project.toml source"),)),
    (r"\.jl$|/startup\.jl$", r"^\s*#", "", (
        ("julia", "ref", r"\bPkg\.(?:add|develop)\s*\((?:[^()]*?PackageSpec\s*\()?[^()]*?\burl\s*=\s*\"" + _U +
         r"\"(?:[^()]*?\brev\s*=\s*\"(?P<pin>[^\"]+)\")?", "Pkg.add url"),
        ("julia", "ref", r"\binclude\s*\(\s*(?:Downloads\.)?download\s*\(\s*\"" + _U, "include(download)"),
        ("julia", "source", r"\bRegistrySpec\s*\([^()]*?\burl\s*=\s*\"" + _U + "\"", "Pkg.Registry.add"),
        ("julia", "source", r"\bPkg\.Registry\.add\s*\(\s*\"" + _U + "\"", "Pkg.Registry.add"),
        ("", "env", r"\bENV\s*\[\s*\"(?P<name>\w+)\"\s*\]\s*=\s*\"(?P<url>[^\"]*)\"", "ENV"))),
    # R (cran.r-project.org/doc/manuals/R-admin: options(repos = …); remotes::install_github / install_url /
    # install_git, devtools::, pak::pkg_install("o/r"); renv.lock RemoteType/Repositories (rstudio.github.io/renv);
    # DESCRIPTION Remotes: and Additional_repositories: (remotes.r-lib.org/articles/dependencies.html))
    (r"\.[Rr]$|/\.Rprofile$|/Rprofile\.site$|\.Rmd$", r"^\s*#", "", (
        ("cran", "source", r"\brepos\s*=\s*(?P<list>c\s*\([^()]*\)|\"[^\"\n]*\"|'[^'\n]*')", "R repos"),
        ("cran", "ref", r"\b(?:remotes|devtools|pak)::(?:install_github|install_gitlab|install_bitbucket|pkg_install|pak)\s*\(\s*"
                        r"(?:repo\s*=\s*)?[\"'](?P<url>[\w.-]+/[\w.-]+)(?:@(?P<pin>[\w.-]+))?[\"']", "install_github"),
        ("cran", "ref", r"\b(?:remotes|devtools)::install_(?:url|git)\s*\(\s*(?:url\s*=\s*)?[\"']" + _U, "install_url"),
        ("cran", "ref", r"\b(?:source|sys\.source|devtools::source_url|source_url)\s*\(\s*(?:file\s*=\s*)?(?:url\s*\(\s*)?[\"']" + _U,
         "source(url)"),
        ("", "env", r"\bSys\.setenv\s*\(\s*(?P<name>\w+)\s*=\s*[\"'](?P<url>[^\"']*)[\"']", "Sys.setenv"))),
    (r"/renv\.lock$", r"", "", (
        ("cran", "ref", r'"RemoteType"\s*:\s*"(?:github|gitlab|bitbucket)"[^{}]*?"RemoteUsername"\s*:\s*"(?P<owner>[\w.-]+)"'
                        r'[^{}]*?"RemoteRepo"\s*:\s*"(?P<url>[\w.-]+)"(?:[^{}]*?"RemoteSha"\s*:\s*"(?P<pin>[0-9a-f]+)")?', "renv.lock remote"),
        ("cran", "source", r'"Repositories"\s*:\s*\[(?P<list>[^\]]*)\]', "renv.lock repositories"))),
    (r"/DESCRIPTION$", r"^\s*#", "", (
        ("cran", "ref", r"(?m)^Remotes:\s*(?P<list>[^\n]*(?:\n[ \t]+[^\n]*)*)", "DESCRIPTION Remotes"),
        ("cran", "source", r"(?m)^Additional_repositories:\s*(?P<list>[^\n]*(?:\n[ \t]+[^\n]*)*)", "DESCRIPTION Additional_repositories"))),
    # PlatformIO (docs.platformio.org/page/projectconf: platform, platform_packages and lib_deps take a URL instead of a
    # registry name; extra_scripts run at build time)
    (r"/platformio\.ini$", r"^\s*[;#]", "", (
        ("platformio", "urlref", r"(?m)^[ \t]*(?:platform|platform_packages|lib_deps|extra_scripts)\s*=(?P<list>[^\n]*(?:\n[ \t]+[^\n]*)*)",
         "platformio.ini dependency"),)),
    # Erlang rebar3 (rebar3.org/docs/configuration/dependencies: `{name, {git, "URL", {branch|tag|ref, "x"}}}`,
    # git_subdir, hg; hex mirrors: `{rebar_packages_cdn, "URL"}`, `{hex, [{repos, [#{repo_url => "URL"}]}]}`)
    (r"/rebar\.config(\.script)?$", r"^\s*%", "", (
        ("hex", "ref", r"\{\s*(?P<name>\w+)\s*,\s*(?:\"[^\"]*\"\s*,\s*)?\{\s*(?:git|git_subdir|hg)\s*,\s*\"" + _U +
         r"\"\s*(?:,\s*\{\s*(?:branch|tag|ref)\s*,\s*\"(?P<pin>[^\"]+)\"\s*\})?", "rebar.config dependency"),
        ("hex", "source", r"\{\s*rebar_packages_cdn\s*,\s*\"" + _U + "\"", "rebar_packages_cdn"),
        ("hex", "source", r"\b(?:repo_url|api_url)\s*=>\s*<?<?\"" + _U + "\"", "rebar3 hex repo"))),
    # Haskell (cabal.readthedocs.io cabal.project `source-repository-package` type/location/tag and `repository`
    # stanzas with `url:` / `secure: False`; docs.haskellstack.org yaml: extra-deps git/github/url, package-index)
    (r"/cabal\.project(\.[\w.-]+)?$|/\.cabal/config$|/cabal/config$", r"^\s*--", "", (
        ("hackage", "ref", r"(?m)^source-repository-package\s*\n(?:[ \t]+[^\n]*\n)*?[ \t]+location:\s*" + _U +
         r"(?:[^\n]*\n(?:[ \t]+(?!location)[^\n]*\n)*?[ \t]+(?:tag|commit):\s*(?P<pin>\S+))?", "cabal source-repository-package"),
        ("hackage", "source", r"(?m)^repository\s+[\w.-]+\s*\n(?:[ \t]+[^\n]*\n)*?[ \t]+url:\s*" + _U, "cabal repository"),
        ("hackage", "insecure", r"(?im)(?P<url>^[ \t]+secure:\s*false\b)", "cabal repository secure: False"))),
    (r"/stack\.yaml$|/\.stack/config\.yaml$|/stack/config\.yaml$", r"^\s*#", "", (
        ("hackage", "ref", r"(?m)^[ \t]*-?[ \t]*git:\s*" + _U + r"(?:\s*\n[ \t]+commit:\s*(?P<pin>\S+))?", "stack extra-deps git"),
        ("hackage", "ref", r"(?m)^[ \t]*-?[ \t]*github:\s*(?P<url>[\w.-]+/[\w.-]+)(?:\s*\n[ \t]+commit:\s*(?P<pin>\S+))?", "stack extra-deps github"),
        ("hackage", "ref", r"(?m)^[ \t]*-[ \t]*(?:url:\s*)?(?P<url>https?://\S+\.(?:tar\.gz|tgz|zip))\s*$", "stack extra-deps archive"),
        ("hackage", "source", r"(?m)^[ \t]+(?:download-prefix|url):\s*" + _U, "stack package-index"))),
    # OCaml opam (opam.ocaml.org/doc/Manual.html#opamfield-pin-depends: `pin-depends: [["pkg.v" "git+https://…#ref"]]`)
    (r"\.opam$|/opam$|\.opam\.template$", r"^\s*#", "", (
        ("opam", "ref", r"\[\s*\"(?P<name>[\w.+-]+)\"\s*\"" + r"(?P<url>(?:git\+)?(?:https?|ssh|git)://[^\"#]+)(?:#(?P<pin>[^\"]+))?\"\s*\]",
         "opam pin-depends"),)),
    # Zig (ziglang.org build.zig.zon: `.url = "…", .hash = "…"` per dependency)
    (r"/build\.zig\.zon$", r"^\s*//", "", (
        ("zig", "ref", r"\.(?P<name>[\w@\"-]+)\s*=\s*\.\{\s*\.url\s*=\s*\"" + _U + r"\"\s*,?\s*(?P<pin>\.hash\s*=)?", "build.zig.zon dependency"),)),
    # Clojure (clojure.org/reference/deps_edn: `:git/url`, `:git/tag`, `:git/sha`, `:mvn/repos {"n" {:url "URL"}}`;
    # Leiningen sample project.clj `:repositories [["n" "URL"]]`)
    (r"/deps\.edn$|/bb\.edn$", r"^\s*;", "", (
        ("clojure", "ref", r"(?P<name>[\w.$/-]+)\s*\{[^{}]*?:git/url\s+\"" + _U + r"\"(?:[^{}]*?:git/(?:tag|sha)\s+\"(?P<pin>[^\"]+)\")?",
         "deps.edn git dependency"),
        ("maven", "source", r":mvn/repos\s*\{(?P<list>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", "deps.edn :mvn/repos"))),
    (r"/project\.clj$|/profiles\.clj$", r"^\s*;", "", (
        ("maven", "source", r":(?:plugin-)?repositories\s*(?P<list>\[[^\]]*(?:\[[^\]]*\][^\]]*)*\]|\{[^{}]*\})", "lein :repositories"),)),
    # LuaRocks (github.com/luarocks/luarocks/wiki/Config-file-format: rocks_servers)
    (r"/config(?:-5\.\d)?\.lua$", r"^\s*--", "", (
        ("luarocks", "source", r"\brocks_servers\s*=\s*\{(?P<list>[^{}]*)\}", "luarocks rocks_servers"),)),
    # Perl (metacpan Module::CPANfile: `requires 'X', git => 'URL', ref => 'x'`; Carton/cpm)
    (r"/cpanfile$", r"^\s*#", "", (
        ("cpan", "ref", r"\brequires\s+['\"](?P<name>[\w:]+)['\"][^;\n]*?\b(?:git|url|dist)\s*=>\s*['\"]" + _U +
         r"['\"](?:[^;\n]*?\bref\s*=>\s*['\"](?P<pin>[^'\"]+)['\"])?", "cpanfile dependency"),)),
    # Composer (getcomposer.org/doc/06-config.md: secure-http false, disable-tls true)
    (r"/composer\.json$|/\.composer/config\.json$|/composer/config\.json$", r"", "", (
        ("packagist", "insecure", r"(?P<url>\"secure-http\"\s*:\s*false|\"disable-tls\"\s*:\s*true)", "composer TLS check off"),)),
    # NuGet (learn.microsoft.com/nuget/reference/nuget-config-file: allowInsecureConnections on a source)
    (r"/[Nn]u[Gg]et\.[Cc]onfig$", r"", "", (
        ("nuget", "insecure", r"(?P<url>\ballowInsecureConnections\s*=\s*\"true\")", "NuGet allowInsecureConnections"),)),
    # Yarn berry (yarnpkg.com/configuration/yarnrc: unsafeHttpWhitelist, checksumBehavior ignore)
    (r"/\.yarnrc\.yml$", r"^\s*#", "", (
        # (plain http to this machine is no weakened check: `unsafeHttpWhitelist: [localhost]`)
        ("npm", "insecure", r"(?m)(?P<url>^\s*unsafeHttpWhitelist:\s*(?:\[(?![\s\"']*(?:localhost|127\.0\.0\.1|\[?::1\]?)[\s\"']*\])[^\]]*\S[^\]]*\]|"
         r"\n\s+-\s*(?!(?:localhost|127\.0\.0\.1)\s*$)\S+)|^\s*checksumBehavior:\s*[\"']?ignore)",
         "yarnrc check off"),)),
    # conda (docs.conda.io environment.yml `channels:`, .condarc channels/channel_alias/ssl_verify, `chan::pkg`)
    (r"/environment\.ya?ml$|/[\w.-]*env[\w.-]*\.ya?ml$|/\.condarc$|/condarc$|/\.mambarc$", r"^\s*#", "", (
        ("conda", "source", r"(?m)^channels:\s*(?P<list>(?:\[[^\]]*\])|(?:\n[ \t]*-[ \t]*\S+[^\n]*)+)", "conda channels"),
        ("conda", "source", r"(?m)^[ \t]*-[ \t]*(?P<url>[\w.-]+)::[\w.-]+", "conda channel::package"),
        ("conda", "source", r"(?m)^channel_alias:\s*" + _U, "conda channel_alias"),
        ("conda", "insecure", r"(?m)(?P<url>^ssl_verify:\s*(?:false|False|no)\b)", "conda ssl_verify false"))),
    # Deno (docs.deno.com/runtime/fundamentals/modules: import maps `"imports"` in deno.json / import_map.json)
    (r"/deno\.jsonc?$|/import_map\.json$", r"^\s*//", "", (
        ("deno", "source", r"\"[^\"\n]+\"\s*:\s*\"" + r"(?P<url>https?://[^\"\s]+)\"", "deno import map"),)),
    # Cargo (doc.rust-lang.org/cargo/reference/source-replacement.html: [source.x] registry / local-registry;
    # config.html [http] check-revoke): registry/index lines are `supply.file_sources`
    (r"/\.cargo/config(\.toml)?$", r"^\s*#", "", (
        ("crates", "insecure", r"(?P<url>check-revoke\s*=\s*false\b)", "cargo check-revoke false"),)),
    # vcpkg (learn.microsoft.com/vcpkg/reference/vcpkg-configuration-json: registries, default-registry)
    (r"/vcpkg-configuration\.json$|/vcpkg\.json$", r"", "", (
        ("vcpkg", "source", r"\"kind\"\s*:\s*\"(?:git|artifact)\"\s*,[^{}]*?\"(?:repository|location)\"\s*:\s*\"" + _U, "vcpkg registry"),
        ("vcpkg", "source", r"\"(?:repository|location)\"\s*:\s*\"" + _U + r"\"\s*,[^{}]*?\"kind\"\s*:\s*\"(?:git|artifact)\"", "vcpkg registry"))),
    # Conan (docs.conan.io 2 remotes.json: url, verify_ssl)
    (r"/remotes\.json$", r"", "", (
        ("conan", "source", r"\"url\"\s*:\s*\"" + _U, "conan remote"),
        ("conan", "insecure", r"(?P<url>\"verify_ssl\"\s*:\s*false)", "conan verify_ssl false"))),
    # Bazel (bazel.build/external/registry: `--registry=URL` in .bazelrc); Buck2 BUCK/TARGETS archives use the
    # http_archive reader of `knowledge/manifests.py`
    (r"/\.bazelrc$|/bazelrc$", r"^\s*#", "", (
        ("bazel", "source", r"--registry[= ]" + _U, "bazel --registry"),)),
    # Terraform / OpenTofu (developer.hashicorp.com/terraform/language/modules/sources: git::, github.com/o/r,
    # https archives, s3::, ?ref=; CLI config provider_installation network_mirror)
    (r"\.tf$|\.tofu$|\.tf\.json$|/\.terraformrc$|/terraform\.rc$|\.tfrc$", r"^\s*(?:#|//)", "", (
        ("terraform", "ref", r"\bsource\s*[=:]\s*\"(?P<url>(?:git::|hg::|s3::|gcs::)?(?:https?://|ssh://|git@)[^\"?]+|"
                             r"(?:github\.com|bitbucket\.org|gitlab\.com)/[\w.-]+/[\w./-]+)(?:\?ref=(?P<pin>[^\"&]+))?[^\"]*\"", "terraform module source"),
        ("terraform", "source", r"\bnetwork_mirror\s*\{[^{}]*?\burl\s*=\s*\"" + _U, "terraform network_mirror"))),
    # Helm (helm.sh/docs/topics/charts: Chart.yaml `dependencies[].repository`; `file://` is local). Chart repositories are
    # many and vendor-run: one outside the known publishers (`defaults.helm`) is asked about, as the fallback is
    (r"/Chart\.ya?ml$", r"^\s*#", "", (
        ("any", "source", r"(?m)^[ \t]*-?[ \t]*repository:[ \t]*[\"']?(?P<url>(?:https?|oci)://[^\s\"']+)", "Chart.yaml dependency repository"),)),
    # Ansible (docs.ansible.com ansible-galaxy requirements.yml `src:` git+/URL, collections `type: git`; ansible.cfg
    # [galaxy] server, validate_certs / ignore_certs)
    (r"/requirements\.ya?ml$|/galaxy-requirements\.ya?ml$|/roles/requirements\.ya?ml$|/collections/requirements\.ya?ml$",
     r"^\s*#", "", (
        ("galaxy", "ref", r"(?m)^[ \t]*-?[ \t]*(?:src|name|source):\s*[\"']?(?P<url>(?:git\+)?(?:https?|ssh|git)://[^\s\"',]+)"
                          r"(?:[\"']?\s*\n(?:[ \t]+(?!-)[^\n]*\n)*?[ \t]+version:\s*[\"']?(?P<pin>[^\s\"']+))?", "galaxy requirement"),)),
    (r"/ansible\.cfg$|/\.ansible\.cfg$", r"^\s*[#;]", "", (
        ("galaxy", "source", r"(?m)^\s*(?:server|url)\s*=\s*" + _U, "ansible.cfg galaxy server"),
        ("galaxy", "insecure", r"(?im)(?P<url>^\s*(?:validate_certs\s*=\s*(?:false|no|0)|ignore_certs\s*=\s*(?:true|yes|1))\b)", "galaxy TLS check off"))),
    # apt (manpages.debian.org sources.list(5): `deb [trusted=yes] URL suite`, deb822 `URIs:` / `Trusted: yes`;
    # apt.conf(5) Acquire::AllowInsecureRepositories, APT::Get::AllowUnauthenticated)
    (r"/sources\.list$|/sources\.list\.d/[\w.-]+\.(?:list|sources)$", r"^\s*#", "", (
        ("apt", "source", r"(?m)^\s*deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?" + _U, "apt source"),
        ("apt", "source", r"(?m)^URIs:\s*" + _U, "apt source"),
        ("apt", "insecure", r"(?m)(?P<url>^\s*deb(?:-src)?\s+\[[^\]]*\b(?:trusted=yes|allow-insecure=yes|allow-weak=yes)[^\]]*\]|"
                            r"^Trusted:\s*yes\b)", "apt trusted=yes"))),
    (r"/apt\.conf(\.d/[\w.-]+)?$", r"^\s*(?://|#)", "", (
        ("apt", "insecure", r"(?P<url>\b(?:Acquire::AllowInsecureRepositories|APT::Get::AllowUnauthenticated|"
                            r"Acquire::AllowDowngradeToInsecureRepositories|Acquire::https::Verify-Peer)\s+\"?(?:true|1|false)\"?)",
         "apt authentication off"),)),
    # yum / dnf (man dnf.conf: baseurl, gpgcheck=0, sslverify=0)
    (r"\.repo$|/yum\.conf$|/dnf\.conf$", r"^\s*#", "", (
        ("rpm", "source", r"(?m)^\s*(?:baseurl|mirrorlist|metalink)\s*=\s*" + _U, "yum repository"),
        ("rpm", "insecure", r"(?im)(?P<url>^\s*(?:gpgcheck|sslverify)\s*=\s*(?:0|false|no)\b)", "yum gpgcheck=0"))),
    # Startup files that set the package variables (`ENV["JULIA_PKG_SERVER"] = …` above; .Renviron / .env lines)
    (r"/\.Renviron$|/Renviron\.site$", r"^\s*#", "", (
        ("", "env", r"(?m)^\s*(?P<name>\w+)\s*=\s*[\"']?(?P<url>[^\"'\n]*)", "Renviron"),)),
)

#: A file kind's first test: base names and suffixes some pattern can match.
NAMES = frozenset({"repositories", "build.mill", "build.sc", "package.mill", "build.gradle", "build.gradle.kts", "settings.gradle",
                   "settings.gradle.kts", "init.gradle", "init.gradle.kts", "gradle-wrapper.properties", "pom.xml", "settings.xml",
                   "maven.config", "jvm.config", ".mavenrc", "nix.conf", "channels.scm", "startup.jl", ".Rprofile", "Rprofile.site",
                   "renv.lock", "DESCRIPTION", "rebar.config", "rebar.config.script", "config", "config.yaml", "stack.yaml", "opam",
                   "build.zig.zon", "deps.edn", "bb.edn", "project.clj", "profiles.clj", "cpanfile", "composer.json", "config.json",
                   "NuGet.Config", "NuGet.config", "nuget.config", ".yarnrc.yml", ".condarc", "condarc", ".mambarc", "deno.json",
                   "deno.jsonc", "import_map.json", "config.toml", "vcpkg-configuration.json", "vcpkg.json", "remotes.json", ".bazelrc",
                   "bazelrc", ".terraformrc", "terraform.rc", "ansible.cfg", ".ansible.cfg", "sources.list", "apt.conf", "yum.conf",
                   "dnf.conf", ".Renviron", "Renviron.site", "Manifest.toml", "JuliaManifest.toml", "Project.toml",
                   "JuliaProject.toml", "platformio.ini", "Chart.yaml", "Chart.yml", "maven-wrapper.properties", ".bazeliskrc"})  # fmt: skip
SUFFIXES = (".sbt", ".scala", ".mill", ".gradle", ".kts", ".nix", ".scm", ".jl", ".R", ".r", ".Rmd", ".opam", ".opam.template",
            ".lua", ".tf", ".tofu", ".tf.json", ".tfrc", ".list", ".sources", ".repo", ".yml", ".yaml", ".toml")  # fmt: skip
_COMPILED: list[tuple[Any, Any, Any, tuple[tuple[str, str, Any, str], ...]]] = []
_URL_ITEM = lazyre.compile(r"""(?:https?|git\+https?|s3|oci|file)://[^\s"',\]\[)(}{]+""")
_KEY_ITEM = lazyre.compile(r"""[\w.-]+:[A-Za-z0-9+/]{20,}={0,2}""")
_REMOTE_ITEM = lazyre.compile(r"""(?:^|[\s,"'])(?:github::)?([\w.-]+/[\w.-]+(?:@[\w.-]+)?)(?=$|[\s,"'])""")
_WORD_ITEM = lazyre.compile(r"""(?m)(?:^[ \t]*-|[\[,])[ \t]*["']?([\w.-]+)""")
_ONE = lazyre.compile("|".join(f"(?P<k{i}>{k[0]})" for i, k in enumerate(KINDS)))


def _kinds() -> list[tuple[Any, Any, Any, tuple[tuple[str, str, Any, str], ...]]]:
    if not _COMPILED:
        for path, comment, strip, rows in KINDS:
            _COMPILED.append((re.compile(path), re.compile(comment, re.M) if comment else None,
                              re.compile(strip) if strip else None,
                              tuple((eco, kind, re.compile(rx), how) for eco, kind, rx, how in rows)))  # fmt: skip
    return _COMPILED


def kind_of(path: str) -> int:
    base = path[path.rfind("/") + 1:]
    if base not in NAMES and not base.endswith(SUFFIXES) and not base.startswith("cabal.project"):
        return -1
    m = _ONE.search("/" + path.lstrip("/"))
    return int(m.lastgroup[1:]) if m is not None and m.lastgroup is not None else -1


def reader(path: str, fallback: bool = True) -> Callable[[str], Iterator[Any]] | None:
    """The rows for this kind of file; else, with `fallback`, the generic reader for configuration files."""
    k = kind_of(path)
    if k >= 0:
        return lambda text: scan(k, text)
    if fallback and _GENERIC_PATH.search(path) and not _NOT_CONFIG.search(path):
        return generic
    return None


#: The fallback for a tool none of the rows names: configuration files (by suffix or a dotfile `rc`), and a key whose
#: name says it is where packages come from (registry, mirror, index URL, substituters, package source/feed,
#: repository URL) set to a URL. Tests, examples, fixtures and documentation are not configuration.
_GENERIC_PATH = lazyre.compile(r"\.(?:ya?ml|toml|ini|cfg|conf|json|jsonc|properties|xml|config|env|rc|wrap)$|/\.[\w.-]*rc$|/Cartfile$")
_NOT_CONFIG = lazyre.compile(r"(?:^|/)(?:tests?|spec|specs|examples?|samples?|fixtures?|testdata|__tests__|docs?|node_modules|vendor)/"
                             r"|(?:^|/)(?:package|package-lock|tsconfig|composer|renovate|\.?eslintrc|\.?prettierrc)[\w.-]*\.json$"
                             r"|/\.github/|/\.gitlab-ci\.yml$|(?:^|/)(?:docker-)?compose[\w.-]*\.ya?ml$"
                             r"|/\.(?:bash|zsh|env|vim|gvim|ex|input|screen|ksh|csh|tcsh|xinit|nano|wget|curl|mk|lesskey)rc$")
_GENERIC_KEY = lazyre.compile(
    r"""(?im)^[ \t]*["']?(?P<key>[\w.-]*(?:registry|registries|mirror|mirrors|index[-_]?url|extra[-_]?index|substituters?|"""
    r"""package[-_]?(?:source|feed|index|server)s?|repo(?:sitory)?[-_]?url|artifact[-_]?(?:repository|server))[\w.-]*)["']?"""
    r"""[ \t]*(?:[:=]|=>)[ \t]*\[?[ \t]*["']?(?P<url>https?://[^\s"',\]]+)""")


#: A dependency by git reference in any configuration: `git+https://…`, `git://…`, `https://…/repo.git#ref`,
#: `github: owner/repo` / `github "owner/repo"` (Crystal shards, Carthage), and the branch or revision near it.
_GENERIC_GIT = lazyre.compile(r"""(?m)(?P<url>git\+(?:https?|ssh)://[^\s"',\]}]+|git://[^\s"',\]}]+|https?://[^\s"',\]}#]+\.git(?![\w.-])(?:#[^\s"',\]}]+)?)"""
                              r"""|^[ \t]*github:?[ \t]+["']?(?P<gh>[\w.-]+/[\w.-]+)["']?""")
_GENERIC_PIN = lazyre.compile(r"""\b(?:branch|tag|rev|revision|ref|commit|version)["']?\s*[:=]\s*["']?[~^=<> ]*([\w./-]+)""")
#: Settings that let a package tool accept unsigned or unauthenticated packages, in any configuration syntax.
_GENERIC_INSECURE = lazyre.compile(
    r"""(?im)(?P<url>^[ \t]*siglevel[ \t]*=[ \t]*(?:never|optional[ \t]+trustall)\b|^[ \t]*["']?[\w.-]*(?:allow[-_]?untrusted|"""
    r"""allow[-_]?unsigned|allow[-_]?unauthenticated|skip[-_]?signature[-_]?checks?|no[-_]?gpg[-_]?checks?)[\w.-]*["']?[ \t]*[:=][ \t]*"""
    r"""["']?(?:true|yes|on|1)\b)""")


#: The same key holding objects whose `url` is the source (Unity `scopedRegistries: [{"name", "url"}]`, `mirrors:` lists).
_GENERIC_OBJ = lazyre.compile(r"""(?i)["']?(?P<key>[\w.-]*(?:registr|mirror|repositor|feed|channel)[\w.-]*)["']?[ \t]*[:=][ \t]*\[?\s*\{"""
                              r"""[^{}]*?["']?(?:url|uri|endpoint)["']?[ \t]*[:=][ \t]*["']?(?P<url>https?://[^\s"',\]}]+)""")


def generic(text: str) -> Iterator[Source | Package]:
    text = "\n".join(line for line in text[:200_000].splitlines() if not _COMMENT.match(line))
    for rx in (_GENERIC_KEY, _GENERIC_OBJ):
        for m in rx.finditer(text):
            yield Source("any", m.group("url"), m.group("key"), lasting=True)
    for m in _GENERIC_INSECURE.finditer(text):
        yield Source("any", m.group("url").strip()[:80], "package signature check off", insecure=True, lasting=True)
    for m in _GENERIC_GIT.finditer(text):
        url = m.group("url") or ""
        pin = url.partition("#")[2]
        if not pin:
            near = _GENERIC_PIN.search(text, m.end(), m.end() + 160)
            pin = near.group(1) if near else ""
        ref = ("github:" + m.group("gh")) if m.group("gh") else re.sub(r"^git\+", "", url.partition("#")[0])
        yield Package("any", "", "configuration git reference", False, ref=ref, explicit=True, pin=pin)


_COMMENT = lazyre.compile(r"^\s*(?:#|//|;|--)")


HOWS = frozenset(row[3] for k in KINDS for row in k[3] if row[1] in ("ref", "urlref")) | {"configuration git reference"}


def scan(k: int, text: str) -> Iterator[Package | Source]:
    from automode.knowledge.supply import env_sources

    _, comment, strip, rows = _kinds()[k]
    if comment is not None:
        text = "\n".join("" if comment.match(line) else line for line in text.splitlines())
    if strip is not None:
        text = strip.sub("", text)
    for eco, kind, rx, how in rows:
        for m in rx.finditer(text):
            g = m.groupdict()
            if kind == "env":
                yield from (Source(s.eco, s.url, s.how, s.insecure, True) for s in env_sources(g.get("name") or "", g.get("url") or ""))
                continue
            if kind == "insecure":
                yield Source(eco, re.sub(r"\s+", " ", g.get("url") or m.group(0))[:120], how, insecure=True, lasting=True)
                continue
            values = _items(g["list"], kind, eco) if g.get("list") is not None else [g.get("url") or ""]
            for v in values:
                v = v.replace("\\:", ":").strip()
                if not v:
                    continue
                if kind == "key":
                    v = re.sub(r"-\d+$", "", v.split(":", 1)[0])  # `cache.example.org-1:base64…`: the cache it vouches for
                    if v:
                        yield Source(eco, v, how, lasting=True)
                elif kind == "source":
                    yield Source(eco, v, how, lasting=True)
                else:
                    yield _ref(eco, how, v, g)


def _items(value: str, kind: str, eco: str) -> list[str]:
    """The entries of a list value: URLs; for a key list the keys (`name:base64`); for a remote list `owner/repo`
    (R `Remotes: github::o/r@ref`); for conda channel lists bare channel names too."""
    if kind == "key":
        return _KEY_ITEM.findall(value)
    out = _URL_ITEM.findall(value)
    if kind == "ref":  # ("urlref": URLs only; `owner/name @ 1.0` there is a registry name)
        out += [m.group(1) for m in _REMOTE_ITEM.finditer(_URL_ITEM.sub(" ", value))]
    elif eco == "conda":
        out += [w for w in _WORD_ITEM.findall(_URL_ITEM.sub(" ", value)) if w.lower() not in ("channels",)]
    return out


def _ref(eco: str, how: str, url: str, g: dict[str, str | None]) -> Package:
    pin = g.get("pin") or ""
    name = (g.get("name") or "").strip('"')
    if g.get("owner"):
        url = f"github:{g['owner']}/{url}"
    elif re.fullmatch(r"(?:github::)?[\w.-]+/[\w.-]+(?:@[\w.-]+)?", url):
        url, _, at = url.removeprefix("github::").partition("@")
        pin = pin or at
        url = "github:" + url
    elif url.startswith(("github.com/", "gitlab.com/", "bitbucket.org/")):
        url = "https://" + url
    url = re.sub(r"^(?:git|hg|s3|gcs)::", "", url)
    if how == "build.zig.zon dependency":
        pin = "hash" if pin else ""  # `.hash` checks the archive's content
    return Package(eco, name, how, False, ref=url, explicit=True, pin=pin)


def command_twin(cmd: Command) -> list[Package | Source]:
    """The command-line twin of a configuration file (`sbt 'set resolvers += "x" at "http://…"'`, `julia -e
    'Pkg.add(url=…)'`, `Rscript -e 'remotes::install_github(…)'`, `add-apt-repository 'deb [trusted=yes] …'`): the
    arguments read with that file's rows (managers.json `scan_args`: program -> the file whose rows apply), for every
    invocation the command stands for (through runners)."""
    from automode.knowledge.supply import argv_of, invocations, managers

    out: list[Package | Source] = []
    table = managers()["scan_args"]
    for words in invocations(cmd):
        argv = argv_of(words)
        path = table.get(argv[0]) if argv else None
        k = kind_of(path) if path and len(argv) > 1 else -1
        if k < 0:
            continue
        for x in scan(k, "\n".join(argv[1:])[:100_000]):
            out.append(Source(x.eco, x.url, f"{argv[0]} {x.how}", x.insecure) if isinstance(x, Source) else
                       Package(x.eco, x.name, argv[0], True, ref=x.ref, explicit=True, pin=x.pin))  # fmt: skip
    return out
