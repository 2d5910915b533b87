package dev.spinetriage.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.triage.dto.TriageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first golden cases (V6, the "ex-" cases the service has shipped with since its first ruleset) as the engine sees
 * them: read from the migration and mapped by the same TriageMapper the service uses. The same twelve requests the
 * HTTP benchmark sends, so the two stay comparable across releases.
 */
public final class GoldenReports {

    private static final Pattern REQUEST = Pattern.compile("^ '(\\{.*\\})'::jsonb,$", Pattern.MULTILINE);

    private GoldenReports() {}

    public static List<PatientReport> read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<PatientReport> reports = new ArrayList<>();
        Matcher requests = REQUEST.matcher(Files.readString(Path.of("db/migration/V6__initial_golden_cases.sql")));
        while (requests.find()) {
            TriageRequest request = json.readValue(requests.group(1).replace("''", "'"), TriageRequest.class);
            reports.add(TriageMapper.toReport(request));
        }
        return reports;
    }
}
