package vn.tongket.delegate;

/** A delegate as the API shows it. */
public record DelegateView(Long id, String fullName, String position, String organization, Long organizationId,
                           String email, String phone, DelegateCategory category, int precedence, String rank,
                           String partyTitle, boolean provincialStanding, boolean collective) {

    public static DelegateView of(Delegate d) {
        return new DelegateView(d.id, d.fullName, d.position, d.organizationName(),
                d.organization == null ? null : d.organization.id, d.email, d.phone, d.category, d.precedence,
                d.rank, d.partyTitle, d.provincialStanding, d.collective);
    }

    /** Without email and phone, for readers who do not contact delegates (REVIEWER, APPROVER). */
    public DelegateView withoutContacts() {
        return new DelegateView(id, fullName, position, organization, organizationId, null, null, category, precedence,
                rank, partyTitle, provincialStanding, collective);
    }
}
