package vn.tongket.preparation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the conference preparation (prefix {@code tongket.preparation}). */
@ConfigMapping(prefix = "tongket.preparation")
public interface PreparationConfig {

    /** Largest uploaded report section or presentation file, in bytes (10 MB). */
    @WithDefault("10485760")
    long maxFileBytes();
}
