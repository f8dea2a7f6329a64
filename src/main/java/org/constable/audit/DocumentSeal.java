package org.constable.audit;

import org.constable.audit.domain.CheckpointSigner;
import org.springframework.stereotype.Service;

/**
 * Signs documents that leave the force (a case file package's manifest) with the audit key, and
 * checks such a signature (ADR 0085). The key never leaves the audit module: other modules hand the
 * bytes in and get a hex HMAC-SHA256 back, under a key derived for the named use only.
 */
@Service
public class DocumentSeal {

    /** The algorithm named in a signature file, so a reader knows what to check. */
    public static final String ALGORITHM = "hmac-sha256";

    private final CheckpointSigner signer;

    DocumentSeal(CheckpointSigner signer) {
        this.signer = signer;
    }

    public String sign(String use, byte[] document) {
        return signer.signDocument(use, document);
    }

    public boolean verify(String use, byte[] document, String signature) {
        return signer.verifyDocument(use, document, signature);
    }
}
