package vn.tongket.script;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the MC's script (prefix {@code tongket.script}). */
@ConfigMapping(prefix = "tongket.script")
public interface ScriptConfig {

    /** How many awardees the MC calls up at once: as many as stand on the stage in one row for the photograph. */
    @WithDefault("10")
    int stageGroupSize();
}
