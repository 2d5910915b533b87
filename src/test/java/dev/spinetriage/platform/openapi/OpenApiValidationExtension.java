package dev.spinetriage.platform.openapi;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs, once for the whole run, a REST Assured filter that validates every response a test receives against the
 * committed openapi/openapi.yaml: a response the document does not allow (an undocumented status, a missing required
 * field, a value of the wrong type, an undeclared content type) fails that test. Registered for every test class
 * through JUnit's extension auto-detection (META-INF/services; quarkus-junit turns auto-detection on).
 */
public class OpenApiValidationExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws ReflectiveOperationException {
        // A @QuarkusTest class is loaded by Quarkus's class loader, with its own copy of REST Assured: install the
        // filter through the copy of this class that the test class sees, not through JUnit's.
        ClassLoader testLoader = context.getRequiredTestClass().getClassLoader();
        Class<?> self = Class.forName(OpenApiValidationExtension.class.getName(), true, testLoader);
        self.getMethod("install").invoke(null);
    }

    /** Adds the filter unless this class loader's REST Assured already has it. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }
}
