#!/usr/bin/env bash
# Quality at scale: the real brief loaded beside a synthetic library of N entries (default
# 100,000), evaluated on the development sets (brief wording and chat style) and the blind sets, scoped to the real brief with --brief
# and unscoped, next to the real brief alone. Loopback-free: it only reads files.
#
#   scripts/quality-at-scale.sh [ENTRIES]
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-100000}
bin=target/release/briefbot
[ -x "$bin" ] || cargo build --release
# Generates (or reuses) target/bench-library/$entries.
"$bin" bench --entries "$entries" --queries 1 --baseline-queries 1 >/dev/null
combined=$(mktemp -d)
trap 'rm -rf "$combined"' EXIT
mkdir -p "$combined/knowledge"
for d in "target/bench-library/$entries/knowledge"/*/; do
  ln -s "$(cd "$d" && pwd)" "$combined/knowledge/$(basename "$d")"
done
ln -s "$(pwd)/knowledge/inss-1784" "$combined/knowledge/inss-1784"
for set in tests/data/dev.jsonl tests/data/heldout_style.jsonl tests/data/dev2.jsonl tests/data/calib_holdout.jsonl; do
  echo "== $set: the real brief alone"
  "$bin" eval "$set" | sed -n '/^overall/p'
  echo "== $set: beside $entries synthetic entries, scoped with --brief inss-1784"
  "$bin" --knowledge "$combined/knowledge" eval "$set" --brief inss-1784 | sed -n '/^overall/p'
  echo "== $set: beside $entries synthetic entries, unscoped"
  "$bin" --knowledge "$combined/knowledge" eval "$set" | sed -n '/^overall/p'
done
