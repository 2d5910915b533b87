package dev.spinetriage.platform.embeddedpostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded server's superuser password: generated once, kept in the data folder next to the data it protects,
 * readable by its owner only (POSIX 600 where the file system has POSIX permissions; elsewhere the folder's own
 * access rights are what protects it). Only the application reads it, to connect; an operator can too, for psql.
 */
final class PasswordFile {

    static final String NAME = "spinetriage-postgres-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordFile() {
    }

    static Path in(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    static String generate() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    /** Writes the password to a new owner-only file (created with those rights, never readable by others). */
    static void write(Path file, String password) throws IOException {
        Files.deleteIfExists(file);
        if (posix()) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(file, ownerOnly);
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A temporary owner-only copy for initdb's --pwfile, outside the (still empty) data folder. */
    static Path temporary(String password) throws IOException {
        Path file = posix() ? Files.createTempFile("spinetriage-pw", "", PosixFilePermissions.asFileAttribute(
                OWNER_ONLY)) : Files.createTempFile("spinetriage-pw", "");
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
