package vn.tongket.delegate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** A body or unit (cơ quan, đơn vị), possibly grassroots (cơ sở), possibly succeeded by another after a merger. */
@Entity
@jakarta.persistence.EntityListeners({vn.tongket.document.RenderedDocuments.DocumentSetChanges.class,
        vn.tongket.document.RenderedDocuments.LetterChanges.class})
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public OrganizationLevel level = OrganizationLevel.OTHER;

    @Column(nullable = false)
    public boolean grassroots;

    /** Protocol order of the organisation (lower first), used when its people or awards are listed. */
    @Column(nullable = false)
    public int precedence = 1000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Organization parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    public Organization successor;

    public static Optional<Organization> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<Organization> listByName() {
        return list("order by precedence, name");
    }
}
