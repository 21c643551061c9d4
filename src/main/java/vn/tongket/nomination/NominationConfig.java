package vn.tongket.nomination;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the commendation flow (tongket.nominations.*). */
@ConfigMapping(prefix = "tongket.nominations")
public interface NominationConfig {

    /** Cap per kind for a new conference (the plan: 20 collectives and 20 individuals). */
    @WithDefault("20")
    int defaultCap();

    /** Proposing unit when a nomination names none. */
    @WithDefault("Bộ Chỉ huy quân sự tỉnh")
    String defaultProposingUnit();

    /** Largest attachment accepted, in bytes (10 MB). */
    @WithDefault("10485760")
    int maxAttachmentBytes();
}
