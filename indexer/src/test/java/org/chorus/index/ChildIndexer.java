package org.chorus.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;

/**
 * Indexes a JSON Lines file slowly, committing often, so that {@link InterruptionTest} can kill
 * it part-way: {@code ChildIndexer INDEX_DIR INPUT}.
 */
public final class ChildIndexer {
  public static void main(String[] args) throws IOException {
    PostIndexer.ReaderFactory slow = (file, rejects) -> {
      PostReader in = new JsonlReader(file, rejects);
      return new PostReader() {
        long n;

        @Override
        public Post next() throws IOException {
          if (++n % 200 == 0) sleep();
          return in.next();
        }

        @Override
        public long line() {
          return in.line();
        }

        @Override
        public void close() throws IOException {
          in.close();
        }
      };
    };
    IndexSummary s = PostIndexer.create(Path.of(args[0]), slow, r -> {},
            PostIndexer.Options.defaults().withThreads(2)
                .withCommitEvery(1000, Duration.ofMinutes(1)).withShutdownHook(true))
        .run(List.of(Path.of(args[1])));
    System.out.println("finished=" + s.finished());
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
