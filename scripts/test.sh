#!/usr/bin/env bash
# The README's test command: install what is missing, then run every test layer. A failing
# layer does not stop the others; the last line sums them up: "Total: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export CARGO_TERM_COLOR=never

./scripts/setup.sh || { echo "setup failed"; echo "Total: 0 passed, 1 failed"; exit 1; }

logs=target/test-logs
rm -rf "$logs"; mkdir -p "$logs"
passed=0; failed=0; summary=()

# run_layer NAME KIND COMMAND...: KIND is "cargo" (count cargo's test results), "node"
# (count node's test runner results) or "check" (one pass or one failure).
run_layer() {
  local name=$1 kind=$2; shift 2
  local log="$logs/$name.log" start=$SECONDS status p=0 f=0
  printf '\n== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  case $kind in
    cargo)
      p=$(grep -oE '^test result: .* ([0-9]+) passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
      f=$(grep -oE '^test result: .*; ([0-9]+) failed' "$log" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}') ;;
    node)
      p=$(grep -E '^(# |ℹ )pass [0-9]+' "$log" | grep -oE '[0-9]+' | tail -1)
      f=$(grep -E '^(# |ℹ )fail [0-9]+' "$log" | grep -oE '[0-9]+' | tail -1)
      p=${p:-0}; f=${f:-0} ;;
    check)
      if [ "$status" -eq 0 ]; then p=1; else f=1; fi ;;
  esac
  # A command that failed without a failing test (a build error) still counts as a failure.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("$(printf '%-22s %4d passed %3d failed %5ds' "$name" "$p" "$f" $((SECONDS - start)))")
}

# Every cargo command uses the committed Cargo.lock (--locked): nothing is resolved anew.
run_layer fmt check cargo fmt --check
run_layer clippy-native check cargo clippy --locked --all-targets -- -D warnings
run_layer clippy-wasm check cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
run_layer unit-native cargo cargo test --locked --lib --bins --test hostile --test large_cities --test hours_corpus
run_layer properties cargo cargo test --locked --release --test properties -- --nocapture --test-threads=1
run_layer data-check check cargo run --locked --quiet --bin check -- --strict --sources tests/fixtures/sources public/data/services.json tests/fixtures/dortmund.json
run_layer search-budget check cargo run --locked --quiet --release --bin bench -- --sizes 10000 --no-fuse --max-p95-ms 1 --min-recall 1 --min-precision 0.95
run_layer hours-budget check cargo run --locked --quiet --release --bin hours-bench -- --max-ms 5
run_layer node-tools node node --test --test-reporter=spec tests/tools/
run_layer wasm-browser cargo cargo test --locked --target wasm32-unknown-unknown --test web
run_layer release-build check ./scripts/build.sh
run_layer size-budget check node scripts/budget.mjs dist
run_layer precache-check check node scripts/pwa/check-precache.mjs dist
run_layer synthetic-data check sh -c 'mkdir -p target/e2e && cargo run --locked --quiet --release --bin synth -- 10000 > target/e2e/synthetic-10000.json'
run_layer e2e node node --test --test-reporter=spec --test-concurrency=2 tests/e2e/
run_layer pflege-bench check node scripts/pflege-bench.mjs --runs 5 --max-open-ms 2000 --max-edit-ms 50

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
echo "Total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
