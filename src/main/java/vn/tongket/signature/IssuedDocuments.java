package vn.tongket.signature;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import vn.tongket.TongketConfig;
import vn.tongket.document.PdfRenderer;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Issues documents: the first time an issued document (a registered letter, a decision) is asked for, it is rendered
 * with its seal (signature stamp and verification QR code), signed by the signer and then the office, and stored;
 * every later request gets the stored bytes. When what the document shows changes, the next request issues a new
 * version; stored versions are never changed. Without signing keys nothing is issued: callers render as before.
 */
@ApplicationScoped
public class IssuedDocuments {

    /** The seal a document's source is hashed with: versions differ by what they show, not by when they were signed. */
    private static final Seal PLACEHOLDER = new Seal(List.of("-", "-"), Instant.EPOCH, "about:blank", false);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningKeys keys;

    @Inject
    SigningConfig config;

    @Inject
    TongketConfig tongket;

    @Inject
    PdfRenderer renderer;

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** One document to issue: which it is, what it says of itself, and its XHTML for a given seal. */
    public record Request(IssuedDocument.Kind kind, long ownerId, String variant, String number, LocalDate issuedOn,
                          String issuer, String title, String location, Function<Seal, String> xhtml) {
    }

    public boolean signing() {
        return keys.enabled();
    }

    public SigningKeys.Mode mode() {
        return keys.mode();
    }

    /** The stored signed PDF, issued now if this is the first request or the document changed since. */
    public byte[] pdf(Request request) {
        String source = SignatureCheck.sha256(request.xhtml().apply(PLACEHOLDER).getBytes(StandardCharsets.UTF_8));
        IssuedDocument kept = current(request, source);
        if (kept != null) {
            return kept.content;
        }
        String lockKey = request.kind() + "/" + request.ownerId() + "/" + request.variant();
        synchronized (locks.computeIfAbsent(lockKey, k -> new Object())) {
            kept = current(request, source);
            return kept != null ? kept.content : issue(request, source);
        }
    }

    private IssuedDocument current(Request request, String source) {
        return QuarkusTransaction.requiringNew().call(() -> IssuedDocument
                .latest(request.kind(), request.ownerId(), request.variant())
                .filter(d -> d.sourceSha256.equals(source)).orElse(null));
    }

    private byte[] issue(Request request, String source) {
        String token = token();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<SigningKeys.SigningKey> signers = keys.signers();
        Seal seal = new Seal(signers.stream().map(k -> commonName(k.certificate())).toList(), at,
                verifyUrl(token), keys.mode() == SigningKeys.Mode.DEMO);
        byte[] pdf = renderer.render(request.xhtml().apply(seal));
        PadesSigner padesSigner = new PadesSigner(config.tsaUrl());
        for (SigningKeys.SigningKey key : signers) {
            pdf = padesSigner.sign(pdf, key, new PadesSigner.Claims(commonName(key.certificate()),
                    "Phát hành " + request.title() + " số " + request.number(), request.location(), at));
        }
        byte[] signed = pdf;
        QuarkusTransaction.requiringNew().run(() -> {
            IssuedDocument d = new IssuedDocument();
            d.token = token;
            d.kind = request.kind();
            d.ownerId = request.ownerId();
            d.variant = request.variant();
            d.version = IssuedDocument.latest(request.kind(), request.ownerId(), request.variant())
                    .map(previous -> previous.version + 1).orElse(1);
            d.sourceSha256 = source;
            d.contentSha256 = SignatureCheck.sha256(signed);
            d.number = request.number();
            d.issuedOn = request.issuedOn();
            d.issuer = request.issuer();
            d.title = request.title();
            d.demo = keys.mode() == SigningKeys.Mode.DEMO;
            d.content = signed;
            d.signedAt = at;
            d.persist();
            Log.infof("Issued %s %d version %d (%s), signed", d.kind, d.ownerId, d.version, d.number);
        });
        return signed;
    }

    public String verifyUrl(String token) {
        String base = tongket.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + token;
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String commonName(java.security.cert.X509Certificate cert) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        var cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
