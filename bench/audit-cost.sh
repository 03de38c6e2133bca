#!/usr/bin/env bash
# Cost of winnow diff / --report / --stat / --html against a plain clean of the same corpus.
# Usage: bench/audit-cost.sh [CORPUS_DIR] [RUNS]   (build first: mvn -B -q package -DskipTests)
# Prints, per variant, the wall and CPU seconds of each run (from /usr/bin/time) and the best wall.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-bench/corpus}"
runs="${2:-3}"
out="bench/out"
mkdir -p "$out"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "corpus: $corpus, $(find "$corpus" -type f | wc -l) files, $(du -sb "$corpus" | cut -f1) bytes; load: $(cut -d' ' -f1-3 /proc/loadavg)"
variant() {
  local name="$1"; shift
  local best=""
  local line="$name:"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$java" -Xss4m -jar target/winnow.jar "$@" >/dev/null 2>"$out/stderr.txt" || true
    read -r wall user sys < <(tail -n 1 "$out/time.txt")
    line="$line  ${wall}s (cpu $(echo "$user + $sys" | bc))"
    if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc)" = 1 ]; then best="$wall"; fi
  done
  printf '%-34s best %6ss  |%s\n' "$name" "$best" "${line#*:}"
}
variant "clean (stdout)"                 clean "$corpus"
variant "clean -o DIR"                   clean "$corpus" -o "$out/clean"
variant "clean --report"                 clean "$corpus" --report "$out/clean-report.json"
variant "diff (unified)"                 diff "$corpus"
variant "diff --stat"                    diff --stat "$corpus"
variant "diff --report"                  diff --report "$out/diff-report.json" "$corpus"
variant "diff -y"                        diff -y "$corpus"
variant "diff --html"                    diff --html "$out/report.html" "$corpus"
variant "clean --explain"                clean --explain "$corpus"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
