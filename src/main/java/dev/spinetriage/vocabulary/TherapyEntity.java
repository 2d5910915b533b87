package dev.spinetriage.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A therapy of the catalogue. {@code evidence} is the JSON array stored in the jsonb column. */
@Entity
@Table(name = "therapy")
public class TherapyEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String purpose;

    public String description;

    public String administration;

    @Column(name = "typical_relief")
    public String typicalRelief;

    public boolean investigational;

    @Column(name = "unlocked_by")
    public String unlockedBy;

    @Column(columnDefinition = "jsonb", insertable = false, updatable = false)
    public String evidence;

    @Column(name = "snomed_ct_id")
    public String snomedCtId;

    @Column(name = "snomed_ct_display")
    public String snomedCtDisplay;

    @Column(name = "sort_order")
    public int sortOrder;
}
