package vn.tongket.council;

import java.util.List;
import java.util.Optional;

/** A conference's council as its page and minutes show it: meeting, members, attendance, rule and each verdict. */
public record CouncilSummary(long conferenceId, CouncilMeeting meeting, List<CouncilMember> members, int present,
                             CouncilRule rule, boolean quorate, List<Verdict> verdicts) {

    public int total() {
        return members.size();
    }

    public List<CouncilMember> presentMembers() {
        return members.stream().filter(m -> m.present).toList();
    }

    public List<CouncilMember> absentMembers() {
        return members.stream().filter(m -> !m.present).toList();
    }

    public Optional<CouncilMember> chair() {
        return withRole(CouncilRole.CHAIR);
    }

    public Optional<CouncilMember> secretary() {
        return withRole(CouncilRole.SECRETARY);
    }

    public boolean baseTotal() {
        return rule != null && rule.base == CouncilRule.Base.TOTAL;
    }

    public List<Verdict> carriedVerdicts() {
        return verdicts.stream().filter(Verdict::carried).toList();
    }

    private Optional<CouncilMember> withRole(CouncilRole role) {
        return members.stream().filter(m -> m.role == role).findFirst();
    }
}
