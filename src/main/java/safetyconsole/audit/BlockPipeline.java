package safetyconsole.audit;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a file's blocks of lines on the calling thread, decodes them on the decoders it is given (the console's:
 * one thread per core), and hands the results back in file order: a hash chain is checked in order, but its lines
 * can be parsed and hashed apart. At most {@link #IN_FLIGHT} blocks are decoded or waiting at once, so memory does
 * not grow with the file. A file of one block is decoded on the calling thread.
 */
final class BlockPipeline {

    static final int IN_FLIGHT = 4;

    private final int blockBytes;
    private final Executor decoders;
    private int held;
    private int peakHeld;

    BlockPipeline(int blockBytes, Executor decoders) {
        this.blockBytes = blockBytes;
        this.decoders = decoders;
    }

    <R> void run(Path file, Function<LineBlocks.Block, R> decode, Consumer<R> inOrder) throws IOException {
        Deque<Future<R>> decoding = new ArrayDeque<>();
        try (LineBlocks blocks = LineBlocks.open(file, blockBytes)) {
            LineBlocks.Block first = read(blocks);
            LineBlocks.Block block = first == null ? null : read(blocks);
            if (block == null) {
                if (first != null) {
                    inOrder.accept(decode.apply(first));
                }
                return;
            }
            decoding.add(submit(decode, first));
            for (; block != null; block = read(blocks)) {
                decoding.add(submit(decode, block));
                if (decoding.size() == IN_FLIGHT) {
                    inOrder.accept(next(decoding));
                }
            }
            while (!decoding.isEmpty()) {
                inOrder.accept(next(decoding));
            }
        } finally {
            // After a failure the blocks still queued are not decoded: nobody waits for them.
            decoding.forEach(future -> future.cancel(false));
        }
    }

    /** The most blocks this pipeline held at once, read and not yet handed on. */
    int peakBlocksHeld() {
        return peakHeld;
    }

    private LineBlocks.Block read(LineBlocks blocks) throws IOException {
        LineBlocks.Block block = blocks.next();
        if (block != null) {
            peakHeld = Math.max(peakHeld, ++held);
        }
        return block;
    }

    private <R> Future<R> submit(Function<LineBlocks.Block, R> decode, LineBlocks.Block block) {
        FutureTask<R> task = new FutureTask<>(() -> decode.apply(block));
        decoders.execute(task);
        return task;
    }

    private <R> R next(Deque<Future<R>> decoding) throws IOException {
        try {
            R result = decoding.poll().get();
            held--;
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading the audit log");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
