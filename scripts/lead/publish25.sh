#!/usr/bin/env bash
# Publish holdout25 (measured blind in session 24) as tuning data and seal holdout26.
set -e
cd ${1:-/work/main}
cp /tmp/h25/sessions.jsonl bench/holdout25_sessions.jsonl
cp /tmp/h25/injections.jsonl bench/holdout25_injections.jsonl
cp /tmp/h25/README.md bench/holdout25_README.md
git rm -q bench/sealed/holdout25.tar.gz
cp /work/holdout26.tar.gz bench/sealed/holdout26.tar.gz
git add bench/holdout25_sessions.jsonl bench/holdout25_injections.jsonl bench/holdout25_README.md bench/sealed/holdout26.tar.gz
