"""Options and environment variables with power (session 14, class E2): a known program made to run another program
or to load a library through one of its options, read from `knowledge.optpower`. No rule here names a program: the
program tables and the option names say which option has which power."""

from __future__ import annotations

from automode import lazyre
from automode.knowledge import optpower
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect

#: Path classes of a carried program or a loaded library that are the project's own or the system's.
_OWN = frozenset({"project", "artefact"})
#: A file of the project that is no program (a notebook, data, a document, a config): what a flag next to it names.
_DATA_FILE = lazyre.compile(r"(?i)\.(?:ipynb|json|ya?ml|toml|ini|cfg|conf|txt|md|rst|csv|tsv|xml|html?|pdf|png|jpe?g|svg|"
                            r"log|lock|sql|tar|gz|tgz|zip|whl|jar|war)$")
#: Capabilities of a carried program that make the arguments the host program appends consequential (`-z /bin/rm`).
_RISKY = frozenset({"delete", "exec", "network", "privilege", "escape", "persist", "listen"})


@rule(
    "AM-RCE-021",
    category="remote-exec",
    verdict="ask",
    kind="effect",
    names={"exec"},
    title="An option or variable makes a program run another program",
    what="An option or environment variable that makes an ordinary program start a command of its own accord: "
    "`tcpdump -z CMD` after each capture file, `aria2c --on-download-complete=CMD`, `sshfs -o ssh_command=CMD`, "
    "`tar --to-command=CMD`, `rsync --rsh=CMD`, `gcc -wrapper CMD`, `cargo --config target.*.runner=CMD`, "
    "`npm --script-shell=CMD`, `LESSOPEN='|CMD %s'`, `GIT_EXTERNAL_DIFF=CMD`, `*_COMMAND=CMD`, when the command is "
    "not a routine helper (a compressor, ssh, a pager, an editor, a diff viewer). A script of the project counts "
    "too (`rg --pre ./scripts/pre.sh`): the request to search, pack or page asks for no code; named, it runs.",
    why="The program runs that command later, with arguments of its own (each file, each member, each host): a "
    "script in /tmp or a program with nothing after it runs out of sight of the command line that was reviewed.",
    example="tcpdump -i eth0 -w /tmp/c.pcap -G 60 -z /tmp/rotate.sh",
    instead="Run the command directly, or keep the script in the project where the user can read it; name the "
    "option and the program to the user when the task needs them.",
    must_match=["tcpdump -i eth0 -w /tmp/c.pcap -G 60 -z /tmp/rotate.sh", "aria2c --on-download-complete=/tmp/x.sh https://example.com/a",
                "sshfs -o ssh_command=/bin/rm x: /tmp/dir/", "LESSOPEN='|/tmp/p.sh %s' less README.md",
                "gcc -wrapper /tmp/w.sh,-x main.c -o app", "RUSTC_WRAPPER=/tmp/w.sh cargo build",
                "rg -n --pre ./scripts/pre.sh TODO", "aria2c --on-download-complete=./scripts/done.sh https://example.com/a",
                "tar --to-command=./tools/each.sh -xf vendor.tar", "sort --compress-program=./bin/squash big.csv"],
    must_not_match=["alacritty -e bash", "SSH_ASKPASS=/usr/lib/ssh/x11-ssh-askpass ssh h", "ENV=prod sh build.sh",
                    "NODE_OPTIONS=--enable-source-maps node app.js", "EDITOR='ruby -i -pe \"\\$_ << %(k: v\\n) if \\$_ =~ /^s:/\"' bin/rails credentials:edit",
                    "tar -I zstd -cf build.tar.zst build/", "rsync -e 'ssh -p 2222' -a src/ backup.example.net:/srv/src/",
                    "GIT_PAGER=cat git log --oneline -5", "EDITOR=vim git commit", "tcpdump -w cap.pcap -G 60 -z gzip",
                    "timeout 60 npm test", "rg -n TODO src", "find . -name '*.py' -exec black {} +",
                    "jupyter nbconvert --to notebook --execute notebooks/01_eda.ipynb --output /tmp/01.ipynb",
                    "GIT_SSH_COMMAND='ssh -i ~/.ssh/deploy_key' git fetch", "sort --compress-program=gzip big.txt"],
)  # fmt: skip
def option_runs(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin != "option" or not e.content:
        return None  # (a wrapper's command, `timeout 60 npm test`, is judged where it runs)
    from automode.knowledge import programs

    host = optpower.host_program(e.detail)
    var = e.content.split("=", 1)[0] if "=" in e.content.split(" ", 1)[0] and not e.content.startswith("-") else ""
    hspec = programs.lookup(host) if host else None
    if var and hspec is not None and var in hspec.env_code and var not in hspec.env_cmd:
        return None  # code or options in a variable (`NODE_OPTIONS`, `PYTHONSTARTUP`): judged by the rules on loads
    words = optpower.carried_words(e.target)
    prog = words[0] if words else ""
    if not prog or "$" in prog or optpower.helper(prog) or (var and not prog.strip("-")) or prog.startswith("-"):
        return None
    why = ""
    p = prog.replace("\\", "/")
    from automode.paths import classify

    cls = classify(prog, a.cwd, a.ctx.home, a.root).cls if "/" in p and not p.startswith(optpower.SYSTEM_BINS) else ""
    name = optpower.base(p)
    spec = programs.lookup(name)
    if cls in _OWN:
        if _DATA_FILE.search(p):
            return None  # a notebook or a document the option's value names (`nbconvert --execute x.ipynb`): no program
        # the project's own script, run by the program on each input (`rg --pre ./scripts/pre.sh` on every file):
        # code the request never asked to run; asked for by the script's name, it runs (`intent.option_said`)
        why = "a script of the project, run on what the program reads"
    elif cls and cls != "system":
        why = "a program outside the project"
    elif name in optpower.SHELLS and (optpower.code_given(words) or host in optpower.TERMINALS):
        return None  # `EDITOR='ruby -i -pe "…"'`, `sh -c '…'`: its code is in its words; `alacritty -e bash`: a window
    elif name in optpower.SHELLS:
        why = "a shell or interpreter, with what the program hands it"
    elif spec is None:
        if cls == "system":
            return None  # a helper the system installed (`SSH_ASKPASS=/usr/lib/ssh/x11-ssh-askpass`)
        why = "a program automode does not know"
    elif len(words) == 1 and spec.caps & _RISKY:
        why = "with arguments only the program chooses"
    else:
        return None  # a known program with its own words: judged where the command line is lowered
    head = e.content.split(" ", 1)[0]
    how = head.split("=", 1)[0] if "=" in head and not head.startswith("-") else head
    return f"`{(host + ' ' + how).strip()[:50]}` makes it run `{prog[:60]}` on its own ({why})"


@rule(
    "AM-RCE-022",
    category="remote-exec",
    verdict="ask",
    kind="effect",
    names={"exec"},
    title="An option makes a program load a shared library",
    what="An option that loads a shared library, crypto engine, PKCS#11 module or plugin into the program: `curl "
    "--engine /x.so`, `ssh-keygen -D /x.so`, `ssh-add -s /x.so`, `openssl -engine /x.so`, `pkcs11-tool --module "
    "/x.so`, `ffmpeg -af ladspa=file=/x.so`, `mysql --default-auth`, `java -agentpath:/x.so`, a `.so` path in any "
    "option's value, from outside the system's library directories and the project (a library written or "
    "downloaded in the same action: deny).",
    why="A loaded library runs its constructor inside the program the moment it is opened, with the program's rights.",
    example="curl --engine /tmp/lib.so https://example.com",
    instead="Use the system's installed module (`/usr/lib/...`), or build the library in the project and say so.",
    must_match=["curl --engine /tmp/lib.so https://example.com", "ssh-keygen -D /home/dev/Downloads/pkcs11.so",
                "ffmpeg -f lavfi -i anullsrc -af ladspa=file=/tmp/lib.so /tmp/x.wav"],
    must_not_match=["ssh-keygen -D /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "curl --engine pkcs11 https://example.com",
                    "gcc main.c /usr/lib/libfoo.so -o app", "cp build/libx.so dist/", "ssh-keygen -D ./build/libtoken.so"],
)  # fmt: skip
def library_load(e: Effect, a: Analysis) -> str | Hit | None:
    if e.origin != "library":
        return None
    made = any(x.kind == "write" and x.target == e.target for x in a.effects)
    if made:
        return Hit(f"`{(e.content or '')[:60]}` loads {e.target}, written in the same action", "deny")
    if e.pclass in _OWN or optpower.SYSTEM_LIBS.match(e.target):
        return None
    return f"`{(e.content or '')[:60]}` loads the library {e.target} into the program"
