#!/usr/bin/env bash
# Prints the folder of the legacy init scripts the tests and the bench read (reference data, never
# copied): $SA01_LEGACY_DIR, else shared/legacy-schema beside this checkout, else beside the
# repository this one was cloned from (a fresh clone made elsewhere, as CI makes one). Exits 1 with
# one line saying what to do when there is none.
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
origin="$(git -C "$root" config --get remote.origin.url 2>/dev/null || true)"
origin="${origin#file://}"
case "$origin" in /*) ;; *) origin="" ;; esac   # only a local path has a folder beside it
for dir in "${SA01_LEGACY_DIR:-}" "$root/../shared/legacy-schema" "${origin:+$origin/../shared/legacy-schema}"; do
  if [ -n "$dir" ] && [ -d "$dir" ]; then (cd "$dir" && pwd); exit 0; fi
done
echo "legacy scripts not found: put shared/legacy-schema beside the checkout, or set SA01_LEGACY_DIR" >&2
exit 1
