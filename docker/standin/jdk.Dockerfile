# Local stand-in for the build image (maven:3.9-eclipse-temurin-21) where no registry serves it:
# Debian's OpenJDK 21 on a debootstrapped root filesystem (scripts/docker-test.sh). Maven comes
# from ./mvnw; binutils because Debian's jlink --strip-debug runs objcopy (Temurin's image has it
# too). The machine's Java trust store replaces Debian's, so ./mvnw trusts what the machine
# trusts on its way to Maven Central (a TLS-inspecting egress proxy, for one).
ARG BASE
FROM ${BASE}
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-21-jdk-headless binutils >/dev/null \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb \
 && ln -s "$(dirname "$(dirname "$(readlink -f /usr/bin/javac)")")" /opt/jdk
COPY cacerts /etc/ssl/certs/java/cacerts
ENV JAVA_HOME=/opt/jdk
