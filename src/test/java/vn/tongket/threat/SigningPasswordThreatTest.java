package vn.tongket.threat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.TestCertificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threat: the signing keystore's password reaches the log, and with the file anyone could sign as the command;
 * defence: the password is held as a type that never prints itself and no message names it.
 */
@QuarkusTest
@TestProfile(SigningPasswordThreatTest.WithKeystore.class)
class SigningPasswordThreatTest {

    static final String PASSWORD = "Ky-so-" + UUID.randomUUID();
    static final Path LOG = Path.of("target", "signing-threat-" + UUID.randomUUID() + ".log");

    /** An operator's configuration: a PKCS#12 file, its password, the key's alias, and the log in a file. */
    public static class WithKeystore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path keystore = TestCertificates.pkcs12("Lê Văn Ký", "signer", PASSWORD.toCharArray());
            return Map.of("tongket.signing.keystore", keystore.toString(),
                    "tongket.signing.keystore-password", PASSWORD,
                    "tongket.signing.key-alias", "signer",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.category.\"vn.tongket\".level", "DEBUG");
        }
    }

    @Test
    void theKeystoreSignsAndItsPasswordIsNeverLogged() throws Exception {
        long conf = Api.createConference("Hội nghị ký bằng tệp khóa", false);
        long delegate = Api.addDelegate(conf, "Ngô Quyền", "quyen.kyso@example.vn", "GUEST", 1);
        long invitation = ((Number) Api.as(Api.ORGANIZER).post("/api/conferences/" + conf + "/invitations").then()
                .extract().jsonPath().getList("id").get(0)).longValue();
        byte[] letter = Api.as(Api.ORGANIZER).accept("application/pdf")
                .get("/api/invitations/" + invitation + "/letter.pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(letter)) {
            assertEquals(1, doc.getSignatureDictionaries().size(), "one key configured: the signer's signature");
        }
        RestAssured.given().contentType("application/pdf").body(letter).post("/api/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("signers[0].name", equalTo("Lê Văn Ký"));

        String log = Files.readString(LOG);
        assertTrue(log.contains("Signing documents as"), "the log says which certificate signs:\n" + log);
        assertFalse(log.contains(PASSWORD), "the keystore password is not in the log");
        assertTrue(delegate > 0);
    }
}
