#!/usr/bin/env bash
# Start-up of the launcher on one small file, beside `java -version`, runs interleaved so that a
# busy VM slows every command alike.
#
#   bench/startup.sh [RUNS] [OTHER_CHECKOUT]
#
# RUNS (default 20) rounds; each round runs every command once. OTHER_CHECKOUT, a second checkout
# (`git worktree add /tmp/old REV`), adds its launcher on the same file, for a before/after.
# Prints the best and the median wall time of each command.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${1:-20}"
other="${2:-}"
sample=samples/moscow-times-article.txt
cd "$root"
labels=("./winnow clean $sample" "java -version")
commands=("$root/winnow clean $sample" "java -version")
if [ -n "$other" ]; then
  labels+=("$other/winnow clean $sample")
  commands+=("$other/winnow clean $root/$sample")
fi
for c in "${commands[@]}"; do bash -c "$c" >/dev/null 2>&1; done # builds jars and archives
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    /usr/bin/time -f "%e" -o "$tmp/t" bash -c "${commands[$i]}" >/dev/null 2>&1
    tail -1 "$tmp/t" >>"$tmp/$i"
  done
done
echo "$(date -u +%F), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs rounds"
for i in "${!commands[@]}"; do
  sort -n "$tmp/$i" | awk -v l="${labels[$i]}" '{a[NR]=$1} END {printf "%-60s best %.2f s  median %.2f s\n", l, a[1], a[int((NR+1)/2)]}'
done
