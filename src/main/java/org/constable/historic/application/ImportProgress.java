package org.constable.historic.application;

import org.constable.historic.persistence.ImportLedger;

/** How far a background run has got, for the admin page to poll. Written by one thread, read by others. */
public final class ImportProgress implements ImportListener {

    private volatile int filesTotal;
    private volatile int filesDone;
    private volatile long bytesTotal;
    private volatile long bytesDone;
    private volatile long rowsRead;
    private volatile String currentFile = "";
    private volatile boolean finished;

    @Override
    public void started(long runId, int files, long bytes) {
        filesTotal = files;
        bytesTotal = bytes;
    }

    @Override
    public void fileStarted(String fileName) {
        currentFile = fileName;
    }

    @Override
    public void progressed(long bytes, long rows) {
        bytesDone = bytes;
        rowsRead = rows;
    }

    @Override
    public void fileFinished(ImportLedger.FileEntry file) {
        filesDone++;
    }

    void finish() {
        finished = true;
    }

    public int filesTotal() {
        return filesTotal;
    }

    public int filesDone() {
        return filesDone;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public String currentFile() {
        return currentFile;
    }

    public boolean finished() {
        return finished;
    }

    /** 0–100, by bytes of the files read. */
    public int percent() {
        return bytesTotal == 0 ? 0 : (int) Math.min(100, bytesDone * 100 / bytesTotal);
    }
}
