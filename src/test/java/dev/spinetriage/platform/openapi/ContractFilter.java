package dev.spinetriage.platform.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Validates each response against the committed document and fails the call that received one the document does
 * not allow. With {@code -Dspinetriage.openapi.survey=true} it instead appends every violation to
 * target/openapi-violations.txt and carries on, to list them all in one run of the suite.
 */
final class ContractFilter implements OrderedFilter {

    private static final Path SURVEY = Path.of("target", "openapi-violations.txt");
    private static final Path OBSERVED = Path.of("target", "openapi-observed.jsonl");

    private final OpenApiInteractionValidator validator = OpenApiContract.responseValidator();
    private final boolean survey = Boolean.getBoolean("spinetriage.openapi.survey");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        ValidationReport report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        if (survey) {
            observe(request, response);
        }
        if (report.hasErrors()) {
            String message = request.getMethod() + " " + request.getURI() + " -> " + response.getStatusCode()
                    + " breaks openapi/openapi.yaml:\n" + SimpleValidationReportFormat.getInstance().apply(report);
            if (!survey) {
                throw new AssertionError(message);
            }
            append(message + "\n" + response.asString() + "\n\n");
        }
        return response;
    }

    /** Runs last, nearest the wire: it sees the response exactly as the server sent it. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    /** In a survey, also keeps every response (one JSON line each) in target/openapi-observed.jsonl. */
    private static void observe(FilterableRequestSpecification request, Response response) {
        java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("method", request.getMethod());
        line.put("uri", request.getURI());
        line.put("status", response.getStatusCode());
        line.put("contentType", response.getContentType());
        line.put("headers", response.getHeaders().asList().stream().map(h -> h.getName() + ": " + h.getValue())
                .toList());
        line.put("body", response.asString());
        try {
            append(OBSERVED, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(String text) {
        append(SURVEY, text);
    }

    private static synchronized void append(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
