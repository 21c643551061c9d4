package vn.tongket.signature;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Digital signatures of issued documents (prefix {@code tongket.signing}, environment {@code TONGKET_SIGNING_*}).
 * Without a keystore, documents are unsigned copies; in demo mode a certificate authority made at start signs them.
 */
@ConfigMapping(prefix = "tongket.signing")
public interface SigningConfig {

    /**
     * The PKCS#12 file holding the signer's key and certificate chain ({@code TONGKET_SIGNING_KEYSTORE}); "PKCS11"
     * reads the keys from the hardware token of the JDK's SunPKCS11 provider configured by {@link #pkcs11Config()}.
     */
    Optional<String> keystore();

    /** The keystore's password, or the token's PIN ({@code TONGKET_SIGNING_KEYSTORE_PASSWORD}); never logged. */
    Optional<Password> keystorePassword();

    /** The signer's key in the keystore ({@code TONGKET_SIGNING_KEY_ALIAS}); the first key entry when unset. */
    Optional<String> keyAlias();

    /**
     * The issuing office's key in the same keystore: when set, every issued document carries a second signature, the
     * office's, after the signer's (Decree 30/2020 Art. 8 and Appendix I part II, as the issue reads them; chưa xác
     * nhận: the decree's own text was not available to check).
     */
    Optional<String> officeKeyAlias();

    /** The SunPKCS11 configuration file (library, slot) used when {@link #keystore()} is "PKCS11". */
    Optional<String> pkcs11Config();

    /** Further trusted root certificates (PEM file) for verifying; the keystore's own root is always trusted. */
    Optional<String> trustAnchors();

    /** An RFC 3161 timestamp authority: when set, each signature gets a signature timestamp from it. */
    Optional<String> tsaUrl();

    /** The largest PDF {@code POST /api/verify} and the page /verify accept. */
    @WithDefault("10485760")
    int maxVerifyBytes();

    /** Verifications one client address may ask for in the rate window (tongket.security.rate-window). */
    @WithDefault("60")
    int maxVerificationsPerClient();

    /** A secret held so that its toString never shows it (configuration dumps, logged objects). */
    final class Password {
        private final char[] value;

        public Password(String value) {
            this.value = value.toCharArray();
        }

        public char[] chars() {
            return value.clone();
        }

        @Override
        public String toString() {
            return "****";
        }
    }
}
