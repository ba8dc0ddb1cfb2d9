"""Framework settings whose values expose an application or drop a check (session 16, class G4), in the format of
`files.settings_table` (read by `files.settings`; the check names the rule that reports each: exposure →
AM-WRITE-006, exposure-ask → AM-WRITE-006 as an ask, gates → AM-WRITE-003).

WordPress errors shown to visitors, Symfony's profiler in production, Laravel/Symfony `APP_DEBUG=1` in production
env files, ASP.NET detailed errors in production settings, dev servers on every interface or answering any Host
header (Vite, webpack, Angular), helmet or a Content-Security-Policy header removed, Next.js source maps published,
an ESLint security plugin removed or its rules turned off. Fixtures run in `tests/engine/test_settings_table.py`.
"""

from __future__ import annotations

from automode.files.settings_spec import Setting

DEV_SERVER_CONFIG = r"/(?:vite|vitest|webpack|rspack|nuxt|astro|svelte|quasar|rsbuild|farm)\.config\.[cm]?[jt]s$|/vue\.config\.js$|/angular\.json$|/webpack\.[\w.-]+\.js$"
ESLINT_CONFIG = r"/\.eslintrc(?:\.[\w]+)?$|/eslint\.config\.[cm]?[jt]s$|/package\.json$"
PROD_ENV = r"/\.env\.(?:prod|production)(?:\.local)?$"

FRAMEWORKS: tuple[Setting, ...] = (
    Setting("wordpress.debug-display", "exposure", r"""define\(\s*['"]WP_DEBUG_DISPLAY['"]\s*,\s*(?:true|1|['"]1['"])\s*\)|"""
            r"""ini_set\(\s*['"]display_errors['"]\s*,\s*['"]?(?:1|on|true)['"]?\s*\)""", "added",
            "shows PHP errors, paths and queries to every visitor (WP_DEBUG_DISPLAY / display_errors)", ("wp_debug_display", "display_errors"),
            paths=r"/wp-config[\w.-]*\.php$|/wp-content/mu-plugins/[^/]+\.php$",
            must_match=(("wp-config.php", "define( 'WP_DEBUG', false );\n",
                         "define( 'WP_DEBUG', true );\ndefine( 'WP_DEBUG_DISPLAY', true );\n"),),
            must_not_match=(("wp-config.php", "define( 'WP_DEBUG', false );\n",
                             "define( 'WP_DEBUG', true );\ndefine( 'WP_DEBUG_LOG', true );\ndefine( 'WP_DEBUG_DISPLAY', false );\n"),)),
    Setting("wordpress.debug-default-display", "exposure-ask", r"""define\(\s*['"]WP_DEBUG['"]\s*,\s*(?:true|1)\s*\)""", "added",
            "turns WordPress debug on, which shows errors to visitors unless WP_DEBUG_DISPLAY is false (WP_DEBUG)", ("wp_debug",),
            paths=r"/wp-config[\w.-]*\.php$", unless=r"""WP_DEBUG_DISPLAY['"]\s*,\s*(?:false|0)""",
            must_match=(("wp-config.php", "define( 'WP_DEBUG', false );\n", "define( 'WP_DEBUG', true );\n"),),
            must_not_match=(("wp-config.php", "define( 'WP_DEBUG', false );\n",
                             "define( 'WP_DEBUG', true );\ndefine( 'WP_DEBUG_DISPLAY', false );\n"),)),
    Setting("symfony.profiler-prod", "exposure", r"(?m)^\s*(?:toolbar|intercept_redirects)\s*:\s*true\b|^\s*profiler\s*:\s*(?:\{\s*)?"
            r"(?:enabled\s*:\s*true|only_exceptions\s*:\s*false)|^\s*profiler\s*:\s*true\b", "added",
            "turns Symfony's web profiler on in production: requests, sessions, environment and queries for anyone who opens /_profiler",
            ("toolbar", "profiler", "intercept_redirects"), paths=r"/config/packages/prod/[^/]+\.ya?ml$|/config/packages/[\w.-]*prod[\w.-]*\.ya?ml$",
            must_match=(("config/packages/prod/web_profiler.yaml", "web_profiler:\n    toolbar: false\n", "web_profiler:\n    toolbar: true\n"),),
            must_not_match=(("config/packages/dev/web_profiler.yaml", "web_profiler:\n    toolbar: false\n", "web_profiler:\n    toolbar: true\n"),)),
    Setting("env.app-debug-prod", "exposure", r"APP_DEBUG|APP_ENV_DEBUG", "true", "turns the framework's debug mode on in production ({key}={new})",
            ("app_debug",), default="safe", paths=PROD_ENV,
            must_match=((".env.production", "APP_DEBUG=0\n", "APP_DEBUG=1\n"),),
            must_not_match=((".env.production", "APP_DEBUG=1\n", "APP_DEBUG=0\n"),)),
    Setting("aspnet.detailed-errors", "exposure", r"DetailedErrors|ASPNETCORE_DETAILEDERRORS|CaptureStartupErrors", "true",
            "shows exception details to every client in production ({key})", ("detailederrors",), default="safe",
            paths=r"/appsettings(?:\.Production)?\.json$|/web\.config$",
            must_match=(("src/Api/appsettings.Production.json", '{\n  "AllowedHosts": "*"\n}\n', '{\n  "AllowedHosts": "*",\n  "DetailedErrors": true\n}\n'),),
            must_not_match=(("src/Api/appsettings.Development.json", '{\n}\n', '{\n  "DetailedErrors": true\n}\n'),)),
    Setting("devserver.host-all", "exposure-ask", r"host", "wide", "serves the dev server on every interface ({key}: {new})", ("host",),
            default="safe", wide=r"^(?:true|0\.0\.0\.0|::|\*|local-ip)$", paths=DEV_SERVER_CONFIG, scope="any", near=r"(?i)\bserver\b|devServer|preview",
            must_match=(("web/vite.config.ts", "  server: {\n    port: 5173,\n  },\n", "  server: {\n    port: 5173,\n    host: true,\n  },\n"),),
            must_not_match=(("web/vite.config.ts", "  server: {\n    port: 5173,\n  },\n", "  server: {\n    port: 5174,\n  },\n"),
                            ("web/vite.config.ts", "  server: {\n    host: true,\n  },\n", "  server: {\n    host: 'localhost',\n  },\n"))),
    Setting("devserver.any-host-header", "exposure-ask", r"allowedHosts|disableHostCheck|disable-host-check", "wide",
            "lets the dev server answer any Host header (DNS rebinding reaches it from a web page) ({key}: {new})",
            ("allowedhosts", "disablehostcheck", "disable-host-check"), default="safe", wide=r"^(?:all|true|\*|\.)$", paths=DEV_SERVER_CONFIG,
            scope="any",
            must_match=(("webpack.config.js", "  devServer: {\n    port: 8080,\n  },\n", "  devServer: {\n    port: 8080,\n    allowedHosts: 'all',\n  },\n"),),
            must_not_match=(("webpack.config.js", "  devServer: {\n    port: 8080,\n  },\n",
                             "  devServer: {\n    port: 8080,\n    allowedHosts: ['shop.local'],\n  },\n"),)),
    Setting("node.helmet-removed", "exposure-ask", r"\bapp\.use\(\s*helmet\(|\bhelmet\(\s*\{|\.register\(\s*(?:require\(['\"]@fastify/helmet['\"]\)|helmet|fastifyHelmet)\b|"
            r"\bapp\.use\(\s*helmet\.", "removed", "removes helmet: the app's security headers (CSP, HSTS, frame and sniffing protection) go",
            ("helmet",), paths=r"\.[cm]?[jt]sx?$",
            must_match=(("src/server.ts", "app.use(helmet());\napp.use(express.json());\n", "app.use(express.json());\n"),),
            must_not_match=(("src/server.ts", "app.use(helmet());\n", "app.use(helmet({ crossOriginEmbedderPolicy: false }));\n"),)),
    Setting("web.csp-header-removed", "exposure-ask", r"""(?i)["']?(?:key|name)?["']?\s*[:=]?\s*["']Content-Security-Policy["']|^\s*Content-Security-Policy\s*[:=]""",
            "removed", "removes the Content-Security-Policy header", ("content-security-policy",),
            paths=r"/next\.config\.[cm]?[jt]s$|/vercel\.json$|/netlify\.toml$|/_headers$|/firebase\.json$|/staticwebapp\.config\.json$|/nuxt\.config\.[cm]?[jt]s$",
            must_match=(("next.config.js", "      headers: [\n        { key: 'Content-Security-Policy', value: csp },\n      ],\n",
                         "      headers: [\n      ],\n"),),
            must_not_match=(("next.config.js", "      headers: [\n        { key: 'Content-Security-Policy', value: csp },\n      ],\n",
                             "      headers: [\n        { key: 'Content-Security-Policy', value: cspWithStripe },\n      ],\n"),)),
    Setting("next.browser-source-maps", "exposure-ask", r"productionBrowserSourceMaps", "true", "publishes the app's source maps to every browser ({key})",
            ("productionbrowsersourcemaps",), default="safe", paths=r"/next\.config\.[cm]?[jt]s$",
            must_match=(("next.config.js", "const nextConfig = {\n", "const nextConfig = {\n  productionBrowserSourceMaps: true,\n"),),
            must_not_match=(("next.config.js", "const nextConfig = {\n", "const nextConfig = {\n  productionBrowserSourceMaps: false,\n"),)),
    Setting("eslint.security-plugin-removed", "gates", r"""plugin:security/[\w-]+|eslint-plugin-security|plugin:no-unsanitized/[\w-]+|"""
            r"""plugin:@microsoft/sdl/[\w-]+|plugin:xss/[\w-]+|plugin:security-node/[\w-]+|security\.configs\.recommended|pluginSecurity\.configs""",
            "removed", "removes the ESLint security plugin's checks", ("plugin:security", "eslint-plugin-security", "no-unsanitized", "@microsoft/sdl",
                                                                        "plugin:xss", "security-node", "security.configs", "pluginsecurity"),
            paths=ESLINT_CONFIG, scope="any",
            must_match=((".eslintrc.json", '{\n  "extends": ["eslint:recommended", "plugin:security/recommended-legacy"]\n}\n',
                         '{\n  "extends": ["eslint:recommended"]\n}\n'),),
            must_not_match=((".eslintrc.json", '{\n  "extends": ["eslint:recommended"]\n}\n',
                             '{\n  "extends": ["eslint:recommended", "plugin:security/recommended-legacy"]\n}\n'),)),
    Setting("eslint.security-rule-off", "gates", r"""["'](?:security|no-unsanitized|xss|security-node|@microsoft/sdl)/[\w-]+["']\s*:\s*(?:["']off["']|0)\b""",
            "added", "turns an ESLint security rule off", ("security/", "no-unsanitized/", "xss/", "security-node/", "sdl/"),
            paths=ESLINT_CONFIG, scope="any",
            must_match=((".eslintrc.cjs", "  rules: {\n  },\n", "  rules: {\n    'security/detect-object-injection': 'off',\n  },\n"),),
            must_not_match=((".eslintrc.cjs", "  rules: {\n  },\n", "  rules: {\n    'security/detect-object-injection': 'warn',\n  },\n"),)),
)  # fmt: skip
