package dev.spinetriage.rules.code;

/** Where an injection was given: a spine region or the sacroiliac joint. */
public enum InjectionRegion {
    CERVICAL, THORACIC, LUMBAR, SACROILIAC
}
