package org.chorus.narratives;

import java.util.List;
import java.util.Objects;
import org.chorus.corpus.Post;

/**
 * One training decision about a post, for {@link Trainer#train(List, TrainingOptions, boolean)}:
 * the labels that apply (empty: none applies, a negative for every label; multi-label only)
 * and how much the decision counts (1 for a person's, less for a weak one such as a seed
 * query's guess). The post's own {@link Post#labels()} are ignored.
 */
public record Example(Post post, List<String> labels, double weight) {
  public Example {
    Objects.requireNonNull(post, "post");
    labels = List.copyOf(labels);
    if (!(weight > 0 && weight <= 1)) throw new IllegalArgumentException("weight in (0, 1]");
  }
}
