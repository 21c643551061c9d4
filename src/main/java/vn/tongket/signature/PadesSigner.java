package vn.tongket.signature;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Adds one PAdES baseline B signature (B-T with a timestamp authority) to a PDF as an incremental update, the way
 * PDFBox's CreateSignature example does: SubFilter ETSI.CAdES.detached, a detached CMS signature over the byte range
 * with the signing-certificate-v2 attribute and without the signing-time attribute (ETSI EN 319 142-1: the claimed
 * time is the signature dictionary's M entry).
 */
public final class PadesSigner {

    /** Room for the CMS in the file: the chain, and a timestamp token with its own chain. */
    private static final int SIGNATURE_SIZE = 32 * 1024;
    private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private final Optional<String> tsaUrl;

    public PadesSigner(Optional<String> tsaUrl) {
        this.tsaUrl = tsaUrl;
    }

    /** What the signature dictionary says of itself. */
    public record Claims(String name, String reason, String location, Instant at) {
    }

    public byte[] sign(byte[] pdf, SigningKeys.SigningKey key, Claims claims) {
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions();
             ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(claims.name());
            signature.setReason(claims.reason());
            signature.setLocation(claims.location());
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            at.setTimeInMillis(claims.at().toEpochMilli());
            signature.setSignDate(at);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, options);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent(), key));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF signing failed", e);
        }
    }

    private byte[] cms(InputStream content, SigningKeys.SigningKey key) throws IOException {
        try {
            X509Certificate cert = key.certificate();
            JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder(
                    key.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA");
            if (key.provider() != null) {
                signerBuilder.setProvider(key.provider());
            }
            ContentSigner signer = signerBuilder.build(key.key());
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            info.setSignedAttributeGenerator(withoutSigningTime(signingCertificateV2(cert)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info.build(signer, cert));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return (tsaUrl.isPresent() ? timestamped(signed, tsaUrl.get()) : signed).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | TSPException e) {
            throw new IllegalStateException("CMS signature not made: " + e.getClass().getSimpleName(), e);
        }
    }

    private static AttributeTable signingCertificateV2(X509Certificate cert) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{id}))));
        return new AttributeTable(attributes);
    }

    /** Bouncy Castle adds signing-time by default; PAdES baseline signatures must not carry it. */
    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable fixed) {
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(fixed);
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** Adds an RFC 3161 signature timestamp over the signature value as an unsigned attribute (PAdES B-T). */
    private static CMSSignedData timestamped(CMSSignedData signed, String url)
            throws IOException, TSPException, GeneralSecurityException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, digest,
                new BigInteger(64, new SecureRandom()));
        HttpResponse<byte[]> answer;
        try {
            answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking the timestamp authority", e);
        }
        TimeStampResponse response = new TimeStampResponse(answer.body());
        response.validate(request);
        if (response.getTimeStampToken() == null) {
            throw new IOException("The timestamp authority refused: " + response.getStatusString());
        }
        ASN1ObjectIdentifier oid = PKCSObjectIdentifiers.id_aa_signatureTimeStampToken;
        Hashtable<ASN1ObjectIdentifier, Attribute> unsigned = new Hashtable<>(Map.of(oid, new Attribute(oid,
                new DERSet(response.getTimeStampToken().toCMSSignedData().toASN1Structure()))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(List.of(stamped)));
    }
}
