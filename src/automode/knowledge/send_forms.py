"""The copy-out forms of `knowledge.sends`, as data: per program form, where its sources are, which options leave
things out or narrow the selection, and where it sends (the sources are listed in `knowledge.sends`; session 11
surface S2 added s3api put-object, az storage blob/file/fs upload, b2, s5cmd, ossutil/coscli/obsutil, oci, ibmcloud
cos, wrangler r2, swift, supabase storage, databricks fs, ncftpput, restic/rustic, borg, duplicity, kopia, dvc,
lftp, gdrive, dbxcli, dropbox_uploader, MEGA, ffsend, mlflow log-artifact)."""

from __future__ import annotations

from automode.dc import dataclass


@dataclass(frozen=True, slots=True)
class Form:
    programs: frozenset[str]
    lead: tuple[str, ...]  # the positional words that select this form, in order (`s3 sync`); () = any
    start: int = 0  # the sources are the positional words after `lead` from `start` ...
    stop: int = 0  # ... to `stop` (0: the end; -1: all but the last, the destination)
    source_options: frozenset[str] = frozenset()  # options whose values are sources (`-s DIR`, `-p DIR`)
    tree: str = "name"  # when a source is a whole directory: "always", "flag" (with a `recursive` option), "name"
    recursive: frozenset[str] = frozenset()
    values: frozenset[str] = frozenset()  # options that take the next word as their value
    lists: frozenset[str] = frozenset()  # options whose values run to the next option (`zip -x a b c`)
    excludes: frozenset[str] = frozenset()  # options whose values leave paths out (patterns)
    exclude_prefixes: tuple[str, ...] = ()  # excludes written attached to the option (`7z -xr!*.env`, `rar -x*.pem`)
    ignores: frozenset[str] = frozenset()  # options that leave out what an ignore file lists (`--exclude-vcs-ignores`)
    picks: frozenset[str] = frozenset()  # options that narrow what is taken to what they name (includes, file lists)
    tracked: bool = False  # takes only what version control tracks (`git archive`)
    needs: frozenset[str] = frozenset()  # the form applies only with one of these options (tar's create mode)
    bundled: bool = False  # the first word may be an option cluster without a dash (`tar czf`)
    long_values: bool = False  # every `--long` option takes a value unless it is in `flags`
    flags: frozenset[str] = frozenset()
    upload: bool = False  # only when the destination (the last positional word) is another machine or a bucket
    includes: frozenset[str] = frozenset()  # include filters that narrow only after a catch-all exclude (`--exclude '*'`)
    dests: tuple[str, ...] = ()  # where it goes, built from the words: `s3://{--bucket}`, `b2://{0}` (first that fills)
    configured: str = ""  # where it goes when its words do not say (the repository or service it is set up for)
    not_leads: frozenset[str] = frozenset()  # first positional words that make it another command (`duplicity restore`)


def _form(programs: str, lead: str = "", **kw: object) -> Form:
    sets = {k: frozenset(str(v).split()) for k, v in kw.items() if isinstance(v, str) and k not in ("tree", "configured")}
    rest = {k: v for k, v in kw.items() if k not in sets}
    return Form(frozenset(programs.split()), tuple(lead.split()), **sets, **rest)  # type: ignore[arg-type]


_AWS_FLAGS = ("--recursive --delete --dryrun --quiet --only-show-errors --no-progress --follow-symlinks "
              "--no-follow-symlinks --exact-timestamps --size-only --no-guess-mime-type --force-glacier-transfer "
              "--ignore-glacier-warnings --no-sign-request --debug --no-paginate --no-verify-ssl")  # fmt: skip
_GCLOUD_FLAGS = "--recursive --no-clobber --delete-unmatched-destination-objects --dry-run --quiet --verbose"


def _az(service: str, opt: str, scheme: str = "az") -> tuple[str, ...]:
    """Azure endpoints built from `--account-name` and the container, share or file system option."""
    return (f"https://{{--account-name}}.{service}.core.windows.net/{{{opt}}}", f"{scheme}://{{{opt}}}")

#: duplicity's actions other than a backup (duplicity(1)): their positional words are no sources.
_DUPLICITY_VERBS = frozenset({"restore", "verify", "collection-status", "list-current-files", "cleanup",
                              "remove-older-than", "remove-all-but-n-full", "remove-all-inc-of-but-n-full"})

# fmt: off
FORMS: tuple[Form, ...] = (
    _form("tar gtar bsdtar", needs="-c --create -r --append -u --update", bundled=True,
          values="-f --file -C --directory -X --exclude-from -T --files-from -b -H --format -I --use-compress-program "
                 "-N --newer --after-date --owner --group --mode --transform --xform -L --tape-length -g "
                 "--listed-incremental --exclude", excludes="--exclude", ignores="-X --exclude-from --exclude-vcs-ignores",
          picks="-T --files-from"),
    _form("zip", start=1, tree="flag", recursive="-r -R --recurse-paths", values="-b -n -t -tt -O --output-file -P -Z",
          lists="-x --exclude -i --include", excludes="-x --exclude", picks="-i --include"),
    _form("7z 7za 7zz 7zr", "a", start=1, values="-p -m -v -w -o", exclude_prefixes=("-x!", "-xr!", "-xr-!", "-x@", "-xr@")),
    _form("rar", "a", start=1, exclude_prefixes=("-x",)),
    _form("rsync", stop=-1, tree="flag", recursive="-r --recursive -a --archive",
          values="-e --rsh --exclude --exclude-from --include --include-from --files-from -f --filter --chmod --chown "
                 "-M --remote-option --rsync-path --port --bwlimit --log-file --partial-dir -T --temp-dir --backup-dir "
                 "--suffix --link-dest --compare-dest --copy-dest --timeout --max-size --min-size --password-file",
          excludes="--exclude -f --filter", ignores="--exclude-from",
          picks="--files-from --include-from", includes="--include"),
    _form("scp", stop=-1, tree="flag", recursive="-r", values="-i -P -o -F -c -l -S -J", upload=True),
    _form("aws", "s3 cp", stop=-1, tree="flag", recursive="--recursive", long_values=True, flags=_AWS_FLAGS,
          excludes="--exclude", includes="--include", upload=True),
    _form("aws", "s3 mv", stop=-1, tree="flag", recursive="--recursive", long_values=True, flags=_AWS_FLAGS,
          excludes="--exclude", includes="--include", upload=True),
    _form("aws", "s3 sync", stop=-1, tree="always", long_values=True, flags=_AWS_FLAGS, excludes="--exclude",
          includes="--include", upload=True),
    _form("aws", "s3api put-object", source_options="--body", long_values=True, tree="never",
          dests=("s3://{--bucket}/{--key}", "s3://{--bucket}")),
    _form("gsutil", "cp", stop=-1, tree="flag", recursive="-r -R", values="-h -o -p -z -Z -a -j -J -L", upload=True),
    _form("gsutil", "mv", stop=-1, tree="flag", recursive="-r -R", values="-h -o -p -a", upload=True),
    _form("gsutil", "rsync", stop=-1, tree="always", values="-h -o -p -x -a -j -J", excludes="-x", upload=True),
    _form("gcloud", "storage cp", stop=-1, tree="flag", recursive="-r --recursive", long_values=True,
          flags=_GCLOUD_FLAGS, excludes="--exclude", upload=True),
    _form("gcloud", "storage rsync", stop=-1, tree="always", long_values=True, flags=_GCLOUD_FLAGS,
          excludes="--exclude", upload=True),
    _form("az", "storage blob upload-batch", source_options="-s --source", tree="always", long_values=True,
          flags="--overwrite --dryrun --no-progress --only-show-errors", values="-d --destination",
          picks="--pattern", dests=_az("blob", "-d|--destination")),
    _form("az", "storage blob upload", source_options="-f --file", tree="never", long_values=True,
          flags="--overwrite --no-progress --only-show-errors --validate-content", values="-c --container-name -n --name",
          dests=_az("blob", "-c|--container-name")),
    _form("az", "storage blob sync", source_options="-s --source", tree="always", long_values=True,
          values="-c --container -d --destination", excludes="--exclude-pattern --exclude-path",
          picks="--include-pattern", dests=_az("blob", "-c|--container")),
    _form("az", "storage file upload", source_options="--source", tree="never", long_values=True,
          values="-s --share-name -p --path", dests=_az("file", "-s|--share-name")),
    _form("az", "storage file upload-batch", source_options="-s --source", tree="always", long_values=True,
          values="-d --destination", picks="--pattern", dests=_az("file", "-d|--destination")),
    _form("az", "storage fs file upload", source_options="-s --source", tree="never", long_values=True,
          values="-f --file-system -p --path", dests=_az("dfs", "-f|--file-system", "abfs")),
    _form("az", "storage fs directory upload", source_options="-s --source", tree="always", long_values=True,
          values="-f --file-system -d --destination-path", flags="--recursive -r",
          dests=_az("dfs", "-f|--file-system", "abfs")),
    _form("azcopy", "copy", stop=-1, tree="flag", recursive="--recursive --recursive=true", long_values=True,
          flags="--recursive", excludes="--exclude-pattern --exclude-path", picks="--include-pattern --include-path",
          upload=True),
    _form("azcopy", "sync", stop=-1, tree="always", long_values=True, excludes="--exclude-pattern --exclude-path",
          picks="--include-pattern --include-path", upload=True),
    _form("rclone", "copy", stop=-1, long_values=True, flags="--dry-run --progress -P --verbose -v --checksum "
          "--update --ignore-existing --no-traverse --fast-list", excludes="--exclude --filter",
          ignores="--exclude-from --filter-from", picks="--include --include-from --files-from", upload=True),
    _form("rclone", "sync", stop=-1, long_values=True, flags="--dry-run --progress -P --verbose -v --checksum",
          excludes="--exclude --filter", ignores="--exclude-from --filter-from",
          picks="--include --include-from --files-from", upload=True),
    _form("rclone", "move", stop=-1, long_values=True, flags="--dry-run --progress -P --verbose -v",
          excludes="--exclude --filter", ignores="--exclude-from --filter-from",
          picks="--include --include-from --files-from", upload=True),
    _form("rclone", "copyto|moveto|bisync", stop=-1, long_values=True, flags="--dry-run --progress -P --verbose -v "
          "--resync --checksum", excludes="--exclude --filter", ignores="--exclude-from --filter-from",
          picks="--include --include-from --files-from", upload=True),
    _form("s3cmd", "put", stop=-1, tree="flag", recursive="-r --recursive", excludes="--exclude --rexclude",
          ignores="--exclude-from", values="--exclude --rexclude --exclude-from --acl-grant -m --mime-type", upload=True),
    _form("s3cmd", "sync", stop=-1, tree="always", excludes="--exclude --rexclude", ignores="--exclude-from",
          values="--exclude --rexclude --exclude-from --include", includes="--include", upload=True),
    _form("s5cmd", "cp|mv|sync", stop=-1, tree="name", long_values=True, flags="--delete --size-only --no-clobber "
          "-n --dry-run --flatten --raw", excludes="--exclude", picks="--include", upload=True),
    _form("b2", "upload-file|upload_file", start=1, stop=2, tree="never", long_values=True,
          flags="--noProgress --no-progress --quiet --sha1", dests=("b2://{0}",)),
    _form("b2", "file upload", start=1, stop=2, tree="never", long_values=True, flags="--no-progress --quiet",
          dests=("b2://{0}",)),
    _form("b2", "sync", stop=-1, tree="always", long_values=True, flags="--delete --no-progress --dry-run "
          "--skip-newer --replace-newer --compare-versions --quiet", excludes="--exclude-regex --exclude-dir-regex",
          picks="--include-regex", upload=True),
    _form("ossutil ossutil64 coscli obsutil", "cp|sync", stop=-1, tree="flag", recursive="-r --recursive",
          long_values=True, flags="-r --recursive -f --force -u --update --delete", excludes="--exclude",
          picks="--include", upload=True),
    _form("oci", "os object put", source_options="--file", tree="never", long_values=True, values="-bn",
          dests=("oci://{-bn|--bucket-name}",)),
    _form("oci", "os object bulk-upload|sync", source_options="--src-dir", tree="always", long_values=True, values="-bn",
          flags="--delete --overwrite --no-overwrite --dry-run", excludes="--exclude", picks="--include",
          dests=("oci://{-bn|--bucket-name}",)),
    _form("ibmcloud", "cos upload|object-put", source_options="--file --body", tree="never", long_values=True,
          dests=("cos://{--bucket}",)),
    _form("wrangler", "r2 object put", start=1, source_options="-f --file", tree="never", long_values=True,
          flags="--local --remote", dests=("r2://{0}",)),
    _form("swift", "upload", start=1, tree="name", long_values=True, flags="--changed --skip-identical",
          dests=("swift://{0}",)),
    _form("supabase", "storage cp|mv", stop=-1, tree="flag", recursive="-r --recursive", long_values=True,
          flags="-r --recursive --experimental --linked --local", upload=True),
    _form("databricks", "fs cp", stop=-1, tree="flag", recursive="-r --recursive", long_values=True,
          flags="-r --recursive --overwrite", upload=True),
    _form("ncftpput", start=2, tree="flag", recursive="-R", values="-u -p -P -j -t -m", dests=("ftp://{0}",)),
    _form("restic rustic", "backup", long_values=True, tree="name", flags="--one-file-system -x --dry-run -n "
          "--exclude-caches --no-scan --quiet -q --verbose -v --json --force --with-atime --ignore-inode",
          values="-r --repo --repository-file --tag --host --stdin-filename -o --option --password-file",
          excludes="-e --exclude --iexclude", ignores="--exclude-file --iexclude-file --exclude-if-present",
          picks="--files-from --files-from-raw --files-from-verbatim", dests=("{-r|--repo}",),
          configured="the restic repository"),
    _form("borg borg2", "create", start=1, tree="name", long_values=True, flags="--stats -s --progress -p --list "
          "--dry-run -n --one-file-system -x --exclude-caches --json --verbose -v --info --numeric-ids",
          values="-e --exclude --exclude-from --pattern --patterns-from -C --compression -r --repo",
          excludes="-e --exclude --pattern", ignores="--exclude-from --patterns-from --exclude-if-present",
          dests=("{0}", "{-r|--repo}"), configured="the borg repository"),
    _form("duplicity", "full|incr|backup", stop=-1, tree="always", long_values=True, upload=True,
          flags="--dry-run --no-encryption --allow-source-mismatch --progress --verbosity -v",
          excludes="--exclude --exclude-regexp", ignores="--exclude-filelist --exclude-if-present",
          picks="--include-filelist"),
    _form("duplicity", stop=-1, tree="always", long_values=True, upload=True, not_leads=_DUPLICITY_VERBS,
          flags="--dry-run --no-encryption --allow-source-mismatch --progress",
          excludes="--exclude --exclude-regexp", ignores="--exclude-filelist --exclude-if-present",
          picks="--include-filelist"),
    _form("kopia", "snapshot create", tree="always", long_values=True,
          flags="--all --force-hash --parallel --fail-fast --json --log-level", configured="the kopia repository"),
    _form("dvc", "push", tree="never", long_values=True, tracked=True, values="-r --remote -j --jobs",
          flags="-a --all-branches -T --all-tags -A --all-commits -R --recursive --run-cache --glob -v -q",
          dests=("dvc-remote:{-r|--remote}",), configured="the project's DVC remote"),
    _form("lftp smbclient", "mirror", start=0, stop=-1, tree="always"),  # read by `_lftp` (a script of its own)
    # paste services (pastebinit(1) `-b URL`, wgetpaste, fpaste): whatever is sent is public at a guessable address
    _form("pastebinit", tree="never", values="-b -a -f -t -u -p -i -l", dests=("{-b}", "https://paste.debian.net")),
    _form("wgetpaste", tree="never", values="-s --service -l --language -d --description -n --nick",
          dests=("https://dpaste.com",)),
    _form("fpaste", tree="never", values="-l --lang -d --desc -n --nick -x --expire", dests=("https://paste.centos.org",)),
    _form("gdrive gdrive3", "files upload", tree="flag", recursive="--recursive", long_values=True,
          flags="--recursive --print-only-id --print-chunk-info", dests=("gdrive:/",)),
    _form("gdrive gdrive3", "upload", tree="flag", recursive="-r --recursive", values="-p --parent --name --mime",
          dests=("gdrive:/",)),
    _form("dbxcli", "put", stop=1, tree="never", dests=("dropbox:/",)),
    _form("dropbox_uploader.sh dropbox_uploader", "upload", stop=-1, tree="name", values="-f", dests=("dropbox:/",)),
    _form("mega-put", stop=-1, tree="name", values="-u --username -p --password", dests=("mega:/",)),
    _form("megaput", tree="name", values="--path -u --username -p --password", dests=("mega:/",)),
    _form("ffsend", "upload|u|up", tree="never", long_values=True, flags="--copy --open --archive -a --yes -y",
          dests=("https://send.vis.ee",)),
    _form("mc", "cp", stop=-1, tree="flag", recursive="-r --recursive", excludes="--exclude", values="--exclude"),
    _form("mc", "mirror", stop=-1, tree="always", excludes="--exclude", values="--exclude"),
    _form("huggingface-cli hf", "upload", start=1, stop=2, long_values=True,
          flags="--private --quiet --create-pr --every", excludes="--exclude", picks="--include", dests=("hf://{0}",)),
    _form("huggingface-cli hf", "upload-large-folder", start=1, stop=2, tree="always", long_values=True,
          flags="--private --no-report --no-bars", excludes="--exclude", picks="--include", dests=("hf://{0}",)),
    _form("kaggle", "datasets create", source_options="-p --path", tree="always", values="-p --path -r --dir-mode"),
    _form("kaggle", "datasets version", source_options="-p --path", tree="always",
          values="-p --path -m --message -r --dir-mode"),
    _form("wandb", "artifact put", long_values=True, flags="--skip_cache --policy-dummy",
          values="-n --name -t --type -d --description -a --alias", configured="Weights & Biases"),
    _form("mlflow", "artifacts log-artifacts", source_options="--local-dir -l", tree="always", long_values=True,
          configured="the MLflow tracking server"),
    _form("mlflow", "artifacts log-artifact", source_options="--local-file -l", tree="never", long_values=True,
          configured="the MLflow tracking server"),
    _form("oras", "push", start=1, long_values=True, flags="--plain-http --insecure --debug --verbose"),
    _form("gh", "gist create", values="-d --desc -f --filename", tree="never"),
    _form("gh", "release upload", start=1, tree="never", flags="--clobber"),
    _form("wormhole", "send", values="--code --text", tree="name", configured="whoever holds the wormhole code"),
    _form("croc", "send", values="--code --text --exclude", excludes="--exclude",
          configured="whoever holds the croc code"),
    # Taildrop (tailscale.com/kb/1106/taildrop: `tailscale file cp FILE... TARGET:`): to another device of the tailnet
    _form("tailscale", "file cp", tree="never", values="--targets", configured="another device of the tailnet"),
    _form("git", "archive", start=1, tracked=True, values="-o --output --format --prefix --remote --exec"),
)
# fmt: on
#: What users call the service a tool sends to when its words do not name the place ("log it to W&B", "the mlflow
#: run's artifacts", "a kopia snapshot").
SERVICE_WORDS: dict[str, tuple[str, ...]] = {
    "wandb": ("w&b", "weights & biases", "weights and biases", "artifact", "artifacts"),
    "mlflow": ("artifact", "artifacts", "tracking server"), "dvc": ("dvc remote",),
    "restic": ("snapshot", "repository", "repo"), "rustic": ("restic", "snapshot", "repository"),
    "borg": ("borgbackup", "archive", "repository", "repo"), "borg2": ("borg", "archive", "repository"),
    "kopia": ("snapshot", "repository", "repo"), "croc": ("transfer code",), "wormhole": ("magic-wormhole",),
    "tailscale": ("taildrop", "tailnet"),
}  # fmt: skip
