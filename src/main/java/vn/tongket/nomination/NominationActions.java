package vn.tongket.nomination;

import io.quarkus.qute.TemplateExtension;

/**
 * Lets templates ask the transition table whether a nomination allows an action, {@code
 * {#if n.can(NominationAction:SUBMIT)}}, so no page repeats a list of states.
 */
@TemplateExtension
final class NominationActions {

    private NominationActions() {
    }

    static boolean can(Nomination n, NominationAction action) {
        return action.allowedFrom(n.status);
    }
}
