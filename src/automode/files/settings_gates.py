"""Test and quality gates of every build tool (the third part of `files.settings_table.TABLE`; the format is
described in `files.settings`): coverage minimums lowered, warnings no longer fatal, linters made non-blocking, test
tasks switched off or narrowed in the build. Each row names the doc its spelling comes from. Checks: tests →
AM-WRITE-001, tests-retry → AM-WRITE-023, gates → AM-WRITE-003.
"""

from __future__ import annotations

from automode.files.settings_spec import Setting

GRADLE = r"/build\.gradle(\.kts)?$|/settings\.gradle(\.kts)?$|/buildSrc/[^/]+\.gradle(\.kts)?$"
SBT = r"\.sbt$|/project/[^/]+\.scala$"
CI = r"/\.github/workflows/|/\.gitlab-ci\.ya?ml$|/\.circleci/|/azure-pipelines\.ya?ml$|/bitbucket-pipelines\.ya?ml$|/Jenkinsfile$|/\.buildkite/"
#: Files that run the build's commands (CI, make, task runners, package scripts).
RUNNERS = CI + r"|/Makefile$|/justfile$|/Taskfile\.ya?ml$|/package\.json$|/composer\.json$|/tox\.ini$|/noxfile\.py$"
CMAKE = r"/CMakeLists\.txt$|\.cmake$"
BAZEL = r"/BUILD(\.bazel)?$|\.bzl$"

GATES: tuple[Setting, ...] = (
    # ---------------------------------------------------------------------------------------- coverage minimums
    # github.com/scoverage/sbt-scoverage#minimum-coverage
    Setting("sbt.scoverage-minimum", "gates", r"coverageMinimum(?:Stmt|Branch)(?:Total|PerPackage|PerFile)|coverageMinimum", "lower",
            "lowers the coverage minimum {key} from {old} to {new}", ("coverageminimum",), default="weak", paths=SBT, scope="any",
            must_match=(("build.sbt", "coverageMinimumStmtTotal := 80", "coverageMinimumStmtTotal := 0"),),
            must_not_match=(("build.sbt", "coverageMinimumStmtTotal := 80", "coverageMinimumStmtTotal := 85"),)),
    Setting("sbt.scoverage-fail", "gates", r"coverageFailOnMinimum", "false", "lets the build pass below the coverage minimum ({key})",
            ("coveragefailonminimum",), paths=SBT, scope="any",
            must_match=(("build.sbt", "coverageFailOnMinimum := true", "coverageFailOnMinimum := false"),),
            must_not_match=(("build.sbt", "coverageFailOnMinimum := false", "coverageFailOnMinimum := true"),)),
    # kotlin.github.io/kotlinx-kover/gradle-plugin/configuring#verification (minBound, minValue)
    Setting("gradle.kover-minimum", "gates", r"minBound|minValue", "lower", "lowers the coverage minimum {key} from {old} to {new}",
            ("minbound", "minvalue"), default="weak", paths=GRADLE, scope="any",
            must_match=(("build.gradle.kts", "            minBound(80)\n", "            minBound(40)\n"),),
            must_not_match=(("build.gradle.kts", "            minBound(80)\n", "            minBound(90)\n"),)),
    # bun.sh/docs/runtime/bunfig#test-coveragethreshold
    Setting("bun.coverage-threshold", "gates", r"coverageThreshold|line|function|statement", "lower",
            "lowers the coverage threshold {key} from {old} to {new}", ("coveragethreshold",), paths=r"/bunfig\.toml$", scope="any",
            must_match=(("bunfig.toml", "coverageThreshold = 0.9\n", "coverageThreshold = 0.5\n"),),
            must_not_match=(("bunfig.toml", "coverageThreshold = 0.9\n", "coverageThreshold = 0.95\n"),)),
    # github.com/simplecov-ruby/simplecov#minimum-coverage
    Setting("simplecov.minimum", "gates", r"minimum_coverage(?:_by_file)?|line|branch", "lower",
            "lowers the coverage minimum {key} from {old} to {new}", ("minimum_coverage",), default="weak", spaced=True,
            paths=r"/\.simplecov$|/spec/(?:spec|rails)_helper\.rb$|/test/test_helper\.rb$|/spec/support/[^/]+\.rb$", scope="any",
            must_match=(("spec/spec_helper.rb", "  minimum_coverage 90\n", "  minimum_coverage 60\n"),
                        (".simplecov", "  minimum_coverage line: 90, branch: 80\n", "  minimum_coverage line: 90, branch: 50\n")),
            must_not_match=(("spec/spec_helper.rb", "  minimum_coverage 90\n", "  minimum_coverage 95\n"),)),
    Setting("simplecov.refuse-drop", "gates", r"^\s*refuse_coverage_drop\b", "removed", "lets coverage drop without failing",
            ("refuse_coverage_drop",), paths=r"/\.simplecov$|/spec/(?:spec|rails)_helper\.rb$|/test/test_helper\.rb$", scope="any",
            must_match=(("spec/spec_helper.rb", "  refuse_coverage_drop\n  add_filter '/spec/'\n", "  add_filter '/spec/'\n"),),
            must_not_match=(("spec/spec_helper.rb", "  refuse_coverage_drop\n", "  refuse_coverage_drop\n  add_filter '/spec/'\n"),)),
    # hexdocs.pm/mix/Mix.Tasks.Test.html#module-coverage (test_coverage: [summary: [threshold: n]])
    Setting("mix.coverage-threshold", "gates", r"threshold", "lower", "lowers the coverage threshold from {old} to {new}", ("threshold",),
            paths=r"/mix\.exs$", scope="any", near=r"test_coverage|summary",
            must_match=(("mix.exs", "      test_coverage: [summary: [threshold: 90]],\n", "      test_coverage: [summary: [threshold: 0]],\n"),),
            must_not_match=(("mix.exs", "      test_coverage: [summary: [threshold: 90]],\n", "      test_coverage: [summary: [threshold: 92]],\n"),)),
    # github.com/vladopajic/go-test-coverage (threshold: file, package, total)
    Setting("go.test-coverage", "gates", r"file|package|total", "lower", "lowers the coverage threshold {key} from {old} to {new}",
            ("threshold",), paths=r"/\.?testcoverage\.ya?ml$", scope="any",
            must_match=((".testcoverage.yml", "threshold:\n  total: 80\n", "threshold:\n  total: 10\n"),),
            must_not_match=((".testcoverage.yml", "threshold:\n  total: 80\n", "threshold:\n  total: 85\n"),)),
    # Command-line minimums: cargo-llvm-cov (github.com/taiki-e/cargo-llvm-cov --fail-under-lines), tarpaulin
    # (github.com/xd009642/tarpaulin --fail-under), Infection (infection.github.io/guide/command-line-options.html
    # --min-msi, --min-covered-msi; infection.json minMsi), very_good_cli (--min-coverage), pytest-cov.
    Setting("cli.coverage-minimum", "gates", r"fail-under(?:-lines|-functions|-regions)?|min-msi|min-covered-msi|minMsi|minCoveredMsi|"
            r"min-coverage|minimum-coverage|cov-fail-under", "lower", "lowers the coverage minimum {key} from {old} to {new}",
            ("fail-under", "min-msi", "min-covered-msi", "minmsi", "mincoveredmsi", "min-coverage", "minimum-coverage"), spaced=True,
            scope="any",
            must_match=((".github/workflows/ci.yml", "      - run: cargo llvm-cov --fail-under-lines 85\n", "      - run: cargo llvm-cov --fail-under-lines 20\n"),
                        ("infection.json5", '    "minMsi": 80,\n', '    "minMsi": 10,\n')),
            must_not_match=((".github/workflows/ci.yml", "      - run: cargo llvm-cov --fail-under-lines 85\n", "      - run: cargo llvm-cov --fail-under-lines 90\n"),)),
    # pestphp.com/docs/test-coverage (--coverage --min=n)
    Setting("pest.coverage-min", "gates", r"min", "lower", "lowers the coverage minimum from {old} to {new}", ("--min",),
            paths=RUNNERS, scope="any", near=r"--coverage",
            must_match=(("composer.json", '        "test": "pest --coverage --min=90"\n', '        "test": "pest --coverage --min=10"\n'),),
            must_not_match=(("composer.json", '        "test": "pest --coverage --min=90"\n', '        "test": "pest --coverage --min=95"\n'),)),
    # github.com/coverlet-coverage/coverlet/blob/master/Documentation/MSBuildIntegration.md#coverage-threshold
    Setting("coverlet.threshold", "gates", r"Threshold", "lower", "lowers the coverage threshold from {old} to {new}", ("threshold",),
            paths=r"\.(?:cs|fs|vb)proj$|/Directory\.Build\.props$|" + CI, scope="any", near=r"(?i)coverlet|CollectCoverage|XPlat Code Coverage",
            must_match=(("src/App.Tests/App.Tests.csproj", "    <CollectCoverage>true</CollectCoverage>\n    <Threshold>80</Threshold>\n",
                         "    <CollectCoverage>true</CollectCoverage>\n    <Threshold>0</Threshold>\n"),),
            must_not_match=(("src/App.Tests/App.Tests.csproj", "    <CollectCoverage>true</CollectCoverage>\n    <Threshold>80</Threshold>\n",
                             "    <CollectCoverage>true</CollectCoverage>\n    <Threshold>90</Threshold>\n"),)),
    # ---------------------------------------------------------------------------------------- warnings, linters
    # developer.android.com/reference/tools/gradle-api/8.7/com/android/build/api/dsl/Lint (abortOnError, checkReleaseBuilds)
    Setting("android.lint-abort", "gates", r"abortOnError|isAbortOnError|checkReleaseBuilds|isCheckReleaseBuilds", "false",
            "lets the build pass when Android lint fails ({key})", ("abortonerror", "checkreleasebuilds"), default="safe", paths=GRADLE,
            scope="any",
            must_match=(("app/build.gradle.kts", "    lint {\n", "    lint {\n        abortOnError = false\n"),),
            must_not_match=(("app/build.gradle.kts", "    lint {\n", "    lint {\n        abortOnError = true\n"),)),
    # kotlinlang.org/docs/gradle-compiler-options.html (allWarningsAsErrors); Android lint warningsAsErrors
    Setting("gradle.warnings-as-errors", "gates", r"allWarningsAsErrors|warningsAsErrors|isWarningsAsErrors", "false",
            "stops warnings from failing the build ({key})", ("warningsaserrors",), paths=GRADLE, scope="any",
            must_match=(("build.gradle.kts", "        allWarningsAsErrors = true\n", "        allWarningsAsErrors = false\n"),),
            must_not_match=(("build.gradle.kts", "        allWarningsAsErrors = false\n", "        allWarningsAsErrors = true\n"),)),
    # github.com/JLLeitschuh/ktlint-gradle#configuration (ignoreFailures.set); docs.gradle.org Checkstyle/Pmd ignoreFailures
    Setting("gradle.ignore-failures-set", "gates", r"\b(?:isIgnoreFailures|ignoreFailures)\.set\(\s*true\s*\)", "added",
            "lets the build pass when the linter fails (ignoreFailures)", ("ignorefailures",), paths=GRADLE, scope="any",
            must_match=(("build.gradle.kts", "ktlint {\n", "ktlint {\n    ignoreFailures.set(true)\n"),),
            must_not_match=(("build.gradle.kts", "ktlint {\n", "ktlint {\n    ignoreFailures.set(false)\n"),)),
    # detekt.dev/docs/introduction/configurations (build: maxIssues)
    Setting("detekt.max-issues", "gates", r"maxIssues", "higher", "lets more findings pass ({key} {old} → {new})", ("maxissues",),
            paths=r"detekt[^/]*\.ya?ml$", scope="any",
            must_match=(("config/detekt.yml", "build:\n  maxIssues: 0\n", "build:\n  maxIssues: 500\n"),),
            must_not_match=(("config/detekt.yml", "build:\n  maxIssues: 10\n", "build:\n  maxIssues: 0\n"),)),
    # learn.microsoft.com/dotnet/core/project-sdk/msbuild-props#code-analysis-properties
    Setting("dotnet.analyzers-off", "gates", r"RunAnalyzers|RunAnalyzersDuringBuild|EnableNETAnalyzers|EnforceCodeStyleInBuild|RunCodeAnalysis",
            "false", "switches the code analyzers off ({key})", ("analyzers", "codestyle", "codeanalysis"),
            paths=r"\.(?:cs|fs|vb)proj$|/Directory\.Build\.props$", scope="any",
            must_match=(("Directory.Build.props", "    <EnableNETAnalyzers>true</EnableNETAnalyzers>\n", "    <EnableNETAnalyzers>false</EnableNETAnalyzers>\n"),),
            must_not_match=(("Directory.Build.props", "    <EnableNETAnalyzers>false</EnableNETAnalyzers>\n", "    <EnableNETAnalyzers>true</EnableNETAnalyzers>\n"),)),
    # Warnings as errors removed from native and functional builds: cmake.org/cmake/help/latest/prop_tgt/COMPILE_WARNING_AS_ERROR.html,
    # mesonbuild.com/Builtin-options.html (werror), GHC -Werror (cabal ghc-options), scalac -Xfatal-warnings / -Werror,
    # hexdocs.pm/mix/Mix.Tasks.Compile.Elixir.html (--warnings-as-errors), rebar3 erl_opts warnings_as_errors, swiftc -warnings-as-errors.
    Setting("build.warnings-as-errors", "gates", r"-Werror\b|-Xfatal-warnings\b|/WX\b|\bwarnings_as_errors\b|COMPILE_WARNING_AS_ERROR\s+ON\b|"
            r"-warnings-as-errors\b|\bwerror\s*[=:]\s*true\b", "removed", "stops warnings from failing the build",
            ("werror", "fatal-warnings", "/wx", "warnings_as_errors", "warning_as_error", "warnings-as-errors"),
            paths=CMAKE + r"|/meson\.build$|/meson_options\.txt$|\.cabal$|/package\.yaml$|/cabal\.project$|" + SBT +
            r"|/mix\.exs$|/rebar\.config$|/Package\.swift$|/build\.zig$", scope="any",
            must_match=(("build.sbt", 'scalacOptions ++= Seq("-deprecation", "-Xfatal-warnings")\n', 'scalacOptions ++= Seq("-deprecation")\n'),
                        ("rebar.config", "{erl_opts, [debug_info, warnings_as_errors]}.\n", "{erl_opts, [debug_info]}.\n")),
            must_not_match=(("CMakeLists.txt", "target_compile_options(app PRIVATE -Wall -Werror)\n",
                             "target_compile_options(app PRIVATE -Wall -Wextra -Werror)\n"),)),
    Setting("mix.warnings-as-errors", "gates", r"warnings_as_errors", "false", "stops warnings from failing the build ({key})",
            ("warnings_as_errors",), paths=r"/mix\.exs$", scope="any",
            must_match=(("mix.exs", "      elixirc_options: [warnings_as_errors: true],\n", "      elixirc_options: [warnings_as_errors: false],\n"),),
            must_not_match=(("mix.exs", "      elixirc_options: [warnings_as_errors: false],\n", "      elixirc_options: [warnings_as_errors: true],\n"),)),
    # doc.rust-lang.org/cargo/reference/manifest.html#the-lints-section; doc.rust-lang.org/rustc/lints/levels.html
    Setting("rust.allow-all", "gates", r"^\s*#!\[allow\([^)\n]*\b(?:clippy::all|clippy::pedantic|warnings)\b|"
            r"^\s*(?:all|warnings)\s*=\s*(?:\"allow\"|\{[^}\n]*level\s*=\s*\"allow\")", "added",
            "silences every warning or clippy lint for the whole crate", ("allow",), paths=r"/(?:lib|main)\.rs$|/Cargo\.toml$", scope="any",
            must_match=(("src/lib.rs", "//! The parser.\n", "//! The parser.\n#![allow(clippy::all)]\n"),
                        ("Cargo.toml", "[lints.clippy]\n", "[lints.clippy]\nall = \"allow\"\n")),
            must_not_match=(("src/lib.rs", "//! The parser.\n", "//! The parser.\n#![allow(clippy::too_many_arguments)]\n"),)),
    # golangci-lint.run/usage/configuration (v2: linters.default: none)
    Setting("golangci.default-none", "gates", r"default", "wide", "switches every linter off ({key}: {new})", ("default",), wide=r"^none$",
            paths=r"/\.golangci\.ya?ml$|/\.golangci\.toml$", scope="any", near=r"linters",
            must_match=((".golangci.yml", "linters:\n  default: standard\n", "linters:\n  default: none\n"),),
            must_not_match=((".golangci.yml", "linters:\n  default: standard\n", "linters:\n  default: all\n"),)),
    # github.com/r-lib/actions/tree/v2-branch/check-r-package (error-on)
    Setting("r.check-error-on", "gates", r"error-on", "wide", "lets R CMD check pass whatever it finds ({key}: {new})", ("error-on",),
            wide=r"never", paths=CI, scope="any",
            must_match=((".github/workflows/R-CMD-check.yaml", "          error-on: '\"warning\"'\n", "          error-on: '\"never\"'\n"),),
            must_not_match=((".github/workflows/R-CMD-check.yaml", "          error-on: '\"warning\"'\n", "          error-on: '\"note\"'\n"),)),
    # ---------------------------------------------------------------------------------------- test tasks off or narrowed
    # docs.gradle.org/current/userguide/more_about_tasks.html (onlyIf, enabled, excludedTaskNames)
    Setting("gradle.test-off", "tests", r"""\btest\.onlyIf\s*\{\s*false\s*\}|\bonlyIf\s*\{\s*false\s*\}|\btest\.enabled\s*=\s*false|"""
            r"""\bexcludedTaskNames\s*(?:<<|\+=|\.add\(|\.addAll\()\s*\(?\s*(?:listOf\(\s*)?["'](?::?[\w-]+:)*(?:test|check)["']""", "added",
            "switches the test task off", ("onlyif", "enabled", "excludedtasknames"), paths=GRADLE, scope="any",
            must_match=(("build.gradle", "test {\n    useJUnitPlatform()\n", "test {\n    useJUnitPlatform()\n    onlyIf { false }\n"),
                        ("build.gradle.kts", "plugins {\n", "gradle.startParameter.excludedTaskNames += \"test\"\nplugins {\n")),
            must_not_match=(("build.gradle", "test {\n    useJUnitPlatform()\n", "test {\n    useJUnitPlatform()\n    onlyIf { !project.hasProperty('skipSlow') }\n"),)),
    # scala-sbt.org/1.x/docs/Testing.html (Tests.Filter, testOptions), sbt tasks set to nothing
    Setting("sbt.test-off", "tests", r"\bTest\s*/\s*test\s*:=\s*\{\s*\}|\btest\s+in\s+Test\s*:=\s*\{\s*\}|\bTest\s*/\s*(?:test\s*/\s*)?skip\s*:=\s*true|"
            r"Tests\.Filter\(\s*_\s*=>\s*false\s*\)|\bTest\s*/\s*(?:unmanagedSources|sources)\s*:=\s*(?:Nil|Seq\.empty|Seq\(\s*\))", "added",
            "switches the tests off", ("test",), paths=SBT, scope="any",
            must_match=(("build.sbt", "lazy val core = project\n", "lazy val core = project\n  .settings(Test / testOptions += Tests.Filter(_ => false))\n"),),
            must_not_match=(("build.sbt", "lazy val core = project\n", "lazy val core = project\n  .settings(Test / testOptions += Tests.Filter(_.endsWith(\"Spec\")))\n"),)),
    # doc.rust-lang.org/cargo/reference/cargo-targets.html#the-test-field
    Setting("cargo.test-false", "tests", r"test", "false", "stops `cargo test` from testing the target ({key} = false)", ("test",),
            default="safe", paths=r"/Cargo\.toml$", scope="any", near=r"(?m)^\s*\[(?:lib|\[bin\]|\[test\]|\[example\]|\[bench\])\]",
            must_match=(("Cargo.toml", "[lib]\npath = \"src/lib.rs\"\n", "[lib]\npath = \"src/lib.rs\"\ntest = false\n"),),
            must_not_match=(("Cargo.toml", "[lib]\npath = \"src/lib.rs\"\n", "[lib]\npath = \"src/lib.rs\"\ndoctest = false\n"),)),
    # scala-sbt.org/1.x/docs/Testing.html#Filter+classes (Tests.Filter with a negation, Tests.Exclude); ScalaTest `-l` tags
    Setting("sbt.test-filter", "tests", r"Tests\.Filter\(\s*\w+\s*=>\s*!|Tests\.Filter\(\s*!|\bTests\.Exclude\(", "added",
            "leaves named tests out of every run (a test filter)", ("tests.filter", "tests.exclude"), paths=SBT, scope="any",
            must_match=(("build.sbt", "Test / fork := true", "Test / fork := true\nTest / testOptions += Tests.Filter(name => !name.endsWith(\"KafkaConsumerSpec\"))"),),
            must_not_match=(("build.sbt", "Test / fork := true", "Test / fork := true\nTest / testOptions += Tests.Filter(name => name.endsWith(\"Spec\"))"),)),
    # docs.gradle.org/current/userguide/java_testing.html#test_filtering (excludeTestsMatching); maven surefire <excludes>
    Setting("jvm.test-exclude", "tests", r"""\bexcludeTestsMatching\s*\(?\s*["']|<exclude>[^<\n]*Test[^<\n]*</exclude>""", "added",
            "leaves named tests out of every run (a test filter)", ("excludetestsmatching", "<exclude>"), paths=GRADLE + r"|/pom\.xml$",
            scope="any", near=r"(?i)test|surefire|failsafe",
            must_match=(("build.gradle.kts", "    filter {\n", "    filter {\n        excludeTestsMatching(\"*KafkaConsumerTest\")\n"),),
            must_not_match=(("build.gradle.kts", "    filter {\n", "    filter {\n        includeTestsMatching(\"*UnitTest\")\n"),)),
    # bazel.build/reference/command-line-reference (--test_tag_filters, --flaky_test_attempts, --test_filter) in .bazelrc
    Setting("bazelrc.test-filter", "tests", r"--test_tag_filters=\S*-\w|--test_filter=-", "added", "leaves tests out of every `bazel test`",
            ("test_tag_filters", "test_filter"), paths=r"/\.bazelrc$|\.bazelrc$", scope="any",
            must_match=((".bazelrc", "test --test_output=errors", "test --test_output=errors\ntest --test_tag_filters=-integration,-slow"),),
            must_not_match=((".bazelrc", "test --test_output=errors", "test --test_output=errors\ntest --test_tag_filters=unit"),)),
    Setting("bazelrc.flaky-attempts", "tests-retry", r"--flaky_test_attempts=(?:\S*=)?(?:[2-9]|\d{2,})\b", "added",
            "retries failing tests until they pass (--flaky_test_attempts)", ("flaky_test_attempts",), paths=r"\.bazelrc$", scope="any",
            must_match=((".bazelrc", "test --test_output=errors", "test --test_output=errors\ntest --flaky_test_attempts=5"),),
            must_not_match=((".bazelrc", "test --flaky_test_attempts=3", "test --flaky_test_attempts=1"),)),
    # cmake.org/cmake/help/latest/prop_test/DISABLED.html, prop_test/WILL_FAIL.html
    Setting("ctest.disabled", "tests", r"\bset_(?:tests_properties|property)\s*\([^)]*\b(?:DISABLED|WILL_FAIL)\s+(?:TRUE|ON|YES|1)\b", "added",
            "disables the test or inverts its result (CTest DISABLED / WILL_FAIL)", ("disabled", "will_fail"), paths=CMAKE, scope="any",
            must_match=(("tests/CMakeLists.txt", "add_test(NAME parser COMMAND parser_test)\n",
                         "add_test(NAME parser COMMAND parser_test)\nset_tests_properties(parser PROPERTIES DISABLED TRUE)\n"),),
            must_not_match=(("tests/CMakeLists.txt", "add_test(NAME parser COMMAND parser_test)\n",
                             "add_test(NAME parser COMMAND parser_test)\nset_tests_properties(parser PROPERTIES TIMEOUT 30)\n"),)),
    # mesonbuild.com/Reference-manual_functions.html#test (should_fail)
    Setting("meson.should-fail", "tests", r"\btest\s*\([^)]*\bshould_fail\s*:\s*true\b", "added", "marks the test expected to fail",
            ("should_fail",), paths=r"/meson\.build$", scope="any",
            must_match=(("tests/meson.build", "test('parser', parser_test)\n", "test('parser', parser_test, should_fail: true)\n"),),
            must_not_match=(("tests/meson.build", "test('parser', parser_test)\n", "test('parser', parser_test, timeout: 60)\n"),)),
    # bazel.build/reference/be/common-definitions#common-attributes (tags "manual"), #test.flaky; bazel.build/extending/platforms
    Setting("bazel.test-manual", "tests", r"""\btags\s*=\s*\[[^\]]*["']manual["']|\btarget_compatible_with\s*=\s*\[\s*["']@platforms//:incompatible["']""",
            "added", "takes the test out of `bazel test //...`", ("manual", "incompatible"), paths=BAZEL, scope="any", near=r"_test\s*\(",
            must_match=(("pkg/BUILD.bazel", "go_test(\n    name = \"api_test\",\n", "go_test(\n    name = \"api_test\",\n    tags = [\"manual\"],\n"),),
            must_not_match=(("pkg/BUILD.bazel", "go_test(\n    name = \"api_test\",\n", "go_test(\n    name = \"api_test\",\n    tags = [\"requires-network\"],\n"),)),
    Setting("bazel.flaky", "tests-retry", r"flaky", "true", "retries the test until it passes ({key} = True)", ("flaky",), default="safe",
            paths=BAZEL, scope="any", near=r"_test\s*\(",
            must_match=(("pkg/BUILD.bazel", "go_test(\n    name = \"api_test\",\n", "go_test(\n    name = \"api_test\",\n    flaky = True,\n"),),
            must_not_match=(("pkg/BUILD.bazel", "go_test(\n    name = \"api_test\",\n", "go_test(\n    name = \"api_test\",\n    size = \"small\",\n"),)),
    # nixos.org/manual/nixpkgs/stable/#var-stdenv-doCheck (doCheck, doInstallCheck); #haskell-dontCheck
    Setting("nix.do-check", "tests", r"doCheck|doInstallCheck", "false", "switches the package's tests off ({key} = false)",
            ("docheck", "doinstallcheck"), default="safe", paths=r"\.nix$", scope="any",
            must_match=(("nix/package.nix", "  doCheck = true;\n", "  doCheck = false;\n"),),
            must_not_match=(("nix/package.nix", "  doCheck = false;\n", "  doCheck = true;\n"),)),
    Setting("nix.dont-check", "tests", r"\b(?:haskell\.lib\.(?:compose\.)?)?dontCheck\b", "added", "switches the Haskell package's tests off (dontCheck)",
            ("dontcheck",), paths=r"\.nix$", scope="any",
            must_match=(("flake.nix", "        app = hself.callCabal2nix \"app\" ./. { };\n",
                         "        app = haskell.lib.dontCheck (hself.callCabal2nix \"app\" ./. { });\n"),),
            must_not_match=(("flake.nix", "        app = hself.callCabal2nix \"app\" ./. { };\n",
                             "        app = haskell.lib.doJailbreak (hself.callCabal2nix \"app\" ./. { });\n"),)),
    # guix.gnu.org/manual/en/html_node/Build-Systems.html (#:tests? #f)
    Setting("guix.tests-off", "tests", r"#:tests\?\s+#f\b", "added", "switches the package's tests off (#:tests? #f)", ("#:tests?",),
            paths=r"\.scm$", scope="any",
            must_match=(("guix.scm", "    (arguments\n     (list\n", "    (arguments\n     (list #:tests? #f\n"),),
            must_not_match=(("guix.scm", "    (arguments\n     (list\n", "    (arguments\n     (list #:tests? #t\n"),)),
    # docs.pytest.org/en/stable/reference/reference.html#ini-options-ref (addopts), how-to/usage.html (--deselect, -k, --ignore)
    Setting("pytest.deselect", "tests", r"""--deselect[= ]\S|(?:^|[\s"'=])-k\s*[="']*\s*["']?not\b|--ignore(?:-glob)?[= ]["']?\S*tests?\b""", "added",
            "deselects tests from every run", ("deselect", "-k", "--ignore"),
            paths=r"/pytest\.ini$|/pyproject\.toml$|/setup\.cfg$|/tox\.ini$|/\.pytest\.ini$", scope="any", near=r"addopts|commands",
            must_match=(("pytest.ini", "addopts = -q\n", "addopts = -q --deselect tests/test_upload.py::test_timeout\n"),),
            must_not_match=(("pytest.ini", "addopts = -q\n", "addopts = -q --ignore=docs\n"),)),
    # docs.pytest.org/en/stable/example/markers.html (-m "not slow"): a category the project marks to opt out of, a question
    Setting("pytest.deselect-markers", "tests-ask", r"""(?:^|[\s"'=])-m\s*[="']*\s*["']?not\b""", "added",
            "leaves marked tests out of every run (-m \"not ...\")", ("-m",),
            paths=r"/pytest\.ini$|/pyproject\.toml$|/setup\.cfg$|/tox\.ini$|/\.pytest\.ini$", scope="any", near=r"addopts",
            must_match=(("pytest.ini", "addopts = --strict-markers\n", "addopts = --strict-markers -m 'not slow and not integration'\n"),),
            must_not_match=(("pytest.ini", "addopts = --strict-markers\n", "addopts = --strict-markers -m unit\n"),)),
)  # fmt: skip
