#!/usr/bin/env bash
# Whole-process benchmark of the winnow CLI beside reference tools over the same tree.
#
#   bench/run.sh [MEGABYTES] [RUNS]      (defaults: 200 MB, 3 runs; needs ../shared/data)
#
# Builds bench/corpus (once; see make_corpus.py), then times each command RUNS times with a warm
# page cache and prints the median wall time, MB/s and peak RSS. References: cat over every file,
# and `grep -v -F -f phrases.txt` (the inserted boilerplate lines as fixed strings), the fastest
# a line filter can be. Writes bench/results.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
mb="${1:-200}"
runs="${2:-3}"
data="${WINNOW_DATA:-$root/../shared/data}"
corpus="$here/corpus"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

[ -d "$data/clean-news" ] || { echo "bench: no $data/clean-news (set WINNOW_DATA)" >&2; exit 2; }
if [ ! -f "$corpus/.done-$mb" ]; then
  rm -rf "$corpus"
  python3 "$here/make_corpus.py" "$data" "$corpus" "$mb"
  touch "$corpus/.done-$mb"
fi
"$root/winnow" --version >/dev/null   # builds the jar and the CDS archive if needed
bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
files=$(find "$corpus" -type f -name '*.txt' | wc -l)
cat "$corpus"/../phrases.txt >/dev/null 2>&1 || true
phrases="$here/phrases.txt"

results="$here/results.md"
{
  echo "# Benchmark results"
  echo
  echo "$(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Corpus: $files files, $((bytes / 1048576)) MB (bench/make_corpus.py); median of $runs runs, warm page cache."
  echo
  echo "| command | wall s | MB/s | peak RSS MB |"
  echo "|---|---:|---:|---:|"
} > "$results"

measure() { # name, command...
  local name="$1"; shift
  local times=() rss=0
  find "$corpus" -type f -name '*.txt' -exec cat {} + >/dev/null   # warm the cache
  for _ in $(seq "$runs"); do
    rm -rf "$out/o"; mkdir -p "$out/o"
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$out/rss" bash -c "$*" >/dev/null 2>"$out/err" || { echo "bench: $name failed:"; cat "$out/err"; }
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
    r=$(tail -1 "$out/rss"); [ "$r" -gt "$rss" ] && rss=$r
  done
  local med
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  local rate
  rate=$(echo "$bytes / 1048576 / $med" | bc -l)
  printf '| %s | %.2f | %.0f | %d |\n' "$name" "$med" "$rate" "$((rss / 1024))" | tee -a "$results"
}

measure "cat (reference)" "find '$corpus' -type f -name '*.txt' -exec cat {} +"
measure "grep -v -F -f phrases.txt (reference)" "grep -r -h -v -F -f '$phrases' --include='*.txt' '$corpus'"
measure "winnow clean DIR -o OUT" "'$root/winnow' clean '$corpus' -o '$out/o'"
measure "winnow clean DIR > /dev/null" "'$root/winnow' clean '$corpus'"
if "$root/winnow" diff --help >/dev/null 2>&1; then
  measure "winnow diff --stat DIR" "'$root/winnow' diff --stat '$corpus'; test \$? -le 1"
  measure "winnow clean DIR -o OUT --report R" "'$root/winnow' clean '$corpus' -o '$out/o' --report '$out/r.json'"
  measure "winnow diff DIR (unified)" "'$root/winnow' diff '$corpus'; test \$? -le 1"
fi
if "$root/winnow" learn --help >/dev/null 2>&1; then
  measure "winnow learn DIR" "'$root/winnow' learn '$corpus' -o '$out/o/learned'"
fi
echo
echo "written to $results"
