package org.chorus.narratives;

import java.util.List;
import java.util.Objects;
import org.chorus.corpus.Post;

/**
 * One training decision about a post, for {@link Trainer#train(List, TrainingOptions, boolean)}:
 * the labels that apply (empty: none applies, a negative for every label; multi-label only)
 * and how much the decision counts (1 for a person's, less for a weak one such as a seed
 * query's guess). The post's own {@link Post#labels()} are ignored.
 *
 * @param scope the labels the decision speaks for (multi-label only: a seed query's guess
 *     that a post is or is not one narrative says nothing of the others); null for all
 */
public record Example(Post post, List<String> labels, double weight, List<String> scope) {
  public Example {
    Objects.requireNonNull(post, "post");
    labels = List.copyOf(labels);
    scope = scope == null ? null : List.copyOf(scope);
    if (!(weight > 0 && weight <= 1)) throw new IllegalArgumentException("weight in (0, 1]");
    if (scope != null && !scope.containsAll(labels)) {
      throw new IllegalArgumentException("a decision's labels must be within its scope");
    }
  }

  /** A complete decision: every label not named does not apply. */
  public Example(Post post, List<String> labels, double weight) {
    this(post, labels, weight, null);
  }

  /** Whether the decision says anything about {@code label}. */
  public boolean speaksFor(String label) {
    return scope == null || scope.contains(label);
  }
}
