package org.constable.evidence.storage;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The evidence storage contract on the content-addressed folder beside the database. */
class FolderStorageKeepsEvidenceTest extends EvidenceStorageContract {

    @TempDir
    Path root;

    FolderStorage storage;

    @BeforeEach
    void setUp() throws Exception {
        storage = new FolderStorage(root);
    }

    @Override
    EvidenceStorage storage() {
        return storage;
    }

    @Override
    void tamper(String sha256) throws Exception {
        Path p = storage.sealed(sha256);
        FileTime time = Files.getLastModifiedTime(p);
        p.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0x01);
        }
        Files.setLastModifiedTime(p, FileTime.fromMillis(time.toMillis() + 5000));
    }
}
