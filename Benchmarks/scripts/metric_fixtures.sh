#!/usr/bin/env bash
# Regenerates the metric-correctness fixtures (scikit-learn and pytrec_eval outputs) used by TriageEvaluationTests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py="$("$here/venv.sh" scikit-learn pytrec_eval-terrier)"
"$py" "$here/metric_fixtures.py" "$root/Tests/TriageEvaluationTests/Fixtures"
