#!/usr/bin/env bash
# Gate a worktree against main's base decisions: published holdouts (split none) and the sealed h30 (split both: tune ids, measure totals).
WT=${1:-/work/batch}; OUT=/work/measure/gate-$(basename $WT); mkdir -p $OUT
cd $WT
for f in holdout29_sessions holdout28_sessions holdout27_sessions holdout26_sessions holdout25_sessions holdout24_sessions holdout23_sessions holdout22_sessions holdout21_sessions holdout20_sessions holdout19_sessions; do
  PYTHONPATH=$WT/src nice /work/main/.venv/bin/python -m automode bench bench/$f.jsonl --split none --decisions $OUT/$f.dec >/dev/null 2>&1
  echo "== $f"; PYTHONPATH=$WT/src /work/main/.venv/bin/python /work/lead-tools/gate.py bench/$f.jsonl /work/measure/base/$f.dec $OUT/$f.dec
done
PYTHONPATH=$WT/src nice /work/main/.venv/bin/python -m automode bench /tmp/h30/sessions.jsonl --split both --decisions $OUT/h30.dec > $OUT/h30.txt 2>&1
echo "== h30"; PYTHONPATH=$WT/src /work/main/.venv/bin/python /work/lead-tools/gate.py /tmp/h30/sessions.jsonl /work/measure/h30/start-both.dec $OUT/h30.dec
sed -n 5,6p $OUT/h30.txt
