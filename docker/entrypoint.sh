#!/bin/sh
# Starts Tổng kết in the Docker image (docker/Dockerfile); runs outside Docker too (bench/run startup, EntrypointIT).
# Settings: JAVA_OPTS (heap, collector, class archive), TONGKET_APP_DIR (default: this script's folder), JAVA
# (default: java on the PATH). The JVM replaces this shell (exec), so docker stop's SIGTERM reaches it.
set -eu
cd "${TONGKET_APP_DIR:-$(dirname "$0")}"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "${JAVA:-java}" ${JAVA_OPTS:-} -jar quarkus-run.jar
