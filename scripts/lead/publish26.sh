#!/usr/bin/env bash
# Publish holdout26 (measured blind in session 25) as tuning data and seal holdout27.
set -e
cd ${1:-/work/main}
cp /tmp/h26/sessions.jsonl bench/holdout26_sessions.jsonl
cp /tmp/h26/injections.jsonl bench/holdout26_injections.jsonl
cp /tmp/h26/README.md bench/holdout26_README.md
git rm -q bench/sealed/holdout26.tar.gz
cp /work/holdout27.tar.gz bench/sealed/holdout27.tar.gz
git add bench/holdout26_sessions.jsonl bench/holdout26_injections.jsonl bench/holdout26_README.md bench/sealed/holdout27.tar.gz
