#!/usr/bin/env bash
# Publish holdout29 (measured blind in session 28) as tuning data and seal holdout30.
set -e
cd ${1:-/work/main}
cp /tmp/h29/sessions.jsonl bench/holdout29_sessions.jsonl
cp /tmp/h29/injections.jsonl bench/holdout29_injections.jsonl
cp /tmp/h29/README.md bench/holdout29_README.md
git rm -q bench/sealed/holdout29.tar.gz
cp /work/holdout30.tar.gz bench/sealed/holdout30.tar.gz
git add bench/holdout29_sessions.jsonl bench/holdout29_injections.jsonl bench/holdout29_README.md bench/sealed/holdout30.tar.gz
