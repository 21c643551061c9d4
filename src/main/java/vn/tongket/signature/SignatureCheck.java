package vn.tongket.signature;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a PDF's signatures with PDFBox and Bouncy Castle, as PDFBox's ShowSignature example does: each signature's
 * CMS verifies over its byte range, the byte ranges leave out only the signature itself, the last signature covers
 * the whole file (nothing was appended after signing), and each signer's certificate chains, at the signing time, to
 * a trusted root. Revocation "where reachable": a certificate that names an OCSP responder or CRL is checked there
 * (an unreachable responder does not fail the check); one that names none is not checked.
 */
public final class SignatureCheck {

    /** Why a document is, or is not, valid. */
    public enum Reason { VALID, NOT_PDF, UNSIGNED, ALTERED, CHANGED_AFTER_SIGNING, UNTRUSTED, UNKNOWN_DOCUMENT,
        OTHER_DOCUMENT }

    /** One signature: who signed (the certificate's common name) and when (the timestamp's time, else the claim). */
    public record Signer(String name, Instant signedAt) {
    }

    public record Verdict(Reason reason, List<Signer> signers, String sha256) {
        public boolean valid() {
            return reason == Reason.VALID;
        }

        public Verdict because(Reason other) {
            return new Verdict(other, signers, sha256);
        }
    }

    private final Set<X509Certificate> anchors;

    public SignatureCheck(Set<X509Certificate> anchors) {
        this.anchors = anchors;
    }

    public Verdict check(byte[] pdf) {
        String hash = sha256(pdf);
        List<Signer> signers = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Verdict(Reason.UNSIGNED, signers, hash);
            }
            long coveredTo = 0;
            for (PDSignature signature : signatures) {
                int[] range = signature.getByteRange();
                Reason reason = checkOne(signature, range, pdf, signers);
                if (reason != Reason.VALID) {
                    return new Verdict(reason, signers, hash);
                }
                coveredTo = Math.max(coveredTo, (long) range[2] + range[3]);
            }
            if (coveredTo != pdf.length) {
                return new Verdict(Reason.CHANGED_AFTER_SIGNING, signers, hash);
            }
            return new Verdict(Reason.VALID, signers, hash);
        } catch (IOException | RuntimeException e) {
            return new Verdict(Reason.NOT_PDF, signers, hash);
        }
    }

    private Reason checkOne(PDSignature signature, int[] range, byte[] pdf, List<Signer> signers) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[3] < 0
                || (long) range[2] + range[3] > pdf.length || range[2] <= range[1]) {
            return Reason.ALTERED;
        }
        // The gap between the two ranges is exactly the signature's /Contents hex string, <...>: nothing else unsigned.
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return Reason.ALTERED;
        }
        try {
            byte[] content = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), signature.getContents(pdf));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                return Reason.ALTERED;
            }
            X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return Reason.ALTERED;
            }
            Instant at = signingTime(info, signature);
            signers.add(new Signer(commonName(holder.getSubject()), at));
            List<X509Certificate> pool = new ArrayList<>();
            for (Object o : cms.getCertificates().getMatches(null)) {
                pool.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) o));
            }
            return chains(cert, pool, at) ? Reason.VALID : Reason.UNTRUSTED;
        } catch (CMSException | OperatorCreationException | IOException | RuntimeException e) {
            return Reason.ALTERED;
        } catch (GeneralSecurityException e) {
            return Reason.UNTRUSTED;
        }
    }

    /** The signature timestamp's time when there is one that verifies, else the time the signature claims. */
    private static Instant signingTime(SignerInformation info, PDSignature signature) {
        if (info.getUnsignedAttributes() != null) {
            Attribute stamp = info.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (stamp != null) {
                try {
                    ASN1Encodable value = stamp.getAttrValues().getObjectAt(0);
                    TimeStampToken token = new TimeStampToken(new CMSSignedData(value.toASN1Primitive().getEncoded()));
                    byte[] expected = MessageDigest.getInstance("SHA-256").digest(info.getSignature());
                    if (Arrays.equals(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
                        return token.getTimeStampInfo().getGenTime().toInstant();
                    }
                } catch (IOException | CMSException | TSPException | GeneralSecurityException e) {
                    // An unreadable timestamp leaves the claimed time.
                }
            }
        }
        return signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    }

    private boolean chains(X509Certificate cert, List<X509Certificate> pool, Instant at)
            throws GeneralSecurityException {
        if (anchors.isEmpty()) {
            return false;
        }
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(cert);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(
                anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet()), target);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
        parameters.setDate(Date.from(at == null ? Instant.now() : at));
        CertPathBuilder builder = CertPathBuilder.getInstance("PKIX");
        if (namesRevocationSource(cert)) {
            PKIXRevocationChecker revocation = (PKIXRevocationChecker) builder.getRevocationChecker();
            revocation.setOptions(EnumSet.of(PKIXRevocationChecker.Option.SOFT_FAIL,
                    PKIXRevocationChecker.Option.ONLY_END_ENTITY));
            parameters.addCertPathChecker(revocation);
        } else {
            parameters.setRevocationEnabled(false);
        }
        try {
            builder.build(parameters);
            return true;
        } catch (CertPathBuilderException e) {
            return false;
        }
    }

    private static boolean namesRevocationSource(X509Certificate cert) {
        return cert.getExtensionValue(Extension.authorityInfoAccess.getId()) != null
                || cert.getExtensionValue(Extension.cRLDistributionPoints.getId()) != null;
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
