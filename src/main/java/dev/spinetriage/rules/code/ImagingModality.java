package dev.spinetriage.rules.code;

/** The kind of spine imaging done. */
public enum ImagingModality {
    MRI, CT, XRAY
}
