package dev.spinetriage.rules.code;

/** A region of the spine. */
public enum SpineRegion {
    CERVICAL, THORACIC, LUMBAR
}
