package dev.spinetriage.rules;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.ConservativeCareModality;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Symptom;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Request fields that hold a set of vocabulary codes. Always known: an absent list means none reported. */
public enum CodeListField implements InputField {
    SYMPTOMS("symptoms", "Which symptoms does the patient report?", Symptom.class, PatientReport::symptoms),
    PAIN_LOCATIONS("painLocations", "Where does it hurt?", PainLocation.class, PatientReport::painLocations),
    AGGRAVATING_FACTORS("aggravatingFactors", "Which movements or positions make the pain worse?",
            AggravatingFactor.class, PatientReport::aggravatingFactors),
    CONSERVATIVE_CARE_MODALITIES("conservativeCare.modalities", "Which conservative care has been tried?",
            ConservativeCareModality.class, PatientReport::conservativeCareModalities),
    RED_FLAGS("redFlags", "Have all red flags been screened (bladder, bowel, saddle numbness, progressive weakness,"
            + " fever, history of cancer, weight loss, trauma, osteoporosis)?", RedFlag.class, PatientReport::redFlags),
    CONTRAINDICATIONS("contraindications", "Which contraindications apply (anticoagulants, bleeding disorder,"
            + " infection, pregnancy, allergies, diabetes)?", Contraindication.class, PatientReport::contraindications);

    private final String path;
    private final String question;
    private final Class<? extends Enum<?>> codeType;
    private final Function<PatientReport, Set<? extends Enum<?>>> accessor;

    <E extends Enum<E>> CodeListField(String path, String question, Class<E> codeType,
            Function<PatientReport, Set<E>> accessor) {
        this.path = path;
        this.question = question;
        this.codeType = codeType;
        this.accessor = accessor::apply;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String question() {
        return question;
    }

    public Class<? extends Enum<?>> codeType() {
        return codeType;
    }

    public Set<? extends Enum<?>> valuesOf(PatientReport report) {
        return accessor.apply(report);
    }

    /** The code of this field's type with that name, if there is one. */
    public Optional<Enum<?>> code(String name) {
        return Arrays.stream(codeType.getEnumConstants()).<Enum<?>>map(c -> c).filter(c -> c.name().equals(name))
                .findFirst();
    }

    public static Optional<CodeListField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
