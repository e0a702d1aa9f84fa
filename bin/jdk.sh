# Sourced by bin/* scripts: makes JAVA_HOME point at a JDK 21 or newer, or explains what is missing.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$candidate best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "Sovereign needs a JDK 21 or newer (javac). Install one (e.g. apt-get install openjdk-21-jdk-headless, or Temurin 25) or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
pick_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
