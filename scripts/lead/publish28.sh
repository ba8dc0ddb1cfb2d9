#!/usr/bin/env bash
# Publish holdout28 (measured blind in session 27) as tuning data and seal holdout29.
set -e
cd ${1:-/work/main}
cp /tmp/h28/sessions.jsonl bench/holdout28_sessions.jsonl
cp /tmp/h28/injections.jsonl bench/holdout28_injections.jsonl
cp /tmp/h28/README.md bench/holdout28_README.md
git rm -q bench/sealed/holdout28.tar.gz
cp /work/holdout29.tar.gz bench/sealed/holdout29.tar.gz
git add bench/holdout28_sessions.jsonl bench/holdout28_injections.jsonl bench/holdout28_README.md bench/sealed/holdout29.tar.gz
