package org.leavetracker.adapters.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * AWS KMS's Encrypt and Decrypt as the API reference documents them (JSON 1.1, {@code X-Amz-Target:
 * TrentService.*}), for one symmetric key: the encryption context must match on Decrypt, else
 * InvalidCiphertextException; another key id is IncorrectKeyException; an unknown key NotFoundException; a disabled
 * key DisabledException. It counts the calls, so tests see what a cache saves.
 */
public final class RecordedKms implements AutoCloseable {

    public static final String KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private final HttpServer server;
    private final byte[] keyMaterial = new byte[32];
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger encrypts = new AtomicInteger();
    private final AtomicInteger decrypts = new AtomicInteger();
    private volatile boolean disabled;

    public RecordedKms() {
        random.nextBytes(keyMaterial);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", RecordedHttp.safely(this::handle));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int encrypts() {
        return encrypts.get();
    }

    public int decrypts() {
        return decrypts.get();
    }

    /** The key is disabled (DisabledException), as an operator may do. */
    public void disable() {
        disabled = true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        Map<String, Object> body = RecordedHttp.jsonBody(exchange);
        String keyId = (String) body.get("KeyId");
        if (keyId != null && !keyId.equals(KEY_ARN) && !KEY_ARN.endsWith("/" + keyId)) {
            error(exchange, target.endsWith("Decrypt") ? "IncorrectKeyException" : "NotFoundException",
                    "Key '" + keyId + "' does not exist");
            return;
        }
        if (disabled) {
            error(exchange, "DisabledException", KEY_ARN + " is disabled.");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> context = new TreeMap<>((Map<String, String>) body.getOrDefault("EncryptionContext",
                Map.of()));
        switch (target) {
            case "TrentService.Encrypt" -> {
                encrypts.incrementAndGet();
                byte[] plain = Base64.getDecoder().decode((String) body.get("Plaintext"));
                send(exchange, Map.of("CiphertextBlob", Base64.getEncoder().encodeToString(seal(plain, context)),
                        "KeyId", KEY_ARN, "EncryptionAlgorithm", "SYMMETRIC_DEFAULT"));
            }
            case "TrentService.Decrypt" -> {
                decrypts.incrementAndGet();
                byte[] blob = Base64.getDecoder().decode((String) body.get("CiphertextBlob"));
                try {
                    send(exchange, Map.of("Plaintext", Base64.getEncoder().encodeToString(open(blob, context)),
                            "KeyId", KEY_ARN, "EncryptionAlgorithm", "SYMMETRIC_DEFAULT"));
                } catch (GeneralSecurityException | RuntimeException e) {
                    error(exchange, "InvalidCiphertextException", null);
                }
            }
            default -> error(exchange, "UnknownOperationException", null);
        }
    }

    private byte[] seal(byte[] plain, Map<String, String> context) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] open(byte[] blob, Map<String, String> context) throws GeneralSecurityException {
        byte[] nonce = java.util.Arrays.copyOf(blob, 12);
        return cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(blob, 12, blob.length - 12);
    }

    private Cipher cipher(int mode, byte[] nonce, Map<String, String> context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keyMaterial, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(context.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static void send(HttpExchange exchange, Object body) throws IOException {
        exchange.getResponseHeaders().add("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        byte[] bytes = RecordedHttp.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void error(HttpExchange exchange, String type, String message) throws IOException {
        Map<String, Object> body = message == null ? Map.of("__type", type) : Map.of("__type", type,
                "message", message);
        byte[] bytes = RecordedHttp.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().add("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        exchange.sendResponseHeaders(400, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
