#!/usr/bin/env bash
# Publish holdout27 (measured blind in session 26) as tuning data and seal holdout28.
set -e
cd ${1:-/work/main}
cp /tmp/h27/sessions.jsonl bench/holdout27_sessions.jsonl
cp /tmp/h27/injections.jsonl bench/holdout27_injections.jsonl
cp /tmp/h27/README.md bench/holdout27_README.md
git rm -q bench/sealed/holdout27.tar.gz
cp /work/holdout28.tar.gz bench/sealed/holdout28.tar.gz
git add bench/holdout27_sessions.jsonl bench/holdout27_injections.jsonl bench/holdout27_README.md bench/sealed/holdout28.tar.gz
