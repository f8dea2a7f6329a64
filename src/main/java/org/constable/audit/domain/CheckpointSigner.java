package org.constable.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over (sequence number, entry hash). The key lives outside the database, so someone
 * who can rewrite the whole chain in the database still cannot forge a checkpoint.
 */
public final class CheckpointSigner {

    private final byte[] key;

    public CheckpointSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the checkpoint key must be at least 256 bits");
        }
        this.key = key.clone();
    }

    public String sign(long seq, String entryHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((seq + ":" + entryHash).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(long seq, String entryHash, String signature) {
        return MessageDigest.isEqual(
                sign(seq, entryHash).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * HMAC-SHA256 of a document under a key derived from the checkpoint key for one use only
     * ({@code use}, such as "case-file-manifest"), so a document's signature can never pass for a
     * checkpoint's, nor one kind of document's for another's (ADR 0085).
     */
    public String signDocument(String use, byte[] document) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] subKey = derive.doFinal(("constable document signing: " + use).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(document));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verifyDocument(String use, byte[] document, String signature) {
        return MessageDigest.isEqual(
                signDocument(use, document).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
