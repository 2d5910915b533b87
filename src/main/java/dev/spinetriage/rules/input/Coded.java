package dev.spinetriage.rules.input;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An input answered with codes of one vocabulary category. */
public sealed interface Coded<E extends Enum<E>> permits CodeInput, CodeListInput {

    Class<E> codeType();

    /** The vocabulary category of its codes (GET /api/v1/vocabulary), e.g. {@code RED_FLAG}. */
    String category();

    /** The path of the input, as named in the request. */
    String path();

    default List<E> codes() {
        return List.of(codeType().getEnumConstants());
    }

    /** The code of this input with that name, if there is one. */
    default Optional<E> code(String name) {
        return Arrays.stream(codeType().getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }
}
