package io.evzone.platform.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held for as long as its servers run.
 *
 * <p>The operating system releases the lock when the process dies, however it dies. So while it is held, any server
 * process recorded in the directory's pid files is an orphan of an earlier, killed JVM, and is safe to stop.
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final String LOCK_FILE = ".evzone.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dataDir}, creating it when missing.
     *
     * @throws EmbeddedServerException when another process, or this one, already holds the lock
     */
    static DataDirectoryLock acquire(Path dataDir) {
        createDirectories(dataDir);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new EmbeddedServerException(
                    "Data directory " + dataDir.toAbsolutePath() + " is in use by another EVZone process; "
                            + "stop it, or set " + EmbeddedSettings.DATA_DIR_VARIABLE + " to another directory",
                    e);
        }
    }

    static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new EmbeddedServerException("Cannot create directory " + directory.toAbsolutePath(), e);
        }
    }

    /** Releases the lock; does nothing when already released. */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // The channel is unusable either way.
        }
    }
}
