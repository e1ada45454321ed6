/**
 * Labels people and seed queries give posts, kept as a JSON Lines file of decisions
 * ({@link LabelsFile}), what those decisions add up to ({@link LabelSet}), which posts to ask
 * about next ({@link Proposals}), and how far two annotators agree ({@link Agreement}).
 */
package org.chorus.labels;
