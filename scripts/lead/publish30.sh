#!/usr/bin/env bash
# Publish holdout30 (measured blind in session 29) as tuning data and seal holdout31.
set -e
cd ${1:-/work/main}
cp /tmp/h30/sessions.jsonl bench/holdout30_sessions.jsonl
cp /tmp/h30/injections.jsonl bench/holdout30_injections.jsonl
cp /tmp/h30/README.md bench/holdout30_README.md
git rm -q bench/sealed/holdout30.tar.gz
cp /work/holdout31.tar.gz bench/sealed/holdout31.tar.gz
git add bench/holdout30_sessions.jsonl bench/holdout30_injections.jsonl bench/holdout30_README.md bench/sealed/holdout31.tar.gz
