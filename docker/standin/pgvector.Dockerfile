# Local stand-in for pgvector/pgvector:pg16 where no registry serves it: Debian's PostgreSQL and
# pgvector on a debootstrapped root filesystem (scripts/docker-test.sh), with an entrypoint that
# honours the official image's interface (POSTGRES_USER/PASSWORD/DB, PGDATA, PGPORT, `postgres ARGS`,
# a temporary server for initialisation), so compose.yaml and Testcontainers use it unchanged.
ARG BASE
FROM ${BASE}
ARG PG_MAJOR=17
# No cluster from the package scripts: the entrypoint initialises $PGDATA on first start.
RUN mkdir -p /etc/postgresql-common/createcluster.d \
 && echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/sa01.conf \
 && printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 0755 /usr/sbin/policy-rc.d \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "postgresql-$PG_MAJOR" "postgresql-$PG_MAJOR-pgvector" >/dev/null \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb \
 && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
 && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql \
 && chmod 0700 /var/lib/postgresql/data && chmod 2775 /var/run/postgresql
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENV PATH=/usr/lib/postgresql/${PG_MAJOR}/bin:$PATH PGDATA=/var/lib/postgresql/data
USER postgres
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
