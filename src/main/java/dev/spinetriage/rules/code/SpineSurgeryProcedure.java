package dev.spinetriage.rules.code;

/** Spine operations a patient may have had. */
public enum SpineSurgeryProcedure {
    DISCECTOMY, LAMINECTOMY, FUSION, DISC_REPLACEMENT, OTHER
}
