package vn.tongket;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.tongket.security.SessionKeyCheck;

/**
 * Entry point: starts the embedded database when no external one is configured, then Quarkus with a session key
 * that Quarkus never has to make (and print) itself.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        SessionKeyCheck.generateFallbackKey();
        // Building an AppCDS archive (-Dquarkus.package.jar.appcds.enabled=true) starts the application only to record
        // the classes it loads.
        if (!Boolean.getBoolean("quarkus.appcds.generate")) {
            EmbeddedDatabase.startIfNoExternalDatabase();
        }
        Quarkus.run(args);
    }
}
