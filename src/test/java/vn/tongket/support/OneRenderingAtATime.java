package vn.tongket.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * One rendering slot and one place in the queue, and a queue wait longer than any test: a test that holds the slot
 * (through {@code RenderingGate}) decides exactly which request waits and which is refused.
 */
public class OneRenderingAtATime implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tongket.rendering.max-concurrent", "1",
                "tongket.rendering.queue", "1",
                "tongket.rendering.queue-wait", "PT10M");
    }
}
