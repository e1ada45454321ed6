#!/usr/bin/env bash
# Rebuilds the shipped default model from the bundled corpus. Reproducible: the creation time
# is the latest post's time, training is seeded and single-threaded where order matters, so the
# same sources give the same bytes (check: sha256sum models/hk2019-narratives.model).
set -euo pipefail
cd "$(dirname "$0")/.."
./chorus train --input corpus/hk2019/posts.jsonl --model models/hk2019-narratives.model \
  --multi-label --hash-bits 18 --folds 5 --created data --quiet "$@"
