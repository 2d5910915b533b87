package dev.spinetriage.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * The drift guard of the hand-written contract: openapi/openapi.yaml documents exactly the operations the JAX-RS
 * resources serve (a method marked {@code @Operation(hidden = true)} is not part of the API: the pages, the
 * benchmark's echo). What each operation answers is checked by validating every response of the test suite against
 * the document (OpenApiValidationExtension).
 */
class OpenApiRoutesTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    @Test
    void theDocumentNamesEveryOperationTheResourcesServeAndNoOther() {
        assertEquals(String.join("\n", served()), String.join("\n", documented()),
                "openapi/openapi.yaml and the JAX-RS resources disagree: document each new or changed route in "
                        + "openapi/openapi.yaml (or mark a route that is no part of the API @Operation(hidden = true))");
    }

    private static SortedSet<String> documented() {
        SortedSet<String> operations = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = OpenApiContract.committed().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (List.of("get", "post", "put", "delete", "patch", "head").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    private static SortedSet<String> served() {
        SortedSet<String> operations = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.spinetriage")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation != null && operation.hidden()) {
                    continue;
                }
                for (Class<? extends Annotation> httpMethod : HTTP_METHODS) {
                    if (method.isAnnotationPresent(httpMethod)) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(httpMethod.getSimpleName() + " " + join(base, sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return operations;
    }

    /** The route as OpenAPI writes it: one slash between parts, none at the end, {name} without its regex. */
    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
