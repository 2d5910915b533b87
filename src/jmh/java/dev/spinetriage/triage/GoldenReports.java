package dev.spinetriage.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.rules.PatientReport;
import dev.spinetriage.triage.dto.TriageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The golden example cases as the engine sees them: mapped by the same TriageMapper the service uses. */
public final class GoldenReports {

    private GoldenReports() {}

    public static List<PatientReport> read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<PatientReport> reports = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/cases.jsonl"))) {
            if (!line.isBlank()) {
                TriageRequest request = json.treeToValue(json.readTree(line).get("request"), TriageRequest.class);
                reports.add(TriageMapper.toReport(request));
            }
        }
        return reports;
    }
}
