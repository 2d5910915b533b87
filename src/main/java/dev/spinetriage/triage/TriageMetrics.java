package dev.spinetriage.triage;

import dev.spinetriage.rules.Disposition;
import dev.spinetriage.rules.TherapyAssessment;
import dev.spinetriage.rules.TriageOutcome;
import dev.spinetriage.rules.code.Therapy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * What triage does, for /q/metrics: how many triages ended in each disposition, how often each therapy was a
 * candidate, and how long a triage takes (a histogram, so percentiles can be aggregated across instances). Only
 * codes from closed lists become labels: nothing a patient reported, and a bounded number of series.
 */
@ApplicationScoped
public class TriageMetrics {

    private final Timer latency;
    // Registered once: looking a counter up by name and tags on every triage cost more than incrementing it.
    private final Map<Disposition, Counter> byDisposition = new EnumMap<>(Disposition.class);
    private final Map<Therapy, Counter> candidates = new EnumMap<>(Therapy.class);

    TriageMetrics(MeterRegistry registry) {
        for (Disposition disposition : Disposition.values()) {
            byDisposition.put(disposition, Counter.builder("spinetriage.triage").description("Triages by disposition")
                    .tag("disposition", disposition.name()).register(registry));
        }
        for (Therapy therapy : Therapy.values()) {
            candidates.put(therapy, Counter.builder("spinetriage.triage.candidates")
                    .description("Therapies offered as candidates").tag("therapy", therapy.name()).register(registry));
        }
        this.latency = Timer.builder("spinetriage.triage.duration")
                .description("Time to evaluate and record one triage")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** A triage completes on another thread than it starts on: {@link #stop} it when it is answered or failed. */
    Timer.Sample start() {
        return Timer.start();
    }

    void stop(Timer.Sample started) {
        started.stop(latency);
    }

    void count(TriageOutcome outcome) {
        byDisposition.get(outcome.disposition()).increment();
        for (TherapyAssessment candidate : outcome.candidates()) {
            candidates.get(candidate.therapy()).increment();
        }
    }
}
