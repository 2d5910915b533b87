package dev.spinetriage.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One code of the controlled vocabulary, with its label and (where verified) SNOMED CT concept. */
@Entity
@Table(name = "vocabulary_code")
@IdClass(VocabularyCodeEntity.Key.class)
public class VocabularyCodeEntity extends PanacheEntityBase {

    public record Key(String category, String code) implements Serializable {}

    @Id
    public String category;

    @Id
    public String code;

    public String label;

    public String description;

    @Column(name = "snomed_ct_id")
    public String snomedCtId;

    @Column(name = "snomed_ct_display")
    public String snomedCtDisplay;

    @Column(name = "sort_order")
    public int sortOrder;
}
