package dev.spinetriage.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bibliographic source that rules and therapies cite by short id. */
@Entity
@Table(name = "clinical_source")
public class ClinicalSourceEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String note;
}
