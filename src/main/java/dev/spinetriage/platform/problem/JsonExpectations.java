package dev.spinetriage.platform.problem;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a JSON value must look like to bind to a Java type, phrased in JSON's vocabulary for API clients. */
final class JsonExpectations {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);

    private JsonExpectations() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "invalid value";
        }
        if (type.isEnum()) {
            return "expected a code; allowed: " + codes(type);
        }
        if (INTEGERS.contains(type)) {
            return "expected an integer";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "expected a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "expected true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "expected a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "expected an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "expected an object";
        }
        return "invalid value";
    }

    /** Jackson reports known names in no useful order; a record's declaration order is the documented one. */
    static String fieldNames(Class<?> type, Collection<Object> known) {
        List<String> declared = type != null && type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        Comparator<String> byDeclaration = Comparator.comparingInt(
                name -> declared.contains(name) ? declared.indexOf(name) : declared.size());
        return known.stream().map(String::valueOf).sorted(byDeclaration.thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining(", "));
    }

    static String codes(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }
}
