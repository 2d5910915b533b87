package dev.spinetriage.platform.embeddedpostgres;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Only a JDK is needed" holds on every platform the README names: the resolver the embedded PostgreSQL uses finds a
 * server archive for each (system and architecture as the library names them after reading os.name and os.arch).
 */
class EmbeddedPostgresBinariesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Linux, x86_64", "Linux, arm_64", "Darwin, x86_64", "Darwin, arm_64", "Windows, x86_64"})
    void aPostgresServerShipsForThePlatform(String system, String architecture) throws IOException {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
            assertTrue(archive.read() >= 0, "empty PostgreSQL archive for " + system + " " + architecture);
        }
    }
}
