#!/usr/bin/env bash
# Regenerates Tests/TriageSearchTests/Fixtures/bm25s-cranfield.json from ../shared/data/cranfield.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
py="$("$root/Benchmarks/scripts/venv.sh" bm25s PyStemmer)"
"$py" "$root/Benchmarks/scripts/bm25s_fixture.py" "${TRIAGE_DATA:-$root/../shared/data}/cranfield" \
  "$root/Tests/TriageSearchTests/Fixtures/bm25s-cranfield.json"
