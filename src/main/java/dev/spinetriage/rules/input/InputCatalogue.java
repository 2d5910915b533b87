package dev.spinetriage.rules.input;

import static dev.spinetriage.rules.input.EnableWhen.above;
import static dev.spinetriage.rules.input.EnableWhen.answered;
import static dev.spinetriage.rules.input.EnableWhen.exists;
import static dev.spinetriage.rules.input.EnableWhen.notAnswered;

import dev.spinetriage.rules.code.AggravatingFactor;
import dev.spinetriage.rules.code.ConservativeCareModality;
import dev.spinetriage.rules.code.ConservativeCareOutcome;
import dev.spinetriage.rules.code.Contraindication;
import dev.spinetriage.rules.code.ImagingFinding;
import dev.spinetriage.rules.code.ImagingModality;
import dev.spinetriage.rules.code.ImplantedDevice;
import dev.spinetriage.rules.code.InjectionRegion;
import dev.spinetriage.rules.code.Laterality;
import dev.spinetriage.rules.code.LimbPainDistribution;
import dev.spinetriage.rules.code.MotorDeficit;
import dev.spinetriage.rules.code.PainLocation;
import dev.spinetriage.rules.code.PainPattern;
import dev.spinetriage.rules.code.RedFlag;
import dev.spinetriage.rules.code.Sex;
import dev.spinetriage.rules.code.SpineRegion;
import dev.spinetriage.rules.code.SpineSurgeryProcedure;
import dev.spinetriage.rules.code.Symptom;
import dev.spinetriage.rules.code.Therapy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every patient input of the triage request, each declared once, in the order the intake questionnaire asks them.
 * To add an input: a field in the request DTO, one entry here, its rules and their tests (InputCatalogueTest proves
 * every entry can be sent, tested in a condition, explained, asked and answered in the questionnaire).
 */
public final class InputCatalogue {

    private static final List<Input<?>> ALL = new ArrayList<>();
    private static final Map<String, Input<?>> BY_PATH = new HashMap<>();

    private static final PainLocation[] LIMB = {PainLocation.THIGH, PainLocation.LEG_BELOW_KNEE, PainLocation.FOOT,
        PainLocation.ARM, PainLocation.HAND};

    public static final NumberInput AGE_YEARS = add(new NumberInput("patient.ageYears", "How old is the patient?",
            true, 0, 130, List.of()));
    public static final CodeInput<Sex> SEX = add(new CodeInput<>("patient.sex", "What is the patient's sex?", false,
            Sex.class, "SEX", List.of()));
    public static final FlagInput PREGNANT = add(new FlagInput("patient.pregnant", "Is the patient pregnant?",
            List.of(notAnswered(SEX, Sex.MALE))));
    public static final CodeListInput<Symptom> SYMPTOMS = add(new CodeListInput<>("symptoms",
            "Which symptoms does the patient report?", true, Symptom.class, "SYMPTOM", false, List.of()));
    public static final CodeListInput<PainLocation> PAIN_LOCATIONS = add(new CodeListInput<>("painLocations",
            "Where does it hurt?", true, PainLocation.class, "PAIN_LOCATION", false, List.of()));
    public static final CodeInput<Laterality> LATERALITY = add(new CodeInput<>("laterality",
            "Which side is the pain on (left, right, both sides, or central)?", false, Laterality.class, "LATERALITY",
            List.of()));
    public static final CodeInput<LimbPainDistribution> LIMB_PAIN_DISTRIBUTION = add(new CodeInput<>(
            "limbPainDistribution", "Does the arm or leg pain follow a dermatome (one nerve root's band), another "
            + "pattern, or a stocking or glove pattern?", false, LimbPainDistribution.class, "LIMB_PAIN_DISTRIBUTION",
            anyOf(PAIN_LOCATIONS, LIMB)));
    public static final CodeInput<PainPattern> PAIN_PATTERN = add(new CodeInput<>("painPattern",
            "Which pain dominates: the back or neck, the arm or leg, or both equally?", false, PainPattern.class,
            "PAIN_PATTERN", anyOf(PAIN_LOCATIONS, LIMB)));
    public static final NumberInput DURATION_WEEKS = add(new NumberInput("durationWeeks",
            "For how many weeks has the pain lasted?", false, 0, 5200, List.of()));
    public static final NumberInput CURRENT_EPISODE_WEEKS = add(new NumberInput("currentEpisodeWeeks",
            "How many weeks ago did this episode, or a marked change in the pain, begin?", false, 0, 5200,
            List.of()));
    public static final NumberInput PAIN_SCORE = add(new NumberInput("painScore",
            "How severe is the pain on a 0-10 scale?", false, 0, 10, List.of()));
    public static final CodeListInput<AggravatingFactor> AGGRAVATING_FACTORS = add(new CodeListInput<>(
            "aggravatingFactors", "Which movements or positions make the pain worse?", false, AggravatingFactor.class,
            "AGGRAVATING_FACTOR", false, List.of()));
    public static final FlagInput RELIEVED_BY_FLEXION = add(new FlagInput("relievedByFlexion",
            "Is the leg pain relieved by bending forward or sitting?", anyOf(PAIN_LOCATIONS, PainLocation.THIGH,
                    PainLocation.LEG_BELOW_KNEE, PainLocation.FOOT)));
    public static final NumberInput CONSERVATIVE_CARE_WEEKS = add(new NumberInput("conservativeCare.weeks",
            "For how many weeks has conservative care (physical therapy, exercise, medication) been tried?", false, 0,
            5200, List.of()));
    public static final CodeListInput<ConservativeCareModality> CONSERVATIVE_CARE_MODALITIES = add(
            new CodeListInput<>("conservativeCare.modalities", "Which conservative care has been tried?", false,
                    ConservativeCareModality.class, "CONSERVATIVE_CARE_MODALITY", false, List.of()));
    public static final CodeInput<ConservativeCareOutcome> CONSERVATIVE_CARE_OUTCOME = add(new CodeInput<>(
            "conservativeCare.outcome", "How has conservative care turned out: failed, partial relief, still "
            + "improving, not tolerated, or still ongoing?", false, ConservativeCareOutcome.class,
            "CONSERVATIVE_CARE_OUTCOME", List.of(above(CONSERVATIVE_CARE_WEEKS, 0))));
    public static final RecordListInput<PriorInjection> PRIOR_INJECTIONS = add(new RecordListInput<>(
            "priorInjections", "Which injections has the patient already had, and how much did each help?",
            PriorInjection.class, List.of(
                    new CodeInput<>("priorInjections.therapy", "Which injection?", true, Therapy.class, "THERAPY",
                            List.of()),
                    new NumberInput("priorInjections.reliefPercent", "Pain relief it gave, in percent", true, 0, 100,
                            List.of()),
                    new NumberInput("priorInjections.weeksAgo", "How many weeks ago was it given?", true, 0, 5200,
                            List.of()),
                    new CodeInput<>("priorInjections.region", "Where was it given?", false, InjectionRegion.class,
                            "INJECTION_REGION", List.of()),
                    new NumberInput("priorInjections.reliefDurationHours", "How many hours did the relief last?",
                            false, 0, 100000, List.of()),
                    new FlagInput("priorInjections.concordantWithAnesthetic",
                            "Did the relief last as long as the local anaesthetic used should act?", List.of())),
            List.of()));
    public static final NumberInput SACROILIAC_PROVOCATION_POSITIVE = add(new NumberInput(
            "clinicalFindings.sacroiliacProvocationPositive",
            "How many of the six sacroiliac provocation tests are positive?", false, 0, 6,
            anyOf(PAIN_LOCATIONS, PainLocation.SACROILIAC_REGION, PainLocation.BUTTOCK)));
    public static final FlagInput TRIGGER_POINTS_PALPABLE = add(new FlagInput(
            "clinicalFindings.triggerPointsPalpable",
            "Are myofascial trigger points palpable (taut band, spot tenderness, referred pain)?",
            List.of(answered(SYMPTOMS, Symptom.MUSCLE_SPASMS))));
    public static final FlagInput STRAIGHT_LEG_RAISE_POSITIVE = add(new FlagInput(
            "clinicalFindings.straightLegRaisePositive", "Is the straight-leg raise test positive?",
            anyOf(PAIN_LOCATIONS, PainLocation.THIGH, PainLocation.LEG_BELOW_KNEE, PainLocation.FOOT)));
    public static final CodeInput<MotorDeficit> MOTOR_DEFICIT = add(new CodeInput<>("clinicalFindings.motorDeficit",
            "What does the motor examination show: no deficit, a mild and stable one, a severe one, or one that is "
            + "getting worse?", false, MotorDeficit.class, "MOTOR_DEFICIT",
            List.of(answered(SYMPTOMS, Symptom.WEAKNESS))));
    public static final FlagInput FACET_LOADING_POSITIVE = add(new FlagInput("clinicalFindings.facetLoadingPositive",
            "Does facet loading (extension with rotation) reproduce the pain?",
            anyOf(PAIN_LOCATIONS, PainLocation.LOWER_BACK, PainLocation.NECK)));
    public static final FlagInput WIDESPREAD_TENDERNESS = add(new FlagInput("clinicalFindings.widespreadTenderness",
            "Is there widespread tenderness, beyond localised trigger points?", List.of()));
    public static final CodeInput<ImagingModality> IMAGING_MODALITY = add(new CodeInput<>("imaging.modality",
            "Which spine imaging has been done (MRI, CT, X-ray)?", false, ImagingModality.class, "IMAGING_MODALITY",
            List.of()));
    public static final NumberInput IMAGING_WEEKS_AGO = add(new NumberInput("imaging.weeksAgo",
            "How many weeks ago was the imaging done?", false, 0, 5200, List.of(exists(IMAGING_MODALITY))));
    public static final CodeListInput<ImagingFinding> IMAGING_FINDINGS = add(new CodeListInput<>("imaging.findings",
            "What did the imaging show?", false, ImagingFinding.class, "IMAGING_FINDING", false,
            List.of(exists(IMAGING_MODALITY))));
    public static final FlagInput IMAGING_CONCORDANT = add(new FlagInput("imaging.concordantWithSymptoms",
            "Does imaging show a finding concordant with the symptoms and examination?",
            List.of(exists(IMAGING_MODALITY))));
    public static final RecordListInput<PriorSpineSurgery> PRIOR_SPINE_SURGERY = add(new RecordListInput<>(
            "priorSpineSurgery", "Has the patient had spine surgery? Which operation, where, and when?",
            PriorSpineSurgery.class, List.of(
                    new CodeInput<>("priorSpineSurgery.procedure", "Which operation?", true,
                            SpineSurgeryProcedure.class, "SPINE_SURGERY_PROCEDURE", List.of()),
                    new CodeInput<>("priorSpineSurgery.region", "Which region of the spine?", true, SpineRegion.class,
                            "SPINE_REGION", List.of()),
                    new NumberInput("priorSpineSurgery.weeksAgo", "How many weeks ago?", false, 0, 5200, List.of())),
            List.of()));
    public static final CodeListInput<ImplantedDevice> IMPLANTED_DEVICES = add(new CodeListInput<>("implantedDevices",
            "Does the patient have an implanted device (pacemaker, defibrillator, spinal cord stimulator, intrathecal "
            + "pump)?", false, ImplantedDevice.class, "IMPLANTED_DEVICE", true, List.of()));
    public static final CodeListInput<RedFlag> RED_FLAGS = add(new CodeListInput<>("redFlags",
            "Have all red flags been screened (bladder, bowel, saddle numbness, bilateral sciatica, weakness, gait, "
            + "fever, infection, cancer, weight loss, trauma, osteoporosis, corticosteroids)?", false, RedFlag.class,
            "RED_FLAG", false, List.of()));
    public static final CodeListInput<Contraindication> CONTRAINDICATIONS = add(new CodeListInput<>(
            "contraindications", "Which contraindications apply (anticoagulants, bleeding disorder, infection, "
            + "pregnancy, allergies, diabetes)?", false, Contraindication.class, "CONTRAINDICATION", true, List.of()));
    public static final FlagInput FUNCTIONAL_IMPAIRMENT = add(new FlagInput("functionalImpairment",
            "Does the pain impair daily function (work, walking, sleep, self-care)?", List.of()));
    public static final FlagInput PREFERS_TO_AVOID_SURGERY = add(new FlagInput("prefersToAvoidSurgery",
            "Does the patient prefer to avoid surgery?", List.of()));

    /** Older request paths still accepted, and the input each now names. */
    private static final Map<String, Input<?>> ALIASES = Map.of("clinicalFindings.imagingConcordant",
            IMAGING_CONCORDANT);

    private InputCatalogue() {}

    /** Every input the report holds, in questionnaire order (the fields of record lists are not among them). */
    public static List<Input<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The input at this request path (an older alias path included). */
    public static Optional<Input<?>> byPath(String path) {
        Input<?> input = BY_PATH.get(path);
        return Optional.ofNullable(input != null ? input : ALIASES.get(path));
    }

    /** Older paths still accepted in the request and in rule conditions, with the input each names. */
    public static Map<String, Input<?>> aliases() {
        return ALIASES;
    }

    static int size() {
        return ALL.size();
    }

    private static <I extends Input<?>> I add(I input) {
        input.index(ALL.size());
        ALL.add(input);
        BY_PATH.put(input.path(), input);
        return input;
    }

    @SafeVarargs
    private static <E extends Enum<E>> List<EnableWhen> anyOf(CodeListInput<E> question, E... codes) {
        List<EnableWhen> conditions = new ArrayList<>();
        for (E code : codes) {
            conditions.add(answered(question, code));
        }
        return conditions;
    }
}
