package org.chorus.dupes;

/**
 * Retweets repeat a text by design, so they are not copy-paste: they are left out by default,
 * and can be studied on their own or mixed in.
 */
public enum RetweetMode {
  EXCLUDE,
  INCLUDE,
  ONLY
}
