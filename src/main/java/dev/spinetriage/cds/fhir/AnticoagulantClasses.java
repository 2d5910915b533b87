package dev.spinetriage.cds.fhir;

import dev.spinetriage.rules.code.Contraindication;
import java.util.Optional;

/**
 * Medication classes recognised in an active MedicationRequest, by WHO ATC code (system
 * {@code http://www.whocc.no/atc}): the antithrombotic agents group B01A. Any code under these classes counts, e.g.
 * B01AF01 rivaroxaban under B01AF. Other coding systems (RxNorm, SNOMED CT medicinal products) are not recognised:
 * they are reported back as not used.
 */
final class AnticoagulantClasses {

    static final String ATC_SYSTEM = "http://www.whocc.no/atc";

    private AnticoagulantClasses() {
    }

    static Optional<Contraindication> of(String atcCode) {
        if (atcCode == null) {
            return Optional.empty();
        }
        // B01AA vitamin K antagonists, B01AB heparin group, B01AE direct thrombin inhibitors,
        // B01AF direct factor Xa inhibitors.
        for (String anticoagulant : new String[] {"B01AA", "B01AB", "B01AE", "B01AF"}) {
            if (atcCode.startsWith(anticoagulant)) {
                return Optional.of(Contraindication.ANTICOAGULANT_THERAPY);
            }
        }
        // B01AC platelet aggregation inhibitors excluding heparin.
        if (atcCode.startsWith("B01AC")) {
            return Optional.of(Contraindication.ANTIPLATELET_THERAPY);
        }
        return Optional.empty();
    }
}
