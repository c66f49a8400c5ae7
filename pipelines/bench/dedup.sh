#!/usr/bin/env bash
# Near-duplicate benchmark (issue 4; not a test). For each N (default "100000 1000000") it generates N records
# with the synthetic generator (seed 42, cached under target/bench/) and runs, each in a fresh JVM:
#   1. the single-threaded reference of the MinHash step and the signature step against java-lsh;
#   2. the same MinHash step as a Beam pipeline on embedded Flink, parallelism 2 (Beam's overhead);
#   3. the whole dedup stage (exact + near-duplicate clusters) on embedded Flink, parallelism 2.
#   pipelines/bench/dedup.sh [sizes="100000 1000000"]
# Every step prints one or two "BENCH ..." lines. BENCH_XMX sets the heap (default 4g: the issue's ceiling).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
sizes="${1:-100000 1000000}"
heap="${BENCH_XMX:-4g}"

mvn -B -q -Pbench -DskipTests test-compile >&2
cp="$root/target/classes:$root/target/test-classes:$(cat "$root/target/bench-classpath.txt")"
work="$root/target/bench"
mkdir -p "$work"
for n in $sizes; do
  corpus="$work/corpus-$n.jsonl.gz"
  if [ ! -f "$corpus" ]; then
    start=$(date +%s)
    java -cp "$cp" io.newsbeam.generate.GenerateCorpus --articles "$n" --seed 42 \
      --out "$corpus" --truth "$work/truth-$n.jsonl"
    echo "generated $n records in $(( $(date +%s) - start )) s: $corpus" >&2
  fi
  for mode in reference signatures stage; do
    java -Xmx"$heap" -cp "$cp" io.newsbeam.bench.NearDupBench --mode="$mode" --corpus="$corpus" \
      --work="$work" 2>"$work/neardup-$mode-$n.log" | grep '^BENCH' | sed "s/^BENCH /BENCH n=$n /"
  done
done
