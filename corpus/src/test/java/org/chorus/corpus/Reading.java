package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole file for a test, keeping the posts and the rejections in order. */
final class Reading {
  final List<Post> posts = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  /** Values left out of kept posts (rounded ids), as {@link RejectHandler#setAside} got them. */
  final List<Rejection> setAside = new ArrayList<>();
  /** Per record, in file order: the post id or "REJECT:<line>". */
  final List<String> sequence = new ArrayList<>();
  List<String> notes = List.of();

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reading of(Path file) throws IOException {
    return of(file, Format.AUTO, null);
  }

  static Reading of(Path file, Format format, ColumnMap map) throws IOException {
    Reading r = new Reading();
    RejectHandler handler = new RejectHandler() {
      @Override
      public void reject(Rejection rej) {
        r.rejections.add(rej);
        r.sequence.add("REJECT:" + rej.line());
      }

      @Override
      public void setAside(Rejection dropped) {
        r.setAside.add(dropped);
      }
    };
    try (PostReader reader = Datasets.open(file, format, map, handler)) {
      Post p;
      while ((p = reader.next()) != null) {
        r.posts.add(p);
        r.sequence.add(p.id());
      }
      r.notes = reader.notes();
    }
    return r;
  }

  /** Every data record ended as exactly one post or one rejection. */
  void assertAccounted(int records) {
    assertEquals(records, posts.size() + rejections.size(),
        "read = returned + rejected; posts " + ids() + ", rejections " + rejections);
  }

  List<String> ids() {
    return posts.stream().map(Post::id).toList();
  }

  Rejection onlyRejection() {
    assertEquals(1, rejections.size(), () -> "rejections: " + rejections);
    return rejections.get(0);
  }
}
