package dev.spinetriage.vocabulary;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bibliographic sources rules and therapies cite by short id (e.g. LCD-ESI). */
@ApplicationScoped
public class ClinicalSources {

    /** One source: its short id, full title and what the project takes from it. */
    public record Source(String id, String title, String note) {}

    /** Every source by short id, in id order. */
    @Transactional
    public Map<String, Source> byId() {
        Map<String, Source> sources = new LinkedHashMap<>();
        ClinicalSourceEntity.<ClinicalSourceEntity>listAll(Sort.by("id"))
                .forEach(s -> sources.put(s.id, new Source(s.id, s.title, s.note)));
        return sources;
    }
}
