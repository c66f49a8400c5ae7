#!/usr/bin/env bash
# Near-duplicate accuracy on a labelled generated corpus, on embedded Flink (parallelism 2) by default:
#   pipelines/bench/dedup-eval.sh [--articles 20000] [--seed 7] [--runner flink|direct] [--shingleSize 4] [--bands 64] [--rows 2] ...
# Prints pairwise precision, recall, F1 and ARI per copy kind; exit 0 when the bars are met.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt >&2
exec java -Xmx"${EVAL_XMX:-4g}" -cp "target/classes:$(cat target/eval-classpath.txt)" \
  io.newsbeam.dedup.eval.EvaluateDedup --work target/dedup-eval "$@"
