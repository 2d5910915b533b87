package dev.spinetriage.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents 401, 403, 429 (the key's rate limit) and 503 on every operation that requires an API key: checking a
 * key needs the database, so each of them answers 503 (with Retry-After) while it is unreachable. Declaring them on
 * each resource class would work too, but a class-level response makes SmallRye drop the success response it
 * otherwise infers from the method's return type.
 *
 * <p>Runs at build time only: the responses depend on nothing known at run time, and a filter registered with
 * {@code mp.openapi.filter} would run again over the whole document at every start.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SecuredOperationResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty() || operation.getResponses() == null) {
            return operation;
        }
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        responses.putIfAbsent("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        responses.putIfAbsent("403", OASFactory.createAPIResponse().ref("Forbidden"));
        responses.putIfAbsent("429", OASFactory.createAPIResponse().ref("RateLimited"));
        responses.putIfAbsent("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
        operation.getResponses().setAPIResponses(responses);
        return operation;
    }
}
