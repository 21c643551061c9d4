package vn.tongket.delegate;

/** An organisation as the API shows it. */
public record OrganizationView(Long id, String name, OrganizationLevel level, boolean grassroots, int precedence,
                               Long parentId, Long successorId) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.level, o.grassroots, o.precedence,
                o.parent == null ? null : o.parent.id, o.successor == null ? null : o.successor.id);
    }
}
