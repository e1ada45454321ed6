package org.chorus.corpus.generate;

import java.util.List;

/** A post's words before it gets an author, a time and an id. */
record Draft(String text, Lang lang, List<String> labels) {}
