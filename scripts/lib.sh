# Shell helpers for the project's scripts (sourced, not run).

# have_version TOOL TEXT: TOOL is on PATH and its `--version` output contains TEXT.
# It reads the whole output before matching: piping it into `grep -q` would let grep exit
# at the first match, the tool die of SIGPIPE and, under `set -o pipefail`, the check fail,
# which reinstalled tools that were there (review finding 2).
have_version() {
  local printed
  command -v "$1" >/dev/null 2>&1 || return 1
  printed=$("$1" --version 2>/dev/null) || return 1
  [[ $printed == *"$2"* ]]
}
