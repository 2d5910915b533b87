package dev.spinetriage.cds.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The JWT ids already accepted, in PostgreSQL so that every instance on the database refuses a replayed token.
 * An id is kept until its token expires; after that the token is refused for its {@code exp} anyway.
 */
@ApplicationScoped
public class SeenJwtIds {

    private static final String FORGET_EXPIRED = "DELETE FROM cds_jwt_seen WHERE expires_at < now()";
    private static final String REMEMBER =
            "INSERT INTO cds_jwt_seen (issuer, jti, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

    private final AgroalDataSource database;

    SeenJwtIds(AgroalDataSource database) {
        this.database = database;
    }

    /** True when this id is new for the issuer; false when it was seen before (a replay). Blocking. */
    boolean firstUse(String issuer, String jti, Instant expiresAt) {
        try (Connection c = database.getConnection();
                PreparedStatement forget = c.prepareStatement(FORGET_EXPIRED);
                PreparedStatement remember = c.prepareStatement(REMEMBER)) {
            forget.executeUpdate();
            remember.setString(1, issuer);
            remember.setString(2, jti);
            remember.setObject(3, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
            return remember.executeUpdate() == 1;
        } catch (SQLException e) {
            // Not the client's fault: a 500, not a 401.
            throw new IllegalStateException("Could not record a JWT id", e);
        }
    }
}
