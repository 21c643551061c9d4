package vn.tongket.support;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** A PKCS#12 keystore made for a test: a root and a signer it issues, like an operator's file (never committed). */
public final class TestCertificates {

    private TestCertificates() {
    }

    /** Writes a keystore with one key entry ({@code alias}) whose chain is signer then root; returns its path. */
    public static Path pkcs12(String signerName, String alias, char[] password) {
        try {
            KeyPair root = keys();
            KeyPair signer = keys();
            X500Name rootName = new X500Name("CN=Test root " + System.nanoTime() + ",O=Tong ket tests,C=VN");
            X509Certificate rootCert = cert(rootName, root, rootName, root, true);
            X509Certificate signerCert = cert(new X500Name("CN=" + signerName + ",O=Tong ket tests,C=VN"), signer,
                    rootName, root, false);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, signer.getPrivate(), password, new Certificate[]{signerCert, rootCert});
            Path file = Files.createTempFile("signing-", ".p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate cert(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
                                        boolean ca) throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
