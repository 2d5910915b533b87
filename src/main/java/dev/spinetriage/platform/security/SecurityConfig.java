package dev.spinetriage.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "spinetriage.security")
public interface SecurityConfig {

    /**
     * Where the first rules-admin key is written when the database has no active one (owner-only permissions).
     * An existing file is never overwritten.
     */
    @WithDefault("data/bootstrap-admin-key")
    Path bootstrapKeyFile();

    /**
     * How long a verified key is trusted without asking the database again: the longest a key revoked on another
     * instance keeps working here. The instance that revokes a key forgets it at once. Zero turns caching off.
     */
    @WithDefault("1S")
    Duration keyCacheTtl();
}
