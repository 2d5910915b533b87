package dev.spinetriage.admin;

import dev.spinetriage.platform.http.ETags;

/** A resource together with the row version its ETag is made of. */
public record Versioned<T>(T value, int rowVersion) {

    public String etag() {
        return ETags.of(rowVersion);
    }
}
