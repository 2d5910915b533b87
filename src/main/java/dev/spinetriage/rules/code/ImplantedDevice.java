package dev.spinetriage.rules.code;

/** Implanted devices that matter before a procedure (radiofrequency energy, needles near leads or catheters). */
public enum ImplantedDevice {
    PACEMAKER, DEFIBRILLATOR, SPINAL_CORD_STIMULATOR, INTRATHECAL_PUMP
}
