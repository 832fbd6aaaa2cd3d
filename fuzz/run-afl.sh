#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with SharpFuzz + AFL++ for a bounded time.
#   fuzz/run-afl.sh TARGET [SECONDS]          e.g. fuzz/run-afl.sh tokenizer 600
# Needs: afl++ (apt-get install afl++) and the sharpfuzz tool (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0).
# Crashing inputs land in $AFL_OUT/TARGET/default/crashes; replay one with
#   dotnet "$PUBLISH/IndoNews.NLP.Fuzz.dll" TARGET --run FILE
# and add it under fuzz/regressions/TARGET/ so the test suite replays it from then on.
set -euo pipefail
target=${1:?usage: fuzz/run-afl.sh TARGET [SECONDS]}
seconds=${2:-300}
root=$(cd "$(dirname "$0")/.." && pwd)
PUBLISH=${PUBLISH:-/tmp/indonews-fuzz-afl}
AFL_OUT=${AFL_OUT:-/tmp/indonews-afl}
sharpfuzz=$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
[ -x "$sharpfuzz" ] || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

if [ ! -f "$PUBLISH/.instrumented" ]; then
  rm -rf "$PUBLISH"
  dotnet publish "$root/fuzz/IndoNews.NLP.Fuzz" -c Release -o "$PUBLISH" -v quiet -nologo
  # Instrument the code under test (library and CLI), not the harness or the framework.
  "$sharpfuzz" "$PUBLISH/IndoNews.NLP.dll"
  "$sharpfuzz" "$PUBLISH/indonews.dll"
  touch "$PUBLISH/.instrumented"
fi

mkdir -p "$AFL_OUT"
# dotnet itself is not AFL-instrumented (SharpFuzz instruments the assemblies), hence AFL_SKIP_BIN_CHECK.
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  afl-fuzz -i "$root/fuzz/corpus/$target" -o "$AFL_OUT/$target" -t 10000 -m none -V "$seconds" \
  -- dotnet "$PUBLISH/IndoNews.NLP.Fuzz.dll" "$target" --afl

crashes=$(find "$AFL_OUT/$target/default/crashes" -type f ! -name README.txt 2>/dev/null | wc -l)
hangs=$(find "$AFL_OUT/$target/default/hangs" -type f 2>/dev/null | wc -l)
grep -E "execs_done|corpus_count|bitmap_cvg" "$AFL_OUT/$target/default/fuzzer_stats" || true
echo "$target: $crashes crashes, $hangs hangs (in $AFL_OUT/$target/default)"
[ "$crashes" -eq 0 ]
