package org.constable.opendata.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The published Crime ID: HMAC-SHA256 of the internal id under the force's secret key, 64 hex digits
 * like police.uk's. Stable across months (so an outcome can be followed), but without the key nobody
 * can go back from the hash to the record, not even by hashing every possible id.
 */
public final class CrimeIdHash {

    private final byte[] key;

    public CrimeIdHash(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("The crime id key must have at least 256 bits.");
        }
        this.key = key.clone();
    }

    public String of(long crimeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("crime:" + crimeId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
