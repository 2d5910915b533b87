package dev.spinetriage.triage;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.rules.input.CodeListInput;
import dev.spinetriage.rules.input.Input;
import dev.spinetriage.rules.input.InputCatalogue;
import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.input.RecordListInput;
import dev.spinetriage.triage.dto.TriageRequest;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads every input of the engine's {@link InputCatalogue} from a {@link TriageRequest} by its JSON path, walking the
 * request's record accessors: the request DTO and the catalogue are the only places an input is declared, so this
 * mapping needs no change when one is added. Compiled once; fails at start-up if the catalogue names a path the
 * request does not have.
 */
final class RequestInputs {

    private static final List<Reader> READERS = InputCatalogue.all().stream().map(RequestInputs::reader).toList();
    private static final List<Reader> ALIASES = InputCatalogue.aliases().entrySet().stream()
            .map(alias -> new Reader(alias.getValue(), accessors(alias.getKey()), null)).toList();

    private RequestInputs() {}

    static PatientReport toReport(TriageRequest request) {
        PatientReport.Builder report = PatientReport.builder();
        for (Reader reader : READERS) {
            set(report, reader.input(), reader.read(request));
        }
        for (Reader alias : ALIASES) {
            Object older = alias.read(request);
            if (older != null) {
                Object current = READERS.get(InputCatalogue.all().indexOf(alias.input())).read(request);
                if (current != null && !current.equals(older)) {
                    throw new ProblemException(ProblemType.VALIDATION_ERROR, "Two fields that mean the same thing "
                            + "disagree.", List.of(new Problem.FieldError(alias.path(), "disagrees with "
                            + alias.input().path() + ", its current name; send only " + alias.input().path())));
                }
                set(report, alias.input(), older);
            }
        }
        return report.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(PatientReport.Builder report, Input<T> input, Object value) {
        if (value != null) {
            report.set(input, (T) value);
        }
    }

    /** Reads one input: the accessors along its path, then the conversion to the engine's type. */
    private record Reader(Input<?> input, List<Method> accessors, Converter converter) {

        String path() {
            return accessors.stream().map(Method::getName).reduce((a, b) -> a + "." + b).orElseThrow();
        }

        Object read(TriageRequest request) {
            Object value = request;
            for (Method accessor : accessors) {
                value = invoke(accessor, value);
                if (value == null) {
                    return null;
                }
            }
            return converter == null ? value : converter.convert(value);
        }
    }

    @FunctionalInterface
    private interface Converter {
        Object convert(Object value);
    }

    private static Reader reader(Input<?> input) {
        List<Method> accessors = accessors(input.path());
        if (input instanceof CodeListInput<?>) {
            return new Reader(input, accessors, value -> new HashSet<>((List<?>) value));
        }
        if (input instanceof RecordListInput<?> list) {
            Class<?> element = elementType(accessors.get(accessors.size() - 1));
            RecordConverter records = new RecordConverter(element, list.recordType());
            return new Reader(input, accessors, value -> ((List<?>) value).stream().map(records::convert).toList());
        }
        return new Reader(input, accessors, null);
    }

    private static List<Method> accessors(String path) {
        List<Method> accessors = new ArrayList<>();
        Class<?> type = TriageRequest.class;
        for (String name : path.split("\\.")) {
            RecordComponent component = component(type, name)
                    .orElseThrow(() -> new IllegalStateException("The input catalogue names " + path
                            + ", but the triage request has no such field"));
            accessors.add(component.getAccessor());
            type = component.getType();
        }
        return accessors;
    }

    private static Optional<RecordComponent> component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? Optional.empty()
                : Arrays.stream(components).filter(c -> c.getName().equals(name)).findFirst();
    }

    private static Class<?> elementType(Method listAccessor) {
        var generic = (ParameterizedType) listAccessor.getGenericReturnType();
        var argument = generic.getActualTypeArguments()[0];
        return (Class<?>) (argument instanceof AnnotatedType annotated ? annotated.getType()
                : argument);
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }

    /** Builds the engine's record from the request's, component by component, matched by name. */
    private static final class RecordConverter {

        private final Constructor<?> constructor;
        private final Method[] sources;

        RecordConverter(Class<?> from, Class<? extends Record> to) {
            RecordComponent[] target = to.getRecordComponents();
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent component : from.getRecordComponents()) {
                byName.put(component.getName(), component.getAccessor());
            }
            sources = new Method[target.length];
            Class<?>[] types = new Class<?>[target.length];
            for (int i = 0; i < target.length; i++) {
                sources[i] = Objects.requireNonNull(byName.get(target[i].getName()),
                        () -> from.getSimpleName() + " lacks the field " + to.getSimpleName() + " needs");
                types[i] = target[i].getType();
            }
            try {
                constructor = to.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(to + " has no canonical constructor", e);
            }
        }

        Object convert(Object from) {
            Object[] arguments = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                arguments[i] = invoke(sources[i], from);
            }
            try {
                return constructor.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + constructor.getDeclaringClass(), e);
            }
        }
    }
}
