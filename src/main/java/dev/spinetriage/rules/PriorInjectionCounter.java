package dev.spinetriage.rules;

import dev.spinetriage.rules.code.InjectionRegion;
import dev.spinetriage.rules.input.PriorInjection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counting behind {@link Condition.PriorInjectionCount}. */
final class PriorInjectionCounter {

    private PriorInjectionCounter() {}

    static int count(Condition.PriorInjectionCount filter, List<PriorInjection> injections) {
        if (!filter.perRegion()) {
            int count = 0;
            for (PriorInjection prior : injections) {
                if (passes(filter, prior)) {
                    count++;
                }
            }
            return count;
        }
        Map<InjectionRegion, Integer> byRegion = new EnumMap<>(InjectionRegion.class);
        int withoutRegion = 0;
        for (PriorInjection prior : injections) {
            if (!passes(filter, prior)) {
                continue;
            }
            if (prior.region() == null) {
                withoutRegion++;
            } else {
                byRegion.merge(prior.region(), 1, Integer::sum);
            }
        }
        int largest = withoutRegion;
        for (int count : byRegion.values()) {
            largest = Math.max(largest, count);
        }
        return largest;
    }

    static boolean passes(Condition.PriorInjectionCount filter, PriorInjection prior) {
        return prior.therapy() == filter.therapy()
                && (filter.reliefPercentAtLeast() == null || prior.reliefPercent() >= filter.reliefPercentAtLeast())
                && (filter.reliefPercentBelow() == null || prior.reliefPercent() < filter.reliefPercentBelow())
                && (filter.weeksAgoBelow() == null || prior.weeksAgo() < filter.weeksAgoBelow())
                && (filter.region() == null || prior.region() == filter.region())
                && (filter.reliefDurationHoursBelow() == null || (prior.reliefDurationHours() != null
                        && prior.reliefDurationHours() < filter.reliefDurationHoursBelow()))
                && !(filter.concordantOnly() && Boolean.FALSE.equals(prior.concordantWithAnesthetic()));
    }
}
