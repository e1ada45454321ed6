package org.chorus.corpus.generate;

import java.time.Instant;

/**
 * A post written but not yet published: ids follow time, so they are given only once an hour's
 * posts are sorted. {@code campaign} is null for organic posts.
 */
record Pending(Instant time, Member author, Draft draft, String retweetOf, String replyTo,
    CampaignPlan campaign, String campaignSeed) {}
