package vn.tongket;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Entry point: starts the embedded database when no external one is configured, then Quarkus. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoExternalDatabase();
        Quarkus.run(args);
    }
}
