#!/usr/bin/env bash
# Publish holdout23 (measured blind in session 22) as tuning data and seal holdout24.
set -e
cd ${1:-/work/main}
cp /tmp/h23/sessions.jsonl bench/holdout23_sessions.jsonl
cp /tmp/h23/injections.jsonl bench/holdout23_injections.jsonl
cp /tmp/h23/README.md bench/holdout23_README.md
git rm -q bench/sealed/holdout23.tar.gz
cp /work/holdout24.tar.gz bench/sealed/holdout24.tar.gz
git add bench/holdout23_sessions.jsonl bench/holdout23_injections.jsonl bench/holdout23_README.md bench/sealed/holdout24.tar.gz
