package dev.spinetriage.cds;

import dev.spinetriage.cds.dto.FeedbackSummary;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Acceptance and override rates of the cards, per therapy or red flag and per rule behind the cards. A card counts
 * once, by the latest outcome reported for it.
 */
@ApplicationScoped
public class CdsFeedbackSummaryService {

    private static final String LATEST = "WITH latest AS (SELECT DISTINCT ON (card_uuid) card_uuid, outcome, "
            + "override_code FROM cds_feedback ORDER BY card_uuid, outcome_timestamp DESC, id DESC) ";
    private static final String BY_SUBJECT = LATEST + "SELECT c.kind, c.subject AS code, l.override_code, "
            + "count(*) AS cards, count(l.outcome) FILTER (WHERE l.outcome = 'accepted') AS accepted, "
            + "count(l.outcome) FILTER (WHERE l.outcome = 'overridden') AS overridden "
            + "FROM cds_card c LEFT JOIN latest l ON l.card_uuid = c.card_uuid "
            + "WHERE c.kind IN ('CANDIDATE', 'RED_FLAG') GROUP BY c.kind, c.subject, l.override_code "
            + "ORDER BY c.kind, c.subject";
    private static final String BY_RULE = LATEST + "SELECT 'RULE' AS kind, r.rule_id AS code, l.override_code, "
            + "count(*) AS cards, count(l.outcome) FILTER (WHERE l.outcome = 'accepted') AS accepted, "
            + "count(l.outcome) FILTER (WHERE l.outcome = 'overridden') AS overridden "
            + "FROM cds_card c CROSS JOIN LATERAL unnest(c.rule_ids) AS r(rule_id) "
            + "LEFT JOIN latest l ON l.card_uuid = c.card_uuid GROUP BY r.rule_id, l.override_code ORDER BY r.rule_id";

    private final AgroalDataSource database;

    CdsFeedbackSummaryService(AgroalDataSource database) {
        this.database = database;
    }

    public FeedbackSummary summary() {
        return new FeedbackSummary(rows(BY_SUBJECT), rows(BY_RULE));
    }

    /** Rows come split by override reason; they are added up per kind and code. */
    private List<FeedbackSummary.Row> rows(String sql) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> reasons = new HashMap<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet row = s.executeQuery()) {
            while (row.next()) {
                String key = row.getString("kind") + "\u0000" + row.getString("code");
                long[] sum = counts.computeIfAbsent(key, k -> new long[3]);
                sum[0] += row.getLong("cards");
                sum[1] += row.getLong("accepted");
                sum[2] += row.getLong("overridden");
                String reason = row.getString("override_code");
                if (reason != null) {
                    reasons.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .merge(reason, row.getLong("overridden"), Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not summarise CDS feedback", e);
        }
        List<FeedbackSummary.Row> rows = new ArrayList<>();
        counts.forEach((key, sum) -> {
            String[] kindAndCode = key.split("\u0000", 2);
            long answered = sum[1] + sum[2];
            rows.add(new FeedbackSummary.Row(kindAndCode[0], kindAndCode[1], sum[0], sum[1], sum[2],
                    answered == 0 ? null : (double) sum[1] / answered,
                    answered == 0 ? null : (double) sum[2] / answered, reasons.getOrDefault(key, Map.of())));
        });
        return rows;
    }
}
