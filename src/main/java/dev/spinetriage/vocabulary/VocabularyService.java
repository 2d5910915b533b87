package dev.spinetriage.vocabulary;

import dev.spinetriage.platform.json.Json;
import dev.spinetriage.vocabulary.dto.TherapyDto;
import dev.spinetriage.vocabulary.dto.VocabularyCodeDto;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the controlled vocabulary and the therapy catalogue. */
@ApplicationScoped
public class VocabularyService {

    private final Json json;

    VocabularyService(Json json) {
        this.json = json;
    }

    /** Every code, grouped by category in a stable order. */
    @Transactional
    public Map<String, List<VocabularyCodeDto>> vocabulary() {
        Map<String, List<VocabularyCodeDto>> byCategory = new LinkedHashMap<>();
        for (VocabularyCodeEntity code : VocabularyCodeEntity.<VocabularyCodeEntity>listAll(
                Sort.by("category").and("sortOrder"))) {
            byCategory.computeIfAbsent(code.category, c -> new ArrayList<>())
                    .add(new VocabularyCodeDto(code.code, code.label, code.description, code.snomedCtId,
                            code.snomedCtDisplay));
        }
        return byCategory;
    }

    @Transactional
    public List<TherapyDto> therapies() {
        return TherapyEntity.<TherapyEntity>listAll(Sort.by("sortOrder")).stream().map(this::toDto).toList();
    }

    @Transactional
    public Optional<TherapyDto> therapy(String code) {
        return TherapyEntity.<TherapyEntity>findByIdOptional(code).map(this::toDto);
    }

    private TherapyDto toDto(TherapyEntity t) {
        var evidence = List.of(json.read(t.evidence, TherapyDto.EvidenceItem[].class));
        return new TherapyDto(t.code, t.name, t.purpose, t.description, t.administration, t.typicalRelief,
                t.investigational, t.unlockedBy, evidence, t.snomedCtId, t.snomedCtDisplay);
    }
}
