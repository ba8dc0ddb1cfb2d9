"""What wraps a command: privilege and process wrappers (`sudo`, `env`, `timeout`, `flock -c`), two-word runners
(`uv run`, `npm exec`) and the program families the lowerer treats alike (shells, fetchers, decoders).

Knowledge as data: `automode.shell.lower` reads these tables; adding a wrapper is one line here.
"""

from __future__ import annotations

from automode.dc import dataclass

SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish", "tcsh", "csh", "yash", "rbash", "posh"})
FETCHERS = frozenset({"curl", "wget", "fetch", "aria2c", "http", "https", "xh", "lwp-download", "lynx", "links", "nc", "ncat", "socat", "ftp", "tftp", "scp", "rsync", "aws", "gsutil", "gh"})  # fmt: skip
AWKS = frozenset({"awk", "gawk", "mawk", "nawk", "busybox-awk"})  # whose program (first non-option word) is code
DECODERS = frozenset({"base64", "base32", "xxd", "openssl", "gzip", "gunzip", "zcat", "bzip2", "bunzip2", "xz", "unxz", "rev", "tr", "uudecode", "basenc", "od", "printf", "perl", "python", "python3"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class WrapperSpec:
    """How to find the wrapped command in a wrapper's arguments."""

    opts_with_arg: frozenset[str] = frozenset()
    positionals: int = 0  # leading non-option arguments before the command (timeout DURATION, flock FILE)
    privileged: bool = False
    shell_opt: str | None = None  # option whose argument is a shell string (flock -c, su -c, script -c)
    describe_only: frozenset[str] = frozenset()  # options that make it not run anything (command -v)
    shell_long: str | None = None  # the long spelling of shell_opt (`npx --call`)
    chdir_opts: frozenset[str] = frozenset()  # options naming the working directory of the command (`env -C DIR`)
    opts_with_two: frozenset[str] = frozenset()  # options that take two arguments (`bwrap --bind SRC DEST`)
    opts_with_three: frozenset[str] = frozenset()  # options that take three (`bwrap --overlay RW WORK DEST`)
    rest_opts: frozenset[str] = frozenset()  # options after which the remaining words are the command (`konsole -e`)
    no_command: frozenset[str] = frozenset()  # a first positional word that starts no command (`kitty @ …`, `+kitten`)
    keep_outer: bool = False  # the wrapper is an act of its own too (`srun`, `sbatch`: a job): kept beside what it runs
    plus_words: bool = False  # words starting with `+` are the wrapper's own (`pkgx +node npm test`)
    opt_only: bool = False  # only `shell_opt`/`rest_opts` start a command; positionals are data (`chokidar GLOB -c CMD`)
    line_only: bool = False  # runs its first word only when it is a command line (`pm2 start 'CMD'`; else a script)


def _spec(opts: str = "", positionals: int = 0, privileged: bool = False, shell_opt: str | None = None,
          describe: str = "", shell_long: str | None = None, chdir: str = "", two: str = "", three: str = "",
          rest: str = "", no_command: str = "", keep: bool = False, plus: bool = False,
          opt_only: bool = False, line: bool = False) -> WrapperSpec:  # fmt: skip
    return WrapperSpec(frozenset(opts.split()), positionals, privileged, shell_opt, frozenset(describe.split()), shell_long,
                       frozenset(chdir.split()), frozenset(two.split()), frozenset(three.split()), frozenset(rest.split()),
                       frozenset(no_command.split()), keep, plus, opt_only, line)


#: Wrappers whose first word that is not an option is the user the command runs as (`su [-] USER -c CMD`,
#: `runuser -l USER -c CMD`), with su's own options still to come after it (util-linux su(1), runuser(1)).
SU_LIKE = frozenset({"su", "runuser"})


#: Terminal emulators: a new window running the command (`konsole -e CMD`, `gnome-terminal -- CMD`, `kitty CMD`,
#: `xfce4-terminal -x CMD`); `-e` of the ones that take one string is their `shell_opt`. Sources: each one's man page.
_TERMINALS: dict[str, WrapperSpec] = {
    **dict.fromkeys(("gnome-terminal", "mate-terminal", "ptyxis", "kgx", "gnome-console"),
                    _spec("--working-directory --title -t --profile --geometry --role --tab-with-profile --window-with-profile",
                          shell_opt="-e", shell_long="--command", rest="-x --execute", chdir="--working-directory")),
    **dict.fromkeys(("konsole", "qterminal", "lxterminal", "deepin-terminal", "cool-retro-term", "yakuake"),
                    _spec("--workdir -p --profile --title -T --geometry --tabs-from-file --hold-time", rest="-e",
                          chdir="--workdir")),
    **dict.fromkeys(("xfce4-terminal", "terminator", "tilix", "guake", "sakura", "roxterm", "terminology", "tilda"),
                    _spec("--working-directory -T --title --geometry -p --profile -l --layout -w --window --role",
                          shell_opt="-e", shell_long="--command", rest="-x --execute", chdir="--working-directory")),
    **dict.fromkeys(("alacritty", "xterm", "uxterm", "urxvt", "rxvt", "rxvt-unicode", "st", "aterm", "eterm", "mlterm",
                     "x-terminal-emulator", "lxterm", "stterm", "hyper", "contour", "rio", "warp-terminal", "blackbox"),
                    _spec("--working-directory --config-file -T --title --class -o --option -fn -fa -fs -geometry -bg -fg "
                          "-name -cr -t -c -f -g -w", rest="-e --command", chdir="--working-directory")),
    **dict.fromkeys(("kitty", "foot", "footclient", "wezterm-gui", "ghostty"),
                    _spec("--directory -d --working-directory -c --config -T --title --class --name -o --override "
                          "--session --instance-group --app-id -a -w --window-size-chars", rest="-e", chdir="--directory -d "
                          "--working-directory", no_command="@ +kitten +open +runpy +launch +list-fonts +edit-config")),
}


#: Red team s14: launchers the table did not know (each a silent allow of `rm -rf ~` behind it). Job schedulers
#: other than Slurm (Grid Engine/PBS `qsub -b y CMD`, `qrsh`, LSF `bsub`, HTCondor `condor_run`, task spoolers),
#: daemontools/runit/s6 privilege and environment launchers, Apple's `xcrun`, WSL (`wsl CMD` runs CMD in Linux),
#: pkgx, and file watchers whose command is an option's value (`chokidar GLOB -c CMD`, `onchange GLOB -- CMD`).
#: Sources: qsub(1) of SGE and PBS, bsub(1), condor_run(1), tsp(1), chpst(8), envdir(8), s6-setuidgid, xcrun(1),
#: `wsl --help`, pkgx's README, each watcher's README.
_LAUNCHERS_S14: dict[str, WrapperSpec] = {
    "qsub": _spec("-a -A -b -c -C -e -hold_jid -j -l -m -M -N -o -p -P -q -r -S -t -u -v -W -wd -now -sync -js -tc -ar "
                  "-dl -i -jsv -shell -binding -ac -dc -sc -masterq -hold_jid_ad -clear -k", two="-pe", chdir="-wd",
                  keep=True),
    "qrsh": _spec("-a -A -b -c -e -hold_jid -j -l -m -M -N -o -p -P -q -r -S -u -v -wd -now -noshell -pty",
                  two="-pe", chdir="-wd", keep=True),
    "bsub": _spec("-q -J -n -o -e -oo -eo -W -R -M -P -G -m -u -cwd -outdir -sp -w -app -g -L -E -Ep -i -is -f -a -b -C "
                  "-c -D -F -k -Lp -mig -sla -t -T -U -v -We -Jd -gpu -env -ptl -XF -rn", chdir="-cwd", keep=True),
    # (LSF options are whole words, never clusters: `-Is`, `-ISs`, `-Ip` are interactive flags, so `-s`/`-S` are left out)
    "condor_run": _spec("-u -a", keep=True),
    "tsp": _spec("-L -D -N -W -E -O -S", keep=True),
    "nq": _spec(keep=True),
    "chpst": _spec("-u -U -e -/ -n -l -L -m -d -o -p -f -c -r -t"),
    "envdir": _spec(positionals=1),
    "s6-envdir": _spec(positionals=1),
    "envuidgid": _spec(positionals=1),
    "setuidgid": _spec(positionals=1),
    "s6-setuidgid": _spec(positionals=1),
    "s6-applyuidgid": _spec("-u -g -G"),
    "softlimit": _spec("-m -a -d -s -l -f -c -r -o -p -t"),
    "setlock": _spec(positionals=1),
    "pgrphack": _spec(),
    "sem": _spec("-j --jobs -P --max-procs --id --semaphorename --semaphoretimeout --st"),
    "xcrun": _spec("--sdk --toolchain -sdk -toolchain", keep=True, describe="-f --find --show-sdk-path --show-sdk-version "
                   "--show-sdk-platform-path --show-sdk-build-version --version --help -h --kill-cache"),
    **dict.fromkeys(("wsl", "wslg"), _spec("-d --distribution -u --user --cd --shell-type --distribution-id",
                                           rest="-e --exec", chdir="--cd",
                                           describe="-l --list --status --shutdown -t --terminate --update --install "
                                                    "--unregister --export --import --import-in-place --set-default -s "
                                                    "--set-version --set-default-version --help --version -v --mount "
                                                    "--unmount --manage")),
    "pkgx": _spec("--sync --quiet -q --silent -s", plus=True),
    "chokidar": _spec("-d --debounce -t --throttle -i --ignore -p --polling --poll-interval --poll-interval-binary",
                      shell_opt="-c", shell_long="--command", opt_only=True),
    "onchange": _spec("-i --initial -k --kill -j --jobs -d --delay -e --exclude --cwd -a --await-write-finish "
                      "-p --poll -o --outpipe", rest="--", opt_only=True),
    "reflex": _spec("-r --regex -R --inverse-regex -g --glob -G --inverse-glob -c --config -d --decoration",
                    rest="--", opt_only=True),
    "watchman-make": _spec("-p --pattern -t --target --root -s --settle --make -c --connect-timeout", shell_opt="--run",
                           opt_only=True),
    "when-changed": _spec(shell_opt="-c", opt_only=True),
}  # fmt: skip


WRAPPERS: dict[str, WrapperSpec] = {
    "sudo": _spec("-u -g -C -D -h -p -r -t -U -T --user --group --chdir --prompt --host --role --type --other-user --close-from --command-timeout", privileged=True, describe="-l -v -k -K -V --list --validate", chdir="-D --chdir"),
    "doas": _spec("-u -C", privileged=True),
    "pkexec": _spec("--user", privileged=True),
    "run0": _spec("-u --user", privileged=True),
    "runuser": _spec("-u -g -G --user --group -s --shell -w --whitelist-environment", privileged=True, shell_opt="-c",
                     shell_long="--command"),
    "su": _spec("-s -g -G --shell --group -w --whitelist-environment", privileged=True, shell_opt="-c", shell_long="--command"),
    "nice": _spec("-n --adjustment"),
    "ionice": _spec("-c -n -p -P -u --class --classdata"),
    "nohup": _spec(),
    "time": _spec("-f -o --format --output"),
    "timeout": _spec("-s -k --signal --kill-after", positionals=1),
    "stdbuf": _spec("-i -o -e"),
    "setsid": _spec(),
    "flock": _spec("-w -E --timeout --conflict-exit-code", positionals=1, shell_opt="-c"),
    "chroot": _spec("--userspec --groups", positionals=1, privileged=True),
    # schroot(1) `-c CHROOT [-u USER] [-d DIR] -- CMD`: a chroot of this machine (its /home and /tmp bound in)
    "schroot": _spec("-c --chroot -u --user -d --directory -n --session-name -o --option -p --preserve-environment",
                     rest="--", chdir="-d --directory", opt_only=True),
    "unbuffer": _spec(),
    "xvfb-run": _spec("-n -s -f -e -p --server-num --server-args --auth-file --error-file"),
    "busybox": _spec(),
    "toybox": _spec(),
    "command": _spec(describe="-v -V"),
    "builtin": _spec(),
    "exec": _spec("-a"),
    "caffeinate": _spec("-t -w"),
    "chrt": _spec("-p", positionals=1),
    "taskset": _spec("-p", positionals=1),
    "numactl": _spec("-C -N -m -p -i --cpunodebind --membind --physcpubind --preferred --interleave"),
    "strace": _spec("-o -e -p -s -u -E -P -O -S -a -b -I -X"),
    "ltrace": _spec("-o -e -p -s -u -n -A -D"),
    "proxychains": _spec("-f"),
    "proxychains4": _spec("-f"),
    "torsocks": _spec("-u -p -a -P"),
    "faketime": _spec("-m -f", positionals=1),
    "prlimit": _spec("-p --pid"),
    "unshare": _spec("-S -G --setuid --setgid --wd --root", chdir="--wd"),
    "nsenter": _spec("-t -S -G --target --setuid --setgid --wd --root", privileged=True, chdir="--wd"),
    "sg": _spec(positionals=1),
    "firejail": _spec(),
    # Sandboxes and host escapes whose command runs on the host's files when told so (`bwrap --bind / /`, `flatpak-spawn
    # --host`, `systemd-nspawn -D /`, `proot -b /:/`): judged as if it ran here. Sources: bwrap(1), flatpak-spawn(1),
    # systemd-nspawn(1), proot(1), toolbox(1)/distrobox-host-exec(1), ld.so(8).
    "bwrap": _spec("--dev --proc --tmpfs --dir --chdir --unsetenv --uid --gid --hostname --remount-ro --seccomp --add-seccomp-fd "
                   "--exec-label --file-label --lock-file --args --argv0 --userns --userns2 --pidns --info-fd --json-status-fd "
                   "--block-fd --userns-block-fd --sync-fd --cap-add --cap-drop --perms --size --overlay-src --tmp-overlay "
                   "--ro-overlay --level-prefix", chdir="--chdir",
                   two="--bind --ro-bind --dev-bind --bind-try --ro-bind-try --dev-bind-try --symlink --setenv --file --bind-data "
                       "--ro-bind-data --chmod --bind-fd --ro-bind-fd", three="--overlay"),
    "flatpak-spawn": _spec(chdir="--directory"),
    "host-spawn": _spec("-cwd", chdir="-cwd"),
    "distrobox-host-exec": _spec(),
    "systemd-nspawn": _spec("-D -i -M -u -E -b -n -p -S --directory --image --machine --user --setenv --bind --bind-ro "
                            "--chdir --network-interface --property --slice --register --tmpfs --overlay --overlay-ro",
                            privileged=True, chdir="--chdir"),
    "proot": _spec("-r -b -m -w -q -k --rootfs --bind --mount --pwd --cwd --qemu --kernel-release", chdir="-w --pwd --cwd"),
    "ld.so": _spec("--library-path --preload --audit --argv0 --inhibit-rpath --glibc-hwcaps-prepend --glibc-hwcaps-mask"),
    "ld-linux.so.2": _spec("--library-path --preload --audit --argv0 --inhibit-rpath"),
    "ld-linux-x86-64.so.2": _spec("--library-path --preload --audit --argv0 --inhibit-rpath --glibc-hwcaps-prepend --glibc-hwcaps-mask"),
    "ld-linux-aarch64.so.1": _spec("--library-path --preload --audit --argv0 --inhibit-rpath --glibc-hwcaps-prepend --glibc-hwcaps-mask"),
    "ld-musl-x86_64.so.1": _spec("--library-path --preload --argv0"),
    "ld-musl-aarch64.so.1": _spec("--library-path --preload --argv0"),
    "catchsegv": _spec(),
    "valgrind": _spec(),
    "dbus-launch": _spec(),
    "dbus-run-session": _spec(),
    "with-contenv": _spec(),
    "env": _spec("-u -C -S -P --unset --chdir --split-string", chdir="-C --chdir"),
    "npx": _spec("-p --package", shell_opt="-c", shell_long="--call"),
    "bunx": _spec(),
    "pnpx": _spec(),
    "dotenv": _spec("-e -v -c"),
    "dotenv-cli": _spec("-e -v -c"),  # (the npm package's own name: `npx dotenv-cli -e .env.prod -- CMD`)
    "env-cmd": _spec("-f --file -e --environments -r --rc-file"),  # (`env-cmd -f .env.production npm run x`)
    "script": _spec("-t -T -I -O -B -E --timing --log-in --log-out --log-io --echo", shell_opt="-c"),
    "watch": _spec("-n --interval -q --equexit"),  # (-d, -x, -g, -b, -e, -t, -c: flags; `-x` execs the words as given)
    # `screen -dmS name CMD`: a detached session running CMD; -r/-x/-ls/-X attach, list or send commands instead.
    "screen": _spec("-S -c -e -h -p -s -T -t -Logfile", describe="-r -R -x -X -ls -list -wipe -v -Q -D"),
    "nix-shell": _spec("-p -I --arg --argstr", shell_opt="--run"),
    "cpulimit": _spec("-l -p -e -c --limit --pid --exe --cpu"),
    "distcc": _spec(),
    **_TERMINALS,
    # Debuggers, profilers and tracers that start the program they are given (gdb(1) `--args`, lldb(1) `--`, perf(1),
    # heaptrack, rr(1), valgrind's tools, uftrace, systemd's and cgroups' launchers, personality and SELinux
    # contexts, job schedulers that run a command line here or on a node of the cluster).
    "heaptrack": _spec("-o --output -p --pid"),
    "rr": _spec(),
    "uftrace": _spec("-F -N -T -t -D -d --data -L --filter --notrace --trigger --time-filter --depth"),
    "ltrace-ng": _spec(),
    "chronic": _spec(),
    # init shims of containers (`tini -- CMD`, `dumb-init CMD`, `catatonit -- CMD`), a logind inhibitor around a
    # command (`systemd-inhibit --what=sleep CMD`) and retry runners (`retry -t 3 -- CMD`, the npm/Go/Rust `retry`
    # tools): each runs its command as given (tini(1), dumb-init README, systemd-inhibit(1), retry(1) of moreutils-like
    # packages; red team s23)
    "tini": _spec("-p -l -e"),
    "dumb-init": _spec("--single-child"),
    "catatonit": _spec(),
    "systemd-inhibit": _spec("--what --who --why --mode"),
    "retry": _spec("-t -d -m -x -u --times --delay --min --max --until --tries --max-time --sleep"),
    # moreutils (red team s21): `ifne CMD` runs CMD when its input is not empty, `lckdo LOCKFILE CMD` under a lock,
    # `zrun CMD FILE.gz` on the files uncompressed (pee and mispipe take command lines: `shell.unwrap.SHELL_ARGS`)
    "ifne": _spec(),
    "lckdo": _spec("-W", positionals=1),
    "zrun": _spec(),
    "cgexec": _spec("-g", privileged=False),
    "linux32": _spec(),
    "linux64": _spec(),
    "setarch": _spec(positionals=1),
    "arch": _spec(),
    "runcon": _spec("-u -r -t -l --user --role --type --range"),
    "sandbox-exec": _spec("-f -n -p -D"),
    "gosu": _spec(positionals=1),  # drops privileges (run as root in containers): the command runs as USER
    "su-exec": _spec(positionals=1),
    "setpriv": _spec("--reuid --regid --groups --inh-caps --ambient-caps --bounding-set --securebits --selinux-label "
                     "--apparmor-profile --landlock-access --landlock-rule --ruid --euid --rgid --egid"),
    "envchain": _spec(positionals=1),
    "assume-role": _spec(positionals=1),  # (remind101/assume-role: `assume-role PROFILE CMD`)
    "awsudo": _spec("-u --profile -d --duration"),  # (makethunder/awsudo: `awsudo -u PROFILE CMD`)
    "summon": _spec("-e --environment -f -p --provider -D --up --yaml"),  # (cyberark/summon: `summon -e ENV CMD`)
    "daemonize": _spec("-a -c -E -e -l -o -p -u", chdir="-c"),
    "gpg-agent": _spec("--homedir --options --log-file --pinentry-program", describe="--version"),
    "ssh-agent": _spec("-a -E -P -t", describe="-k -D -l"),
    "srun": _spec("-A -c -C -D -e -i -J -n -N -o -p -q -t -w -x -G --account --partition --time --job-name --chdir "
                  "--nodes --ntasks --cpus-per-task --mem --gres --output --error --qos --constraint", chdir="-D --chdir", keep=True),
    "sbatch": _spec("-A -c -C -D -e -J -n -N -o -p -q -t --account --partition --time --job-name --chdir --nodes --ntasks "
                    "--cpus-per-task --mem --output --error --qos", shell_opt="--wrap", chdir="-D --chdir", keep=True),
    "salloc": _spec("-A -c -N -n -p -t -J --account --partition --time --job-name --nodes --ntasks", keep=True),
    "mpirun": _spec("-n -np -c -H -host -hostfile --hostfile -x -mca --mca -wdir --wdir -N -ppn --map-by --bind-to",
                    chdir="-wdir --wdir", keep=True),
    "mpiexec": _spec("-n -np -c -H -host -hostfile --hostfile -x -mca --mca -wdir --wdir -N -ppn --map-by --bind-to",
                     chdir="-wdir --wdir", keep=True),
    "start-stop-daemon": _spec("-x --exec -p --pidfile -n --name -u --user -c --chuid -d --chdir -r --chroot -N --nicelevel "
                               "-s --signal -R --retry -k --umask -P --procsched -I --iosched -a --startas",
                               rest="--", chdir="-d --chdir"),
    "nu": _spec("--config --env-config --log-level -I --include-path", shell_opt="-c", shell_long="--commands"),
    "xonsh": _spec("--rc -D", shell_opt="-c"),
    "elvish": _spec("-rc", shell_opt="-c"),
    "oil": _spec(shell_opt="-c"),
    "osh": _spec(shell_opt="-c"),
    "ysh": _spec(shell_opt="-c"),
    "rc": _spec(shell_opt="-c"),
    "es": _spec(shell_opt="-c"),
    "scsh": _spec(shell_opt="-c"),
    "emulate": _spec(positionals=1, shell_opt="-c"),  # zsh: `emulate sh -c CMD` runs CMD in that emulation
    **_LAUNCHERS_S14,
}  # fmt: skip
#: Programs with options of their own (read by the program knowledge base) that also start a program given after a
#: marker: `gdb --args PROG ARGS`, `lldb -- PROG ARGS`. The started command is lowered beside the program's own.
ALSO_RUNS: dict[str, WrapperSpec] = {
    "gdb": _spec("-ex -x -iex -ix -cd -d -p -s -e -se -c --pid --command --eval-command --init-command --directory",
                 rest="--args", describe="--version --help -batch-silent"),
    "cgdb": _spec("-ex -x -cd -d", rest="--args"),
    "lldb": _spec("-o -O -s -S -k -K -a -p -n --one-line --source --arch --attach-pid --attach-name --file -f", rest="--"),
}  # fmt: skip
#: The dynamic loader run as a program (ld.so(8)): its options load libraries into the program it starts, as the
#: environment variables do (`ld.so --preload ./x.so /bin/ls` is `LD_PRELOAD=./x.so /bin/ls`).
LOADER_OPTIONS = {"--preload": "LD_PRELOAD", "--audit": "LD_AUDIT"}
LOADERS = frozenset(n for n in WRAPPERS if n.startswith(("ld.so", "ld-linux", "ld-musl")))
# `uv run X`, `poetry run X`, ...: two-word wrappers.
RUNNERS = {
    ("uv", "run"): _spec("--with --python -p --project --directory --group --extra --env-file --package", chdir="--directory"),
    ("poetry", "run"): _spec("-C --directory -P --project", chdir="-C --directory"),
    ("pipenv", "run"): _spec(),
    ("pdm", "run"): _spec("-p --project"),
    ("hatch", "run"): _spec(),
    ("rye", "run"): _spec(),
    ("conda", "run"): _spec("-n -p --name --prefix"),
    ("mamba", "run"): _spec("-n -p --name --prefix"),
    ("micromamba", "run"): _spec("-n -p --name --prefix"),
    ("pixi", "run"): _spec("-e --environment"),
    ("bundle", "exec"): _spec(),
    ("pnpm", "exec"): _spec(),
    ("npm", "exec"): _spec("-p --package", shell_opt="-c", shell_long="--call"),
    ("yarn", "exec"): _spec(),
    ("yarn", "dlx"): _spec(),
    ("pnpm", "dlx"): _spec(),
    ("bun", "x"): _spec(),
    ("cargo", "watch"): _spec(),
    ("cabal", "exec"): _spec("--project-file --builddir"),
    ("stack", "exec"): _spec("--package --cwd"),
    ("opam", "exec"): _spec("--switch"),
    ("dune", "exec"): _spec("--root --profile"),
    ("xdotool", "exec"): _spec("--terminator"),
    ("uvx", ""): _spec("--with --from --python"),
    ("pipx", "run"): _spec("--spec --python"),
    ("toolbox", "run"): _spec("-c --container -d --distro -r --release"),
    # Environment and secret managers, dev shells and version managers that run the command they are given with
    # their variables (direnv(1) `exec DIR`, mise/rtx `exec|x`, asdf `exec`, nix(1) `develop -c`, devbox, guix,
    # 1Password `op run`, Doppler, Infisical, dotenvx, aws-vault, chamber, sops `exec-env FILE CMD`, distrobox).
    ("direnv", "exec"): _spec(positionals=1),
    ("mise", "exec"): _spec("-C --cd -j --jobs", rest="--", chdir="-C --cd"),
    ("mise", "x"): _spec("-C --cd -j --jobs", rest="--", chdir="-C --cd"),
    ("rtx", "exec"): _spec("-C --cd -j --jobs", rest="--", chdir="-C --cd"),
    ("rtx", "x"): _spec("-C --cd -j --jobs", rest="--", chdir="-C --cd"),
    ("asdf", "exec"): _spec(),
    ("asdf", "env"): _spec(positionals=1),
    ("nix", "develop"): _spec("-k --keep --unset -u --phase --profile --redirect --override-input", rest="-c --command",
                              opt_only=True),  # (`nix develop .#dev -c CMD`: the flake output is not the command)
    ("nix", "shell"): _spec("-k --keep --unset -u --override-input", rest="-c --command", opt_only=True),
    ("devbox", "run"): _spec("-c --config -e --env --env-file"),
    ("guix", "shell"): _spec("-m --manifest -f --file -e --expression -r --root", rest="--", opt_only=True),
    ("op", "run"): _spec("--env-file --account"),
    ("doppler", "run"): _spec("-p --project -c --config --token --mount --mount-format --name-transformer --fallback",
                              shell_opt="--command"),
    ("infisical", "run"): _spec("--env --path --projectId --token --domain --tags", shell_opt="--command"),
    ("dotenvx", "run"): _spec("-f --env-file -e --env -fk --env-keys-file --convention"),
    ("aws-vault", "exec"): _spec("-d --duration -r --region -m --mfa-token -t --prompt --ec2-server", positionals=1),
    ("chamber", "exec"): _spec("--strict-value", rest="--", opt_only=True),
    # Credential wrappers that pick the account the command acts in (session 23, N2: `knowledge.envselect.WRAPPED`):
    # aws-okta `exec PROFILE --`, saml2aws `exec --exec-profile P --`, aws-sso `exec -p P --`, kubie `exec CTX NS`.
    ("aws-okta", "exec"): _spec("-t --assume-role-ttl --session-ttl --mfa-duo-device --mfa-factor-type --mfa-provider",
                                positionals=1),
    ("saml2aws", "exec"): _spec("--exec-profile -a --idp-account -p --profile --region --role --session-duration "
                                "--credentials-file --credential-process"),
    ("aws-sso", "exec"): _spec("-p --profile -A --account -R --role -n --no-region --sso -S"),
    ("kubie", "exec"): _spec(positionals=2),
    ("sops", "exec-env"): _spec(positionals=1),
    ("sops", "exec-file"): _spec("--filename --output-type --input-type", positionals=1),
    ("distrobox", "enter"): _spec("-n --name -a --additional-flags", rest="--", opt_only=True),
    ("distrobox", "run"): _spec("-n --name", rest="--", opt_only=True),
    ("machinectl", "shell"): _spec("--setenv -E --uid", positionals=1, privileged=True),
    ("flatpak-spawn", "--host"): _spec(chdir="--directory"),
    ("wezterm", "start"): _spec("--cwd --class --workspace --position --domain", chdir="--cwd"),
    ("flatpak", "run"): _spec("--arch --branch --runtime --runtime-version --filesystem --nofilesystem --env --cwd --share "
                              "--unshare --socket --nosocket --device --nodevice --talk-name --own-name --persist",
                              rest="--command", chdir="--cwd"),
    # automode's own launchers run the command after `--` (an agent in the sandbox, an MCP server behind the gateway).
    ("automode", "run"): _spec("--net --project --runs"),
    ("automode", "mcp-gateway"): _spec("--name --decision-timeout"),
    # A terminal multiplexer's new session, window, pane or popup runs its command detached: it keeps running after
    # the action (git's own runners, `bisect run` and `submodule foreach`, are in the program knowledge base).
    ("tmux", "new-session"): _spec("-c -e -f -F -n -s -t -x -y", chdir="-c"),
    ("tmux", "new"): _spec("-c -e -f -F -n -s -t -x -y", chdir="-c"),
    ("tmux", "new-window"): _spec("-c -e -F -n -t", chdir="-c"),
    ("tmux", "neww"): _spec("-c -e -F -n -t", chdir="-c"),
    ("tmux", "split-window"): _spec("-c -e -F -l -t -p", chdir="-c"),
    ("tmux", "splitw"): _spec("-c -e -F -l -t -p", chdir="-c"),
    ("tmux", "respawn-pane"): _spec("-c -e -t", chdir="-c"),
    ("tmux", "respawnp"): _spec("-c -e -t", chdir="-c"),
    ("tmux", "respawn-window"): _spec("-c -e -t", chdir="-c"),
    ("tmux", "respawnw"): _spec("-c -e -t", chdir="-c"),
    ("tmux", "run-shell"): _spec("-c -d -t", chdir="-c"),
    ("tmux", "run"): _spec("-c -d -t", chdir="-c"),
    ("tmux", "display-popup"): _spec("-b -c -d -e -h -s -S -t -T -w -x -y", chdir="-c -d"),
    ("tmux", "popup"): _spec("-b -c -d -e -h -s -S -t -T -w -x -y", chdir="-c -d"),
    ("tmux", "send-keys"): _spec("-t -N -c -F"),
    ("tmux", "send"): _spec("-t -N -c -F"),
    # Version managers and package runners that run the command they are given (red team s14): `pyenv exec CMD`,
    # `rbenv exec`, `nodenv exec`, `volta run`, `fnm exec`, `nvm exec VERSION`, `rustup run TOOLCHAIN`, `ghcup run
    # --`, Red Hat's `scl enable COLLECTION 'CMD'`, `pixi exec`, `guix environment … --`, RubyGems' `gem exec`, and
    # pueue, which joins its words into a shell line (`pueue add -- CMD`). Sources: each tool's --help.
    **{(m, "exec"): _spec() for m in ("pyenv", "rbenv", "nodenv", "jenv", "goenv", "plenv", "phpenv", "luaenv",
                                       "swiftenv", "scalaenv", "tfenv", "crenv", "exenv")},
    ("volta", "run"): _spec("--node --npm --yarn --pnpm --env"),
    ("fnm", "exec"): _spec("--using --log-level --arch --node-dist-mirror --fnm-dir"),
    ("nvm", "exec"): _spec(positionals=1),
    ("rustup", "run"): _spec(positionals=1),
    ("ghcup", "run"): _spec("--ghc --cabal --hls --stack --mingw-path -b --bindir", rest="--"),
    ("scl", "enable"): _spec(positionals=1, rest="--"),
    ("pixi", "exec"): _spec("-s --spec -c --channel -p --platform --manifest-path --with"),
    ("guix", "environment"): _spec("-m --manifest -l --load -e --expression -r --root", rest="--", opt_only=True),
    ("pm2", "start"): _spec("--name -n --interpreter --interpreter-args --node-args -i --instances --cwd -o --output -e "
                            "--error -l --log --max-memory-restart --cron --cron-restart --env -x --namespace", line=True),
    ("gem", "exec"): _spec("-g --gem -v --version --target --platform"),
    ("pueue", "add"): _spec("-w --working-directory -d --delay -g --group -l --label -a --after -o --priority",
                            chdir="-w --working-directory"),
}  # fmt: skip
#: Runners that are also an act of their own (a secrets manager reading its secrets for the command: a control
#: effect of `knowledge.control`): the runner's command is kept beside the command it starts.
KEEP_OUTER = frozenset({"op run", "doppler run", "infisical run", "chamber exec", "sops exec-env", "sops exec-file",
                        "aws-vault exec", "dotenvx run"})  # fmt: skip
#: Runners whose first positional word names a machine the command runs in (systemd-machinectl(1) `shell
#: [[USER]@]NAME [CMD]`: a container or VM registered with systemd-machined): label -> the names of this machine
#: (`.host`, or none). Any other name is a guest: the command is lowered as run there (`Command.remote`
#: `machinectl:NAME`, judged with that guest like `incus exec NAME --`), not on this host.
GUEST_NAMED: dict[str, frozenset[str]] = {"machinectl shell": frozenset({"", ".host"})}
#: Options that come before a runner's subcommand and take an argument (`tmux -L s new`).
RUNNER_GLOBAL_OPTS: dict[str, frozenset[str]] = {
    "tmux": frozenset({"-L", "-S", "-f", "-T"}),
}
#: Key names `tmux send-keys` presses rather than types (`Enter`, `C-m`, `M-x`): the typed words are shell text.
KEY_NAME = r"^(?:Enter|Escape|Space|Tab|BSpace|BTab|Up|Down|Left|Right|Home|End|NPage|PPage|PageUp|PageDown|IC|DC|F\d+|[CMS]-.+)$"


def in_cluster(opt: str, short: str) -> bool:
    """`-qc` carries `-c` as its last letter (so the next word is its argument)."""
    return len(short) == 2 and not opt.startswith("--") and len(opt) > 2 and opt.endswith(short[1])


def cluster_takes_arg(opt: str, with_arg: frozenset[str]) -> bool:
    """A cluster whose first letter that takes an argument is its last takes the next word (`screen -dmS name CMD`);
    one with an earlier such letter has its argument glued on (`sudo -uvictor`)."""
    if opt.startswith("--") or len(opt) < 3:
        return False
    first = next((k for k, c in enumerate(opt[1:], 1) if f"-{c}" in with_arg), None)
    return first == len(opt) - 1


def after_global_opts(name: str, words: list[str]) -> int:
    """Where a runner's subcommand starts: after its global options (`tmux -L s new`); "" is an unknown word."""
    opts = RUNNER_GLOBAL_OPTS.get(name)
    j = 1
    while opts is not None and j < len(words) and words[j].startswith("-"):
        j += 2 if words[j] in opts else 1
    return j


def describes(opt: str, spec: WrapperSpec) -> bool:
    """Whether an option (or a cluster like `-pv`) makes the wrapper only describe its command. A cluster stops at
    the first letter that takes an argument: `sudo -uvictor` is `-u victor`, not `-v`."""
    if opt in spec.describe_only:
        return True
    if opt.startswith("--") or len(opt) < 3:
        return False
    for c in opt[1:]:
        if f"-{c}" in spec.describe_only:
            return True
        if f"-{c}" in spec.opts_with_arg:
            return False
    return False


# Programs a command-word pattern is matched against (`/usr/bin/[r]m`, `/bin/r?`): the shell runs whatever the
# pattern matches on disk, which automode cannot see, so such a command is always an ask; each listed program
# the pattern can name is also judged as if it ran (so `/usr/*/rm -rf ~` is still a deny).
KNOWN_PROGRAMS = frozenset({
    "rm", "rmdir", "shred", "dd", "mkfs", "wipefs", "fdisk", "sfdisk", "parted", "mount", "umount", "chmod", "chown",
    "chgrp", "chattr", "ln", "mv", "cp", "tee", "truncate", "find", "xargs", "parallel", "git", "ssh", "kill", "killall",
    "pkill", "shutdown", "reboot", "halt", "poweroff", "systemctl", "service", "crontab", "at", "launchctl", "defaults",
    "osascript", "security", "iptables", "ufw", "setenforce", "useradd", "usermod", "userdel", "passwd", "visudo",
    "docker", "podman", "kubectl", "terraform", "aws", "gcloud", "az", "npm", "npx", "pnpm", "yarn", "pip", "pip3",
    "gem", "cargo", "make", "python", "python3", "perl", "ruby", "node", "php", "eval", "psql", "mysql", "redis-cli",
    "mongo", "sqlite3", "gpg", "scp", "sftp", "history", "unset", "export", "env", "install", "sed", "awk", "cat",
    *SHELLS, *FETCHERS, *DECODERS,
})  # fmt: skip
