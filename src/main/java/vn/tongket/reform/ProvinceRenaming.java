package vn.tongket.reform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A province name that ceased on a date (a merger of 2025: Bắc Giang into Bắc Ninh), with where it was read. */
@Entity
@Table(name = "province_renaming")
public class ProvinceRenaming extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "old_name", nullable = false, length = 100)
    public String oldName;

    @Column(name = "new_name", nullable = false, length = 100)
    public String newName;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false, length = 500)
    public String source;

    @Column(nullable = false)
    public boolean confirmed;

    /** The old names no longer in use on a date. */
    public static List<ProvinceRenaming> ceasedBy(LocalDate on) {
        return list("effectiveFrom <= ?1 order by oldName", on);
    }
}
