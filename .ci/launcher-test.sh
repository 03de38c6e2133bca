#!/usr/bin/env bash
# Smoke test of the ./winnow launcher (the JUnit suite runs the CLI through picocli, not the
# script): the quick start's command, standard input, exit codes, and the JVM options it picks for
# a small job and for a batch next to options of the user's own. Run by .ci/run after `mvn -B verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "launcher test: $*" >&2; exit 1; }

out="$(./winnow clean samples/moscow-times-article.txt)"
case "$out" in *"Remind me later"*|*"A Message from"*) fail "the sample's appeal was not removed" ;; esac
[ -n "$out" ] || fail "no output for the sample"

[ "$(printf 'one two\n' | ./winnow clean)" = "one two" ] || fail "standard input"
[ "$(printf 'one two\n' | ./winnow clean -)" = "one two" ] || fail "'-' as standard input"

# a small job adds -XX:CICompilerCount=1, which C2 cannot run with: the user's options that bring
# C2 back must still start the JVM
for opts in "-XX:TieredStopAtLevel=4" "-XX:+TieredCompilation -XX:TieredStopAtLevel=4" "-Xmx256m"; do
  WINNOW_JAVA_OPTS="$opts" ./winnow clean samples/moscow-times-article.txt >/dev/null \
    || fail "WINNOW_JAVA_OPTS='$opts' did not run"
done

# a batch (a directory) runs with the smaller inlining limit, unless the user sets one
flags="$(WINNOW_JAVA_OPTS="-XX:+PrintFlagsFinal" ./winnow clean samples 2>/dev/null | grep -E ' InlineSmallCode ' || true)"
case "$flags" in *"= 1000 "*) ;; *) fail "a batch should run with -XX:InlineSmallCode=1000: $flags" ;; esac
flags="$(WINNOW_JAVA_OPTS="-XX:+PrintFlagsFinal -XX:InlineSmallCode=2000" ./winnow clean samples 2>/dev/null | grep -E ' InlineSmallCode ' || true)"
case "$flags" in *"= 2000 "*) ;; *) fail "the user's InlineSmallCode should win: $flags" ;; esac
# and without profiled loop predication, unless the user turns it back on
flags="$(WINNOW_JAVA_OPTS="-XX:+PrintFlagsFinal" ./winnow clean samples 2>/dev/null | grep -E ' UseProfiledLoopPredicate ' || true)"
case "$flags" in *"= false "*) ;; *) fail "a batch should run with -XX:-UseProfiledLoopPredicate: $flags" ;; esac
flags="$(WINNOW_JAVA_OPTS="-XX:+PrintFlagsFinal -XX:+UseProfiledLoopPredicate" ./winnow clean samples 2>/dev/null | grep -E ' UseProfiledLoopPredicate ' || true)"
case "$flags" in *"= true "*) ;; *) fail "the user's UseProfiledLoopPredicate should win: $flags" ;; esac

set +e
./winnow clean no-such-file.txt >/dev/null 2>&1; rc=$?
./winnow clean --no-such-option >/dev/null 2>&1; rc2=$?
set -e
[ "$rc" = 1 ] || fail "a missing input should exit 1, got $rc"
[ "$rc2" = 2 ] || fail "a bad option should exit 2, got $rc2"
echo "launcher test: ok"
