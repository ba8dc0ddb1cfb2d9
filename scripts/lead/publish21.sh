#!/usr/bin/env bash
# Publish holdout21 (measured blind in session 20) as tuning data and seal holdout22.
set -e
cd ${1:-/work/main}
cp /tmp/h21/sessions.jsonl bench/holdout21_sessions.jsonl
cp /tmp/h21/injections.jsonl bench/holdout21_injections.jsonl
cp /tmp/h21/README.md bench/holdout21_README.md
git rm -q bench/sealed/holdout21.tar.gz
cp /work/holdout22.tar.gz bench/sealed/holdout22.tar.gz
git add bench/holdout21_sessions.jsonl bench/holdout21_injections.jsonl bench/holdout21_README.md bench/sealed/holdout22.tar.gz
