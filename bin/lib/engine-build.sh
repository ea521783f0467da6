# Sourced by bin/extract and bin/bench: builds the engine module (extraction-service/engine) classes when missing or stale and
# resolves its runtime classpath once. Sets: root, module, target, java, engine_classpath.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
module="$root/extraction-service/engine"
target="$module/target"

if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

mvn_offline_first() {
  (cd "$root" && export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" \
    && { mvn -B -q -o "$@" || mvn -B -q "$@"; }) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2
}

engine_build() {
  local classpath_file="$target/runtime-classpath.txt" stamp="$target/classes/.extract-stamp"
  if [[ ! -f "$stamp" ]] || [[ -n "$(find "$module/src/main" "$module/pom.xml" "$root/pom.xml" -newer "$stamp" -print -quit)" ]]; then
    echo "building the engine classes for $(basename "$0")" >&2
    mvn_offline_first -pl extraction-service/engine compile
    touch "$stamp"
  fi
  if [[ ! -s "$classpath_file" ]] || [[ "$module/pom.xml" -nt "$classpath_file" ]] || [[ "$root/pom.xml" -nt "$classpath_file" ]]; then
    mvn_offline_first -pl extraction-service/engine dependency:build-classpath \
      -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime
  fi
  engine_classpath="$target/classes:$(cat "$classpath_file")"
}
