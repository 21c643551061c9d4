package vn.tongket.signature;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.tongket.TongketConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys that sign issued documents and the roots verification trusts: from the configured keystore (PKCS#12 file,
 * or a hardware token through SunPKCS11), or, in demo mode without one, from a certificate authority made at start
 * and held only in memory (never a committed key). Without either, signing is off.
 */
@ApplicationScoped
@Startup
@jakarta.inject.Named("signingKeys")
public class SigningKeys {

    /** How documents are signed now. */
    public enum Mode { OFF, DEMO, KEYSTORE }

    /** A private key with its certificate chain (the signer's certificate first). */
    public record SigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private final Mode mode;
    private final SigningKey signer;
    private final SigningKey office;
    private final Set<X509Certificate> anchors;

    @jakarta.inject.Inject
    public SigningKeys(SigningConfig config, TongketConfig tongket) {
        if (config.keystore().isPresent()) {
            KeyStore store = open(config);
            signer = entry(store, config.keyAlias().orElseGet(() -> firstKey(store)), config);
            office = config.officeKeyAlias().map(alias -> entry(store, alias, config)).orElse(null);
            anchors = anchors(config, signer, office);
            mode = Mode.KEYSTORE;
            Log.infof("Signing documents as %s%s", signer.certificate().getSubjectX500Principal().getName(),
                    office == null ? "" : " and " + office.certificate().getSubjectX500Principal().getName());
        } else if (tongket.demo()) {
            DemoAuthority demo = new DemoAuthority();
            signer = demo.issue("Nguyễn Văn Demo (chứng thư thử nghiệm)", false);
            office = demo.issue("Văn phòng demo (chứng thư thử nghiệm)", true);
            anchors = Set.of(demo.root);
            mode = Mode.DEMO;
            Log.info("Signing documents with a demo certificate authority made at start (not a real certificate)");
        } else {
            signer = null;
            office = null;
            anchors = Set.of();
            mode = Mode.OFF;
        }
    }

    public Mode mode() {
        return mode;
    }

    public boolean enabled() {
        return mode != Mode.OFF;
    }

    /** The signer's key; then, when configured, the office's: the order in which they sign. */
    public List<SigningKey> signers() {
        return office == null ? List.of(signer) : List.of(signer, office);
    }

    public Set<X509Certificate> trustAnchors() {
        return anchors;
    }

    private static KeyStore open(SigningConfig config) {
        char[] password = config.keystorePassword().map(SigningConfig.Password::chars).orElse(new char[0]);
        String location = config.keystore().orElseThrow();
        try {
            if (location.equalsIgnoreCase("PKCS11")) {
                Provider provider = Security.getProvider("SunPKCS11").configure(config.pkcs11Config()
                        .orElseThrow(() -> new IllegalStateException("tongket.signing.pkcs11-config is not set")));
                Security.addProvider(provider);
                KeyStore store = KeyStore.getInstance("PKCS11", provider);
                store.load(null, password);
                return store;
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of(location))) {
                store.load(in, password);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            // The message names the file, never the password.
            throw new IllegalStateException("Signing keystore " + location + " cannot be opened: "
                    + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static String firstKey(KeyStore store) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return alias;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("The signing keystore holds no private key");
    }

    private static SigningKey entry(KeyStore store, String alias, SigningConfig config) {
        char[] password = config.keystorePassword().map(SigningConfig.Password::chars).orElse(new char[0]);
        try {
            if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
                throw new IllegalStateException("No private key under alias " + alias + " in the signing keystore");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(alias)) {
                chain.add((X509Certificate) c);
            }
            chain.get(0).checkValidity();
            // A token's key signs only inside the token, through its provider; a file's key signs anywhere.
            return new SigningKey(key, List.copyOf(chain),
                    store.getType().equalsIgnoreCase("PKCS11") ? store.getProvider() : null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key " + alias + " unusable: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Set<X509Certificate> anchors(SigningConfig config, SigningKey signer, SigningKey office) {
        Set<X509Certificate> roots = new LinkedHashSet<>();
        roots.add(signer.chain().get(signer.chain().size() - 1));
        if (office != null) {
            roots.add(office.chain().get(office.chain().size() - 1));
        }
        config.trustAnchors().ifPresent(file -> {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                CertificateFactory.getInstance("X.509").generateCertificates(in)
                        .forEach(c -> roots.add((X509Certificate) c));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Trust anchors in " + file + " unreadable", e);
            }
        });
        return Set.copyOf(roots);
    }

    /** A root and the certificates it issues, in memory only, for demo mode and tests. */
    static final class DemoAuthority {
        private final KeyPair rootKeys = keys();
        final X509Certificate root;

        DemoAuthority() {
            X500Name name = name("Tổng kết DEMO CA (không dùng thật)", null);
            root = certificate(name, rootKeys.getPublic(), name, rootKeys.getPrivate(), true, null);
        }

        SigningKey issue(String commonName, boolean office) {
            KeyPair pair = keys();
            X500Name subject = name(commonName, office ? "Văn phòng" : null);
            X509Certificate cert = certificate(subject, pair.getPublic(),
                    name("Tổng kết DEMO CA (không dùng thật)", null), rootKeys.getPrivate(), false, root);
            return new SigningKey(pair.getPrivate(), List.of(cert, root), null);
        }

        private static X500Name name(String cn, String unit) {
            X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, "Tổng kết (demo)");
            if (unit != null) {
                b.addRDN(BCStyle.OU, unit);
            }
            return b.addRDN(BCStyle.CN, cn).build();
        }

        private static KeyPair keys() {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048, new SecureRandom());
                return g.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static X509Certificate certificate(X500Name subject, java.security.PublicKey key, X500Name issuer,
                                                   PrivateKey issuerKey, boolean ca, X509Certificate issuerCert) {
            Instant now = Instant.now();
            try {
                JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
                X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                        new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(ca ? 3650 : 730))),
                        subject, key);
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
                b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(key));
                if (ca) {
                    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                } else {
                    b.addExtension(Extension.authorityKeyIdentifier, false,
                            ext.createAuthorityKeyIdentifier(issuerCert));
                    b.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                    b.addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
                }
                return new JcaX509CertificateConverter().getCertificate(
                        b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
            } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
                throw new IllegalStateException("Demo certificate not made", e);
            }
        }
    }

    /** For tests and tools: the keys of a fresh demo authority. */
    static SigningKeys demo() {
        return new SigningKeys(new DemoAuthority());
    }

    private SigningKeys(DemoAuthority demo) {
        signer = demo.issue("Nguyễn Văn Demo (chứng thư thử nghiệm)", false);
        office = demo.issue("Văn phòng demo (chứng thư thử nghiệm)", true);
        anchors = Set.of(demo.root);
        mode = Mode.DEMO;
    }
}
