package vn.tongket.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database for every @QuarkusTest in the module. */
@QuarkusTestResource(EmbeddedDatabaseResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
