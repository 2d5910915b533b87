package dev.spinetriage.platform.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The postmaster of a data folder, as its {@code postmaster.pid} names it (line 1: the pid, line 2: the data folder).
 * The file outlives a killed server, and its pid may since belong to another program: a server counts as running
 * only if that pid is alive and is a {@code postgres} serving this very folder.
 */
record PostmasterPid(long pid, Path dataDir) {

    static final String FILE = "postmaster.pid";

    /** The running postmaster of the folder, if any. */
    static Optional<PostmasterPid> runningIn(Path dataDir) {
        return readFrom(dataDir).filter(postmaster -> sameFolder(postmaster.dataDir, dataDir))
                .filter(PostmasterPid::isAlivePostgres);
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<PostmasterPid> readFrom(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(FILE));
            if (lines.size() < 2 || lines.get(0).isBlank()) {
                return Optional.empty(); // being written by a starting server
            }
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim())));
        } catch (IOException | NumberFormatException e) { // no file: no server; unreadable: none we can stop
            return Optional.empty();
        }
    }

    boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private boolean isAlivePostgres() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        // Where the system does not say which program a pid runs, the pid file's own folder has to do.
        Optional<String> command = process.get().info().command();
        return command.map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(true);
    }
}
