#!/usr/bin/env bash
# Quote and citation extraction speed (articles/s on one core, each alone and both together) over N generated articles (default 100000).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-100000}"
WORK=target/bench-quotes
mkdir -p "$WORK"
mvn -B -q -Pbench -DskipTests test-compile
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
if [ ! -f "$WORK/corpus-$N.jsonl.gz" ]; then
  java -cp "$CP" io.newsbeam.generate.GenerateCorpus --articles "$N" --seed 5 --out "$WORK/corpus-$N.jsonl.gz" \
    --truth "$WORK/truth-$N.jsonl.gz"
fi
java -Xmx4g -XX:ActiveProcessorCount=1 -cp "$CP" io.newsbeam.bench.QuoteBench "$WORK/corpus-$N.jsonl.gz" 1
