package dev.spinetriage.cds;

import dev.spinetriage.cds.auth.CdsClient;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores which cards a CDS call answered with, next to the triage record, so that feedback naming a card's uuid
 * finds the triage and the therapy or red flag the card was about.
 */
@ApplicationScoped
public class CdsCardStore {

    private static final String INSERT_TRIAGE = "INSERT INTO cds_triage (triage_id, service_id, hook, hook_instance, "
            + "issuer, subject) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CARD =
            "INSERT INTO cds_card (card_uuid, triage_id, kind, subject, rule_ids) VALUES (?, ?, ?, ?, ?)";
    private static final String CARD_ISSUER = "SELECT t.issuer FROM cds_card c JOIN cds_triage t "
            + "ON t.triage_id = c.triage_id WHERE c.card_uuid = ?";

    /** Where a CDS call came from. */
    public record CallOrigin(String serviceId, String hook, String hookInstance, CdsClient client) {}

    private final AgroalDataSource database;

    CdsCardStore(AgroalDataSource database) {
        this.database = database;
    }

    /** In one transaction: a call's cards are all findable, or none is. */
    public void save(UUID triageId, CallOrigin origin, List<PlannedCard> cards) {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement triage = c.prepareStatement(INSERT_TRIAGE);
                    PreparedStatement card = c.prepareStatement(INSERT_CARD)) {
                triage.setObject(1, triageId);
                triage.setString(2, origin.serviceId());
                triage.setString(3, origin.hook());
                triage.setString(4, origin.hookInstance());
                triage.setString(5, origin.client().issuer());
                triage.setString(6, origin.client().subject());
                triage.executeUpdate();
                for (PlannedCard planned : cards) {
                    card.setObject(1, UUID.fromString(planned.card().uuid()));
                    card.setObject(2, triageId);
                    card.setString(3, planned.kind().name());
                    card.setString(4, planned.subject());
                    card.setArray(5, c.createArrayOf("text", planned.ruleIds().toArray()));
                    card.addBatch();
                }
                card.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the cards of a CDS call", e);
        }
    }

    /** The issuer of the JWT whose call produced the card; empty for an unknown card. */
    public Optional<String> issuerOf(UUID card) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(CARD_ISSUER)) {
            s.setObject(1, card);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a CDS card", e);
        }
    }
}
