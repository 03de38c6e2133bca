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
  echo "| command | wall s (median) | MB/s | best wall s | CPU s (user+sys, median) | peak RSS MB |"
  echo "|---|---:|---:|---:|---:|---:|"
} > "$results"

run_no=0
measure() { # name, command... ($O in the command is a fresh output directory)
  local name="$1"; shift
  local times=() cpus=() rss=0
  find "$corpus" -type f -name '*.txt' -exec cat {} + >/dev/null   # warm the cache
  for _ in $(seq "$runs"); do
    # Every run writes into a directory never used before, and old outputs are deleted only at
    # the end: deleting 59,000 files right before a run leaves the file system busy (journal,
    # discards) and made the next run's writes several times slower than cp -r's.
    run_no=$((run_no + 1))
    local o="$out/o$run_no"
    mkdir -p "$o"
    local t0 t1
    t0=$(date +%s.%N)
    O="$o" /usr/bin/time -f "%M %U %S" -o "$out/rss" bash -c "$*" >/dev/null 2>"$out/err" || { echo "bench: $name failed:"; cat "$out/err"; }
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
    read -r r u sy < <(tail -1 "$out/rss")
    [ "$r" -gt "$rss" ] && rss=$r
    cpus+=("$(echo "$u + $sy" | bc -l)")
  done
  local med best cpu
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  local rate
  rate=$(echo "$bytes / 1048576 / $med" | bc -l)
  printf '| %s | %.2f | %.0f | %.2f | %.1f | %d |\n' "$name" "$med" "$rate" "$best" "$cpu" "$((rss / 1024))" | tee -a "$results"
}

measure "cat (reference)" "find '$corpus' -type f -name '*.txt' -exec cat {} +"
measure "cp -r (reference: writing the tree)" "cp -r '$corpus' \"\$O/copy\""
measure "Java: read and write every file atomically, no cleaning (the -o floor, bench/CopyTree.java)" "java '$here/CopyTree.java' '$corpus' \"\$O\""
# grep writes to a file: GNU grep notices a standard output of /dev/null and then stops reading
# each file at its first selected line (as -q would), which made it look twice as fast here
measure "grep -v -F -f phrases.txt > FILE (reference)" "grep -r -h -v -F -f '$phrases' --include='*.txt' '$corpus' > \"\$O/grep.txt\""
measure "winnow clean DIR -o OUT" "'$root/winnow' clean '$corpus' -o \"\$O\""
measure "winnow clean DIR > /dev/null" "'$root/winnow' clean '$corpus'"
if "$root/winnow" diff --help >/dev/null 2>&1; then
  measure "winnow diff --stat DIR" "'$root/winnow' diff --stat '$corpus'; test \$? -le 1"
  measure "winnow clean DIR -o OUT --report R" "'$root/winnow' clean '$corpus' -o \"\$O\" --report \"\$O.json\""
  measure "winnow diff DIR (unified)" "'$root/winnow' diff '$corpus'; test \$? -le 1"
fi
if "$root/winnow" learn --help >/dev/null 2>&1; then
  measure "winnow learn DIR" "'$root/winnow' learn '$corpus' -o \"\$O/learned\""
fi
echo
echo "written to $results"
