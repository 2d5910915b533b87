package dev.spinetriage.rules.code;

/**
 * The governing policy a clinic practises under. A rule applies to every profile or to named ones; red flags apply to
 * every profile.
 */
public enum PolicyProfile {
    /** US Medicare: the CMS coverage policies (LCDs, NCDs) and their documentation requirements. */
    US_CMS,
    /** UK NHS: NICE guideline NG59 on low back pain and sciatica. */
    UK_NICE
}
