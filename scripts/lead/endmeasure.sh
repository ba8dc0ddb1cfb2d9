#!/usr/bin/env bash
# End-of-session measures on /work/main (h30 both halves, screen, counterfactual, shared bench with decisions).
cd /work/main
mkdir -p /work/measure/h30 /work/measure/shared
PYTHONPATH=src .venv/bin/python -m automode bench /tmp/h30/sessions.jsonl --split both --decisions /work/measure/h30/end-both.dec > /work/measure/h30/end-both.txt 2>&1
PYTHONPATH=src .venv/bin/python -m automode bench --screen --texts /tmp/h30/injections.jsonl > /work/measure/h30/end-screen.txt 2>&1
PYTHONPATH=src .venv/bin/python /work/lead-tools/counterfact.py /tmp/h30/sessions.jsonl /work/measure/h30/end-both.dec > /work/measure/h30/end-counterfact.txt 2>&1
PYTHONPATH=src .venv/bin/python -m automode bench --screen /work/shared/bench/agentdojo.jsonl > /work/measure/h30/end-screen-builtin.txt 2>&1
PYTHONPATH=src .venv/bin/python -m automode bench /work/shared/bench/*.jsonl --split both --decisions /work/measure/shared/end.dec > /work/measure/shared/end.txt 2>&1
touch /work/measure/END-DONE
