#!/usr/bin/env bash
# Publish holdout24 (measured blind in session 23) as tuning data and seal holdout25.
set -e
cd ${1:-/work/main}
cp /tmp/h24/sessions.jsonl bench/holdout24_sessions.jsonl
cp /tmp/h24/injections.jsonl bench/holdout24_injections.jsonl
cp /tmp/h24/README.md bench/holdout24_README.md
git rm -q bench/sealed/holdout24.tar.gz
cp /work/holdout25.tar.gz bench/sealed/holdout25.tar.gz
git add bench/holdout24_sessions.jsonl bench/holdout24_injections.jsonl bench/holdout24_README.md bench/sealed/holdout25.tar.gz
