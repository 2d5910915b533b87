package dev.spinetriage.rules.input;

import dev.spinetriage.rules.code.InjectionRegion;
import dev.spinetriage.rules.code.Therapy;

/**
 * An injection the patient already had, with the relief it gave. Component names are the request's field names.
 *
 * @param region                   where it was given; null when not reported
 * @param reliefDurationHours      how long the relief lasted; null when not reported
 * @param concordantWithAnesthetic the relief lasted as long as the local anaesthetic used should act (a diagnostic
 *                                 block's response is then believable); null when not reported
 */
public record PriorInjection(Therapy therapy, int reliefPercent, int weeksAgo, InjectionRegion region,
        Integer reliefDurationHours, Boolean concordantWithAnesthetic) {

    /** An injection with only the three fields the first version of the API had. */
    public PriorInjection(Therapy therapy, int reliefPercent, int weeksAgo) {
        this(therapy, reliefPercent, weeksAgo, null, null, null);
    }
}
