#!/usr/bin/env bash
# Builds a corpus of made-up sites for 'winnow learn' from ../shared/data/clean-news (raw SITE/NNNN.txt
# beside gold SITE/NNNN.gold.txt), deterministically from a seed.
#   bench/make-learn-corpus.sh OUT [SEED] [PAGES_PER_SITE] [REPEAT]
# e.g. bench/make-learn-corpus.sh bench/corpus/learn 1 60          # 240 pages, for eval
#      bench/make-learn-corpus.sh bench/corpus/learn-big 1 700 10   # ~28,000 pages, ~100 MB, for speed
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: make-learn-corpus.sh OUT [SEED] [PAGES_PER_SITE] [REPEAT]}"
src="${SHARED_DATA:-$here/../shared/data}/clean-news"
[ -d "$src" ] || { echo "no $src" >&2; exit 2; }
(cd "$here" && mvn -q -B -DskipTests test-compile >&2)
cp="$here/target/classes:$here/target/test-classes"
exec java -cp "$cp" dev.winnow.learn.LearnCorpus "$src" "$out" "${2:-1}" "${3:-60}" "${4:-1}"
