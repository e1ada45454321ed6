package org.chorus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Several files read one after the other as one stream; each is opened when reached. */
final class SequenceReader implements PostReader {
  /** Opens one file; {@link Datasets} supplies it with the format and column map bound. */
  interface Opener {
    PostReader open(Path file) throws IOException;
  }

  private final Iterator<Path> files;
  private final Opener opener;
  private final Set<String> notes = new LinkedHashSet<>();
  private PostReader current;

  SequenceReader(List<Path> files, Opener opener) {
    this.files = List.copyOf(files).iterator();
    this.opener = opener;
  }

  @Override
  public Post next() throws IOException {
    while (true) {
      if (current == null) {
        if (!files.hasNext()) return null;
        current = opener.open(files.next());
      }
      Post post = current.next();
      if (post != null) return post;
      notes.addAll(current.notes()); // final now that the file is read
      current.close();
      current = null;
    }
  }

  @Override
  public long line() {
    return current == null ? 0 : current.line();
  }

  @Override
  public List<String> notes() {
    List<String> all = new ArrayList<>(notes);
    if (current != null) all.addAll(current.notes());
    return all;
  }

  @Override
  public void close() throws IOException {
    if (current != null) current.close();
    current = null;
  }
}
