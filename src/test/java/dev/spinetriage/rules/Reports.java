package dev.spinetriage.rules;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import java.util.List;
import java.util.Set;

/** Builds {@link PatientReport}s for tests: a baseline patient, changed one field at a time. */
final class Reports {

    private Set<Symptom> symptoms = Set.of(Symptom.AXIAL_PAIN);
    private Set<PainLocation> locations = Set.of(PainLocation.LOWER_BACK);
    private Set<AggravatingFactor> aggravating = Set.of();
    private Integer durationWeeks = 20;
    private Integer painScore = 5;
    private Integer careWeeks = 12;
    private Set<RedFlag> redFlags = Set.of();
    private Set<Contraindication> contraindications = Set.of();
    private Boolean functionalImpairment = true;
    private Boolean prefersToAvoidSurgery;
    private List<PatientReport.PriorInjection> prior = List.of();

    static Reports patient() {
        return new Reports();
    }

    Reports symptoms(Symptom... values) {
        symptoms = Set.of(values);
        return this;
    }

    Reports locations(PainLocation... values) {
        locations = Set.of(values);
        return this;
    }

    Reports aggravatedBy(AggravatingFactor... values) {
        aggravating = Set.of(values);
        return this;
    }

    Reports durationWeeks(Integer weeks) {
        durationWeeks = weeks;
        return this;
    }

    Reports painScore(Integer score) {
        painScore = score;
        return this;
    }

    Reports conservativeCareWeeks(Integer weeks) {
        careWeeks = weeks;
        return this;
    }

    Reports redFlags(RedFlag... values) {
        redFlags = Set.of(values);
        return this;
    }

    Reports contraindications(Contraindication... values) {
        contraindications = Set.of(values);
        return this;
    }

    Reports functionalImpairment(Boolean value) {
        functionalImpairment = value;
        return this;
    }

    Reports prefersToAvoidSurgery(Boolean value) {
        prefersToAvoidSurgery = value;
        return this;
    }

    Reports prior(PatientReport.PriorInjection... injections) {
        prior = List.of(injections);
        return this;
    }

    PatientReport build() {
        return new PatientReport(50, null, null, symptoms, locations, null, durationWeeks, painScore, aggravating,
                null, careWeeks, null, prior, null, null, null, null, redFlags, contraindications,
                functionalImpairment, prefersToAvoidSurgery);
    }
}
