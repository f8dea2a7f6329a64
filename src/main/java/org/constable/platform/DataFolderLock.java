package org.constable.platform;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;

/**
 * The lock a running Constable holds on its data folder for as long as it runs. The operating system
 * lets it go when the process ends in any way, a {@code kill -9} included, so whoever holds it knows
 * that no other live application uses the folder's database, and that a server found running there
 * was left behind.
 */
final class DataFolderLock implements Closeable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or says clearly that another running Constable has it. */
    static DataFolderLock take(File dataDirectory) throws IOException {
        // beside the server's folder, never in it: initdb refuses a folder that is not empty
        File file = new File(dataDirectory.getAbsolutePath() + ".lock");
        FileChannel channel = FileChannel.open(file.toPath(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException(
                    "The data folder " + dataDirectory.getAbsoluteFile().getParent()
                            + " is in use by another running Constable: stop it first, or give this one its own data"
                            + " folder (CONSTABLE_DATA_DIR).");
        }
        return new DataFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
