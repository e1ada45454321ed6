package org.chorus.corpus;

/**
 * A record that could not be read as a post: where it is, which field failed and why.
 * {@code field} is null when the record as a whole is broken (bad quoting, invalid UTF-8).
 * {@code excerpt} is the start of the raw record, cut short so a 10 MB field stays readable.
 */
public record Rejection(String file, long line, String field, String reason, String excerpt) {

  public static final int MAX_EXCERPT = 200;

  public static String excerpt(CharSequence raw) {
    if (raw == null) return "";
    return raw.length() <= MAX_EXCERPT
        ? raw.toString()
        : raw.subSequence(0, cut(raw, MAX_EXCERPT)) + "…(" + raw.length() + " chars)";
  }

  /** Where to cut {@code text} to at most {@code max} chars without halving a surrogate pair. */
  static int cut(CharSequence text, int max) {
    if (text.length() <= max) return text.length();
    return max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  /** One line for a person: {@code file:line: field: reason} (no line when it is 0). */
  public String describe() {
    return file + (line > 0 ? ":" + line : "") + ": " + (field == null ? "" : field + ": ")
        + reason;
  }
}
