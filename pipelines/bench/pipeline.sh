#!/usr/bin/env bash
# Pipeline benchmark (not a test): generates N synthetic articles (deterministic, seed 42) and runs the whole
# pipeline over them on the DirectRunner and on embedded Flink (parallelism 2), each in a fresh JVM.
#   pipelines/bench/pipeline.sh [N=100000] [runners="direct flink"]
# Prints one "BENCH ..." line per runner: records/s, wall time, peak heap.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
n="${1:-100000}"
runners="${2:-direct flink}"
heap="${BENCH_XMX:-8g}"

mvn -B -q -Pbench -DskipTests test-compile >&2
cp="$root/target/classes:$root/target/test-classes:$(cat "$root/target/bench-classpath.txt")"
work="$root/target/bench"
mkdir -p "$work"
corpus="$work/corpus-$n.jsonl.gz"
if [ ! -f "$corpus" ]; then
  start=$(date +%s)
  java -cp "$cp" io.newsbeam.generate.GenerateCorpus --articles "$n" --seed 42 \
    --out "$corpus" --truth "$work/truth-$n.jsonl"
  echo "generated $n records in $(( $(date +%s) - start )) s: $corpus" >&2
fi
for runner in $runners; do
  java -Xmx"$heap" -cp "$cp" io.newsbeam.bench.PipelineBench --corpus="$corpus" --runner="$runner" --work="$work"
done
