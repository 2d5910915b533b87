package dev.spinetriage.triage;

import dev.spinetriage.rules.TherapyAssessment;
import dev.spinetriage.rules.TriageOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * What triage does, for /q/metrics: how many triages ended in each disposition, how often each therapy was a
 * candidate, and how long a triage takes (a histogram, so percentiles can be aggregated across instances). Only
 * codes from closed lists become labels: nothing a patient reported, and a bounded number of series.
 */
@ApplicationScoped
public class TriageMetrics {

    private final MeterRegistry registry;
    private final Timer latency;

    TriageMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("spinetriage.triage.duration")
                .description("Time to evaluate and record one triage")
                .publishPercentileHistogram()
                .register(registry);
    }

    <T> T timed(Supplier<T> triage) {
        return latency.record(triage);
    }

    void count(TriageOutcome outcome) {
        Counter.builder("spinetriage.triage").description("Triages by disposition")
                .tag("disposition", outcome.disposition().name()).register(registry).increment();
        for (TherapyAssessment candidate : outcome.candidates()) {
            Counter.builder("spinetriage.triage.candidates").description("Therapies offered as candidates")
                    .tag("therapy", candidate.therapy().name()).register(registry).increment();
        }
    }
}
