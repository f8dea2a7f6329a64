package org.constable.historic.application;

import org.constable.historic.persistence.ImportLedger;

/** Hears how a run goes: the console's progress bar and the admin page's progress both listen. */
public interface ImportListener {

    default void started(long runId, int files, long bytesTotal) {}

    default void fileStarted(String fileName) {}

    /** Bytes of the run's files read so far (compressed size for .gz), and rows read in this run. */
    default void progressed(long bytesDone, long rowsRead) {}

    /** Called after the file's transaction has committed (or, for a failed file, rolled back). */
    default void fileFinished(ImportLedger.FileEntry file) {}
}
