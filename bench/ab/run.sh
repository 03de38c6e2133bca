#!/usr/bin/env bash
# A/B of the hot path between two revisions in one JVM: both builds' classes are loaded side by
# side (separate class loaders) and their Cleaner.clean passes alternate over the same documents,
# so a busy or wandering machine slows both alike. Prints min and median CPU time per pass.
#
#   bench/ab/run.sh OLD_REV [NEW_REV] [DIR]     (NEW_REV: the working tree; DIR: 20 MB of bench/corpus)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$(dirname "$here")")"
old="$1"; new="${2:-}"; dir="${3:-$root/bench/corpus/site-01}"
work="$(mktemp -d)"; trap 'rm -rf "$work"; git -C "$root" worktree prune' EXIT
build() { # rev -> classes dir
  if [ -z "$1" ]; then (cd "$root" && mvn -q -B compile) >&2; echo "$root/target/classes"; return; fi
  git -C "$root" worktree add -q --detach "$work/$1" "$1" >&2
  (cd "$work/$1" && mvn -q -B compile) >&2
  echo "$work/$1/target/classes"
}
a="$(build "$old")"; b="$(build "$new")"
(cd "$root" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp.txt") >&2
deps="$(cat "$work/cp.txt")"
javac -d "$work/ab" "$here/Runner.java" && javac -d "$work" "$here/AB.java"
java -Dab.runner="$work/ab/" -cp "$work" AB "$dir" "$a" "$b" "$deps"
