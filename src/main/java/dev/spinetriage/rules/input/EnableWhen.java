package dev.spinetriage.rules.input;

/**
 * A condition on an earlier answer that makes the questionnaire ask an item (FHIR Questionnaire.item.enableWhen).
 *
 * @param question the path of the earlier input
 * @param answer   the code name, or the boolean or integer as text; ignored for {@link Operator#EXISTS}
 */
public record EnableWhen(String question, Operator operator, String answer) {

    /** The FHIR operators this catalogue uses. */
    public enum Operator {
        EQUALS("="), NOT_EQUALS("!="), EXISTS("exists"), GREATER_THAN(">");

        private final String fhir;

        Operator(String fhir) {
            this.fhir = fhir;
        }

        public String fhir() {
            return fhir;
        }
    }

    static EnableWhen answered(Input<?> question, Enum<?> code) {
        return new EnableWhen(question.path(), Operator.EQUALS, code.name());
    }

    static EnableWhen notAnswered(Input<?> question, Enum<?> code) {
        return new EnableWhen(question.path(), Operator.NOT_EQUALS, code.name());
    }

    static EnableWhen exists(Input<?> question) {
        return new EnableWhen(question.path(), Operator.EXISTS, "true");
    }

    static EnableWhen above(Input<?> question, int value) {
        return new EnableWhen(question.path(), Operator.GREATER_THAN, Integer.toString(value));
    }
}
