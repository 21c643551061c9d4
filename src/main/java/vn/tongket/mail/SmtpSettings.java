package vn.tongket.mail;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SMTP server the outbox sender talks to, from the standard {@code quarkus.mailer.*} settings (QUARKUS_MAILER_*):
 * host, port, tls (or the older ssl), start-tls, login, username, password, auth-methods, trust-all, truststore,
 * own-host-name, disable-esmtp, from, bounce-address and mock. Read once; checked at the first send.
 */
@ApplicationScoped
public class SmtpSettings {

    /** How the sender logs in: the Quarkus/Vert.x mailer's modes that a plain SMTP relay uses. */
    enum Login { DISABLED, NONE, REQUIRED }

    /** STARTTLS: never, when the server offers it, or refuse to send without it. */
    enum StartTls { DISABLED, OPTIONAL, REQUIRED }

    @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost")
    String host;

    @ConfigProperty(name = "quarkus.mailer.port")
    OptionalInt port;

    @ConfigProperty(name = "quarkus.mailer.tls")
    Optional<Boolean> tls;

    @ConfigProperty(name = "quarkus.mailer.ssl", defaultValue = "false")
    boolean ssl;

    @ConfigProperty(name = "quarkus.mailer.start-tls", defaultValue = "OPTIONAL")
    String startTls;

    @ConfigProperty(name = "quarkus.mailer.login", defaultValue = "NONE")
    String login;

    @ConfigProperty(name = "quarkus.mailer.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.mailer.password")
    Optional<String> password;

    @ConfigProperty(name = "quarkus.mailer.auth-methods")
    Optional<String> authMethods;

    @ConfigProperty(name = "quarkus.mailer.trust-all")
    Optional<Boolean> trustAll;

    @ConfigProperty(name = "quarkus.mailer.truststore.paths")
    Optional<List<String>> truststorePaths;

    @ConfigProperty(name = "quarkus.mailer.truststore.password")
    Optional<String> truststorePassword;

    @ConfigProperty(name = "quarkus.mailer.truststore.type")
    Optional<String> truststoreType;

    @ConfigProperty(name = "quarkus.mailer.own-host-name")
    Optional<String> ownHostName;

    @ConfigProperty(name = "quarkus.mailer.disable-esmtp", defaultValue = "false")
    boolean disableEsmtp;

    @ConfigProperty(name = "quarkus.mailer.from")
    Optional<String> from;

    @ConfigProperty(name = "quarkus.mailer.bounce-address")
    Optional<String> bounceAddress;

    @ConfigProperty(name = "quarkus.mailer.mock")
    Optional<Boolean> mock;

    private volatile SSLContext sslContext;
    private volatile String heloName;

    /** Dev mode (and test mode, unless set) logs mails through the Quarkus mock mailer instead of sending them. */
    boolean mocked() {
        return mock.orElse(LaunchMode.current() != LaunchMode.NORMAL);
    }

    String host() {
        return host;
    }

    /** The port set, or 465 for TLS from the first byte, or 25. */
    int port() {
        return port.orElse(implicitTls() ? 465 : 25);
    }

    /** TLS from the first byte (SMTPS, usually port 465). */
    boolean implicitTls() {
        return tls.orElse(ssl);
    }

    StartTls startTls() {
        return parse(StartTls.class, startTls, "quarkus.mailer.start-tls");
    }

    Login login() {
        return parse(Login.class, login, "quarkus.mailer.login");
    }

    Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    String password() {
        return password.orElse("");
    }

    /** The login mechanisms allowed (PLAIN, LOGIN), in the order preferred; all of them unless auth-methods says. */
    List<String> authMechanisms() {
        Set<String> allowed = authMethods.map(m -> Set.of(m.toUpperCase(Locale.ROOT).trim().split("[\\s,]+")))
                .orElse(Set.of("PLAIN", "LOGIN"));
        return List.of("PLAIN", "LOGIN").stream().filter(allowed::contains).collect(Collectors.toList());
    }

    boolean trustAll() {
        return trustAll.orElse(false);
    }

    boolean esmtp() {
        return !disableEsmtp;
    }

    /** The name given in EHLO: own-host-name, or this machine's name (looked up once). */
    String heloName() {
        String name = heloName;
        if (name == null) {
            name = ownHostName.filter(n -> !n.isBlank()).orElseGet(() -> {
                try {
                    return java.net.InetAddress.getLocalHost().getCanonicalHostName();
                } catch (java.io.IOException e) {
                    return "localhost";
                }
            });
            heloName = name;
        }
        return name;
    }

    /** The From header as set (display name and address). */
    Optional<String> from() {
        return from.filter(f -> !f.isBlank());
    }

    /** The envelope sender (MAIL FROM): the bounce address, or the From address. */
    String envelopeFrom() {
        String address = bounceAddress.filter(b -> !b.isBlank()).or(this::from).orElse("");
        return address.isEmpty() ? "" : new io.vertx.ext.mail.mailencoder.EmailAddress(address).getEmail();
    }

    /**
     * TLS for the connection: the JVM's trusted authorities, or those of quarkus.mailer.truststore (PKCS12 or JKS), or
     * any certificate when trust-all. The server's name is checked against its certificate unless trust-all.
     */
    SSLContext sslContext() throws GeneralSecurityException, java.io.IOException {
        SSLContext context = sslContext;
        if (context == null) {
            context = SSLContext.getInstance("TLS");
            TrustManager[] trust = null;
            if (trustAll()) {
                trust = new TrustManager[]{new TrustEveryone()};
            } else if (truststorePaths.isPresent() && !truststorePaths.get().isEmpty()) {
                KeyStore store = KeyStore.getInstance(truststoreType.orElse("PKCS12"));
                try (InputStream in = Files.newInputStream(Path.of(truststorePaths.get().get(0)))) {
                    store.load(in, truststorePassword.map(String::toCharArray).orElse(null));
                }
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                trust = factory.getTrustManagers();
            }
            context.init(null, trust, null);
            sslContext = context;
        }
        return context;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String property) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + "=" + value + " is not supported here; use one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** quarkus.mailer.trust-all: for a relay with a self-signed certificate on a closed network. */
    private static final class TrustEveryone implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
