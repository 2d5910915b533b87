package dev.spinetriage.platform.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded server's client authentication: a password (scram-sha-256) for every connection, over the Unix socket
 * and over loopback TCP alike; nothing else is listed, so any other connection is refused. Written on every start.
 */
final class PgHba {

    static final String FILE = "pg_hba.conf";
    static final String CONTENT = """
            # Written by Spine Triage on every start of its embedded PostgreSQL: a password for every connection.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PgHba() {
    }

    static void writeTo(Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve(FILE), CONTENT);
    }
}
