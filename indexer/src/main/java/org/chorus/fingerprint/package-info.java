/**
 * What makes two texts copies, with no index in sight: {@link
 * org.chorus.fingerprint.Normalizer} strips the noise a campaign varies per copy, {@link
 * org.chorus.fingerprint.Shingler} cuts the rest into hashed shingles, {@link
 * org.chorus.fingerprint.MinHash} and {@link org.chorus.fingerprint.Lsh} turn the shingle set into
 * band keys that bring likely copies together, and {@link org.chorus.fingerprint.Fingerprint}
 * holds one text's result. {@link org.chorus.fingerprint.Hash} is the stable hash all of it (and
 * the index's link and id keys) is built on: computed at index time, compared at query time.
 *
 * <p>The index stores fingerprints ({@code org.chorus.index.FingerprintFields}); {@code
 * org.chorus.dupes} compares them.
 */
package org.chorus.fingerprint;
