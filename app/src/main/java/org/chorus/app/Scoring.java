package org.chorus.app;

import java.util.ArrayList;
import java.util.List;
import org.chorus.eval.GroupBootstrap;
import org.chorus.eval.Outcomes;
import org.chorus.eval.Slice;

/**
 * How eval and cv score predictions: what a bootstrap resample keeps together, how many
 * resamples (for the 95 percent intervals) from which seed, and which slices to report
 * besides the whole.
 *
 * @param averageOver also report macro-F1 over these classes only (none: no such slice)
 * @param perLanguage also report macro-F1 per language
 */
public record Scoring(GroupBy groupBy, int resamples, long seed, List<String> averageOver,
    boolean perLanguage) {

  /** By account, the bootstrap's defaults, no slices. */
  public static final Scoring DEFAULT = new Scoring(GroupBy.ACCOUNT,
      GroupBootstrap.DEFAULT_RESAMPLES, GroupBootstrap.DEFAULT_SEED, List.of(), false);

  public Scoring {
    averageOver = List.copyOf(averageOver);
  }

  /** The slices asked for, scored on {@code outcomes} of {@code data}'s posts. */
  List<Slice> slices(Outcomes outcomes, LabelledPosts data) {
    List<String> groups = data.groups(groupBy);
    List<Slice> slices = new ArrayList<>();
    if (!averageOver.isEmpty()) {
      slices.add(Slice.overClasses(outcomes, averageOver, groups, resamples, seed));
    }
    if (perLanguage) {
      slices.addAll(Slice.byKey(outcomes, data.languages(), groups, resamples, seed));
    }
    return slices;
  }
}
