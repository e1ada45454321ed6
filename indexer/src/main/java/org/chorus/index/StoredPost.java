package org.chorus.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;

/**
 * The bytes a post is stored as in {@link Schema#SOURCE}: every field of the {@link Post},
 * strings as length-prefixed UTF-8, the time as seconds and nanoseconds, absent fields as bits
 * of one flags byte. It replaced a JSON line there: writing JSON cost a microsecond a post on
 * the indexing path, and its field names made the stored fields, which Lucene compresses post
 * by post, a third larger. The first byte is the format, so a change can be read beside the old.
 *
 * <p>An encoder reuses its buffer: one per indexing thread.
 */
final class StoredPost {
  private static final byte FORMAT = 1;
  private static final int SCREEN_NAME = 1, LANG = 2, RETWEET = 4, RETWEET_OF = 8, REPLY_TO = 16,
      QUOTE_OF = 32;

  private byte[] buffer = new byte[512];
  private final ByteArrayDataOutput out = new ByteArrayDataOutput();

  /** The stored form of {@code post}; valid until the next call. */
  BytesRef encode(Post post) {
    buffer = ArrayUtil.grow(buffer, maxBytes(post));
    out.reset(buffer);
    try {
      out.writeByte(FORMAT);
      Account account = post.account();
      int flags = (account.screenName() != null ? SCREEN_NAME : 0) | (post.lang() != null ? LANG : 0)
          | (post.retweet() ? RETWEET : 0) | (post.retweetOf() != null ? RETWEET_OF : 0)
          | (post.replyTo() != null ? REPLY_TO : 0) | (post.quoteOf() != null ? QUOTE_OF : 0);
      out.writeByte((byte) flags);
      out.writeString(post.id());
      out.writeString(account.id());
      if (account.screenName() != null) out.writeString(account.screenName());
      out.writeZLong(post.time().getEpochSecond());
      out.writeVInt(post.time().getNano());
      if (post.lang() != null) out.writeString(post.lang());
      out.writeString(post.text());
      writeList(post.hashtags());
      writeList(post.urls());
      writeList(post.mentions());
      if (post.retweetOf() != null) out.writeString(post.retweetOf());
      if (post.replyTo() != null) out.writeString(post.replyTo());
      if (post.quoteOf() != null) out.writeString(post.quoteOf());
      writeList(post.labels());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array never fails to write
    }
    return new BytesRef(buffer, 0, out.getPosition());
  }

  private void writeList(List<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) out.writeString(v);
  }

  /** The post stored as {@code bytes}. */
  static Post decode(BytesRef bytes) {
    try {
      return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("stored post is truncated or corrupt", e);
    }
  }

  private static Post read(ByteArrayDataInput in) throws IOException {
    byte format = in.readByte();
    if (format != FORMAT) {
      throw new IllegalArgumentException("stored post in unknown format " + format);
    }
    int flags = in.readByte();
    String id = in.readString();
    String accountId = in.readString();
    String screenName = (flags & SCREEN_NAME) != 0 ? in.readString() : null;
    Instant time = Instant.ofEpochSecond(in.readZLong(), in.readVInt());
    String lang = (flags & LANG) != 0 ? in.readString() : null;
    String text = in.readString();
    List<String> hashtags = readList(in);
    List<String> urls = readList(in);
    List<String> mentions = readList(in);
    String retweetOf = (flags & RETWEET_OF) != 0 ? in.readString() : null;
    String replyTo = (flags & REPLY_TO) != 0 ? in.readString() : null;
    String quoteOf = (flags & QUOTE_OF) != 0 ? in.readString() : null;
    List<String> labels = readList(in);
    return new Post(id, new Account(accountId, screenName), time, lang, text, hashtags, urls,
        mentions, (flags & RETWEET) != 0, retweetOf, replyTo, quoteOf, labels);
  }

  private static List<String> readList(ByteArrayDataInput in) throws IOException {
    int n = in.readVInt();
    if (n == 0) return List.of();
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) values.add(in.readString());
    return values; // Post copies its lists
  }

  /** UTF-8 takes at most 3 bytes a Java char; each string adds at most a 5-byte length. */
  private static int maxBytes(Post post) {
    int n = 2 + 10 + 5 + 4 * 5;
    n += stringBytes(post.id()) + stringBytes(post.account().id())
        + stringBytes(post.account().screenName()) + stringBytes(post.lang())
        + stringBytes(post.text()) + stringBytes(post.retweetOf()) + stringBytes(post.replyTo())
        + stringBytes(post.quoteOf());
    return n + listBytes(post.hashtags()) + listBytes(post.urls()) + listBytes(post.mentions())
        + listBytes(post.labels());
  }

  private static int listBytes(List<String> values) {
    int n = 0;
    for (String v : values) n += stringBytes(v);
    return n;
  }

  private static int stringBytes(String s) {
    return s == null ? 0 : 5 + 3 * s.length();
  }
}
