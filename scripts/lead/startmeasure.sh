#!/usr/bin/env bash
cd /work/startsnap
P=/work/startsnap/src; PY=/work/main/.venv/bin/python
mkdir -p /work/measure/h30 /work/measure/base /work/measure/shared
mkdir -p /tmp/h30 && tar xzf bench/sealed/holdout30.tar.gz -C /tmp/h30
PYTHONPATH=$P $PY -m automode bench /tmp/h30/sessions.jsonl --split both --decisions /work/measure/h30/start-both.dec > /work/measure/h30/start-both.txt 2>&1
PYTHONPATH=$P $PY -m automode bench --screen --texts /tmp/h30/injections.jsonl > /work/measure/h30/start-screen.txt 2>&1
PYTHONPATH=$P $PY /work/lead-tools/counterfact.py /tmp/h30/sessions.jsonl /work/measure/h30/start-both.dec > /work/measure/h30/start-counterfact.txt 2>&1
touch /work/measure/h30/START-DONE
for f in holdout29_sessions holdout28_sessions holdout27_sessions holdout26_sessions holdout25_sessions holdout24_sessions holdout23_sessions holdout22_sessions holdout21_sessions holdout20_sessions holdout19_sessions; do
  PYTHONPATH=$P $PY -m automode bench bench/$f.jsonl --split none --decisions /work/measure/base/$f.dec > /work/measure/base/$f.txt 2>&1
done
cp /work/measure/base/holdout29_sessions.dec /work/measure/h29pub.dec
touch /work/measure/base/DONE
PYTHONPATH=$P $PY -m automode bench /work/shared/bench/*.jsonl --split both --decisions /work/measure/shared/start.dec > /work/measure/shared/start.txt 2>&1
touch /work/measure/shared/DONE
