#!/usr/bin/env bash
# Prints a JAVA_HOME with a JDK >= 21: $JAVA_HOME when it is new enough, else the newest under
# /usr/lib/jvm. Exits 1 with one line naming what to install when there is none.
set -u
# The JDK's release file names its version; reading it costs nothing, starting a JVM ~50 ms per JDK.
major_of() {
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1)
  echo "$v"
}
ok() { [ -x "$1/bin/javac" ] && m=$(major_of "$1") && [ -n "$m" ] && [ "${m%%.*}" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
best=""; best_major=0
for dir in /usr/lib/jvm/*/; do
  dir=${dir%/}; [ -L "$dir" ] && continue
  ok "$dir" || continue
  m=$(major_of "$dir"); m=${m%%.*}
  if [ "$m" -gt "$best_major" ]; then best=$dir; best_major=$m; fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi
echo "no JDK 21 or newer found (JAVA_HOME and /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+" >&2
exit 1
