package io.evzone.notification.delivery.providers;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server from a URL: {@code smtp://[user:password@]host[:port]} (STARTTLS when the server offers it) or
 * {@code smtps://...} (TLS from the first byte, port 465 unless given).
 */
public record SmtpServer(String host, int port, boolean tls, String username, String password) {

    public static SmtpServer parse(String url) {
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("smtp") && !scheme.equals("smtps") || uri.getHost() == null) {
            throw new IllegalArgumentException("SMTP_URL must look like smtp://user:password@host:port");
        }
        boolean tls = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 25;
        String username = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            username = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new SmtpServer(uri.getHost(), port, tls, username, password);
    }

    public static SmtpServer local(int port) {
        return new SmtpServer("127.0.0.1", port, false, null, null);
    }

    public JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setProtocol(tls ? "smtps" : "smtp");
        sender.setUsername(username);
        sender.setPassword(password);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties properties = sender.getJavaMailProperties();
        String prefix = "mail." + sender.getProtocol() + ".";
        properties.setProperty(prefix + "auth", String.valueOf(username != null));
        properties.setProperty(prefix + "starttls.enable", String.valueOf(!tls));
        properties.setProperty(prefix + "connectiontimeout", "5000");
        properties.setProperty(prefix + "timeout", "10000");
        properties.setProperty(prefix + "writetimeout", "10000");
        return sender;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return (tls ? "smtps://" : "smtp://") + host + ":" + port;
    }
}
