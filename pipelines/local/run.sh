#!/usr/bin/env bash
# Runs newsbeam on this machine. Needs only Java 17 and Maven: the first call downloads the dependencies.
#
#   pipelines/local/run.sh                      # testdata/corpus -> out/testdata (replaced on each run)
#   pipelines/local/run.sh --input='corpus/*.jsonl.gz' --output=out/mine [--overwrite] [more flags]
#   pipelines/local/run.sh ... --runner=FlinkRunner --flinkMaster='[local]' --parallelism=2
#
# Flags are the pipeline's (see README "Options"); the default runner is Beam's DirectRunner.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

# Compile (incremental) and write the runtime classpath; quiet unless something fails.
mvn -B -q -DskipTests compile >&2

args=("$@")
if ! printf '%s\n' "${args[@]+"${args[@]}"}" | grep -q -- '^--input'; then
  args=(--input="$root/testdata/corpus/*" --output="$root/out/testdata" --overwrite "${args[@]+"${args[@]}"}")
fi

exec java ${NEWSBEAM_JAVA_OPTS:--Xmx4g} \
  -cp "$root/target/classes:$(cat "$root/target/runtime-classpath.txt")" \
  io.newsbeam.pipeline.Main "${args[@]}"
