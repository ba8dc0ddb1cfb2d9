#!/usr/bin/env bash
# Merge helper commits into /work/batch (reset to main first unless --keep). Union-resolve list files, retake generated ones.
set -u
cd /work/batch
if [ "${1:-}" = "--keep" ]; then shift; else git reset -q --hard main; fi
[ -e .venv ] || ln -s /work/main/.venv .venv
GEN='src/automode/retable_data.py src/automode/retable_more_data.py src/automode/dctable_data.py src/automode/dctable_more_data.py src/automode/rules/trigger_index.py src/automode/knowledge/control_index.py src/automode/knowledge/programs_data.py docs/rules.md docs/programs.md docs/settings.md'
for h in "$@"; do
  if git merge -q --no-edit "$h"; then echo "merged $h"; continue; fi
  bad=0
  for f in $(git diff --name-only --diff-filter=U); do
    if echo " $GEN " | grep -q " $f "; then git checkout -q --theirs -- "$f"; git add "$f"; continue; fi
    case "$f" in
      src/automode/rules/__init__.py|src/automode/rules/pipeline.py|docs/*.md|tests/*|src/automode/judge/intent/__init__.py)
        git show :1:"$f" > /tmp/u.base 2>/dev/null || : > /tmp/u.base
        git show :2:"$f" > /tmp/u.ours; git show :3:"$f" > /tmp/u.theirs
        git merge-file --union /tmp/u.ours /tmp/u.base /tmp/u.theirs; cp /tmp/u.ours "$f"; git add "$f"; echo "union $f";;
      *) echo "CONFLICT $f (resolve by hand, then: git commit --no-edit; wave.sh --keep rest)"; bad=1;;
    esac
  done
  [ $bad = 1 ] && exit 1
  git commit -q --no-edit && echo "merged $h (resolved)"
done
git rm -q --cached .venv 2>/dev/null && git commit -qm "Untrack .venv (a branch committed its link to the shared venv)" && echo "untracked .venv"
[ -e .venv ] || ln -s /work/main/.venv .venv
/work/regen.sh /work/batch >/dev/null
if ! git diff --quiet; then git commit -qam "Regenerate the stored tables after the merge" && echo "regenerated"; fi
