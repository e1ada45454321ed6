package org.chorus.corpus;

import java.util.List;

/**
 * One record's values as a {@link ColumnMap} sees them, whatever the file's format: a CSV row or
 * a JSON object. {@link MappedPosts} turns it into a post.
 */
interface MappedFields {

  /** The value as written; "" when the record leaves it empty or out; null when not mapped. */
  String raw(ColumnMap.Target target);

  /** The items of a list target (hashtags, urls, mentions); null when not mapped. */
  List<String> list(ColumnMap.Target target);

  /** The values of every label column, stripped, empty ones left out. */
  List<String> labels();
}
