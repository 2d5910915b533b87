package dev.spinetriage.cds;

import dev.spinetriage.cds.auth.CdsClient;
import dev.spinetriage.cds.dto.FeedbackRequest;
import dev.spinetriage.cds.dto.FeedbackRequest.Feedback;
import dev.spinetriage.cds.dto.FeedbackRequest.Outcome;
import dev.spinetriage.platform.json.Json;
import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Records what clinicians did with the cards (CDS Hooks feedback), against the stored triage. */
@ApplicationScoped
public class CdsFeedbackService {

    private static final String INSERT = "INSERT INTO cds_feedback (card_uuid, outcome, outcome_timestamp, "
            + "override_system, override_code, user_comment, accepted_suggestions) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb) "
            + "ON CONFLICT (card_uuid, outcome, outcome_timestamp) DO NOTHING";

    /** outcomeTimestamp is a FHIR instant (four-digit year); later ones would fail in PostgreSQL as a 500. */
    private static final int MAX_YEAR = 9999;

    private final AgroalDataSource database;
    private final CdsCardStore cards;
    private final Json json;

    CdsFeedbackService(AgroalDataSource database, CdsCardStore cards, Json json) {
        this.database = database;
        this.cards = cards;
        this.json = json;
    }

    /**
     * All or nothing. A card is known only to the issuer whose call produced it: to any other client it does not
     * exist, as a triage does not exist to another API key.
     */
    public void record(FeedbackRequest request, CdsClient client) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.feedback().size(); i++) {
            check(request.feedback().get(i), "feedback[" + i + "]", client, errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "Feedback refused; nothing was recorded.",
                    errors);
        }
        insert(request.feedback());
    }

    private void check(Feedback f, String field, CdsClient client, List<Problem.FieldError> errors) {
        if (!cards.issuerOf(f.card()).filter(client.issuer()::equals).isPresent()) {
            errors.add(new Problem.FieldError(field + ".card", "no card with this uuid was sent to this client"));
        }
        if (f.outcomeTimestamp().getYear() < 1 || f.outcomeTimestamp().getYear() > MAX_YEAR) {
            errors.add(new Problem.FieldError(field + ".outcomeTimestamp", "a FHIR instant: year 0001 to 9999"));
        }
        if (f.outcome() == Outcome.ACCEPTED && f.overrideReason() != null) {
            errors.add(new Problem.FieldError(field + ".overrideReason", "only for outcome overridden"));
        }
        if (f.overrideReason() != null && f.overrideReason().reason() != null
                && !CardTexts.isOverrideReason(f.overrideReason().reason())) {
            errors.add(new Problem.FieldError(field + ".overrideReason.reason", "not one of the card's "
                    + "overrideReasons (system " + CardTexts.OVERRIDE_SYSTEM + ")"));
        }
    }

    private void insert(List<Feedback> feedback) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            for (Feedback f : feedback) {
                var reason = f.overrideReason();
                var coding = reason == null ? null : reason.reason();
                s.setObject(1, f.card());
                s.setString(2, f.outcome().name().toLowerCase(Locale.ROOT));
                s.setObject(3, f.outcomeTimestamp());
                s.setString(4, coding == null ? null : coding.system());
                s.setString(5, coding == null ? null : coding.code());
                s.setString(6, reason == null ? null : reason.userComment());
                s.setString(7, json.write(
                        f.acceptedSuggestions() == null ? List.of() : f.acceptedSuggestions()));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record CDS feedback", e);
        }
    }
}
