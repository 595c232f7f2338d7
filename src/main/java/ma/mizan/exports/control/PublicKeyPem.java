package ma.mizan.exports.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * A public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo), the form OpenSSL reads, so
 * that a recipient can check a bundle's signature with {@code openssl pkeyutl -verify} and no Mizan at all.
 */
public final class PublicKeyPem {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private PublicKeyPem() {
    }

    /** The key as PEM text, 64 characters a line, ending with a newline. */
    public static String encode(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return BEGIN + "\n" + body + "\n" + END + "\n";
    }

    /** Reads an Ed25519 public key from PEM text. */
    public static PublicKey decode(String pem) throws GeneralSecurityException {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException("not a PEM public key (no " + BEGIN + " ... " + END + ")");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the PEM body is not base64", e);
        }
        return KeyFactory.getInstance(ExportBundle.SIGNATURE_ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    }
}
