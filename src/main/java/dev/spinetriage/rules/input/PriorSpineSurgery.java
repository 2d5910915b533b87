package dev.spinetriage.rules.input;

import dev.spinetriage.rules.code.SpineRegion;
import dev.spinetriage.rules.code.SpineSurgeryProcedure;

/**
 * A spine operation the patient had. Component names are the request's field names.
 *
 * @param weeksAgo null when not reported
 */
public record PriorSpineSurgery(SpineSurgeryProcedure procedure, SpineRegion region, Integer weeksAgo) {}
