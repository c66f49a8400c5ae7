#!/usr/bin/env bash
# The same run on Flink embedded in this JVM (a mini cluster), parallelism 2.
#   pipelines/local/run-flink-embedded.sh [pipeline flags]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/run.sh" "$@" --runner=FlinkRunner --flinkMaster='[local]' --parallelism=2
