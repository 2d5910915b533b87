package dev.spinetriage.rules.code;

/** The motor examination: how much strength is lost, and whether the loss is getting worse. */
public enum MotorDeficit {
    NONE, MILD_STABLE, SEVERE, PROGRESSIVE
}
