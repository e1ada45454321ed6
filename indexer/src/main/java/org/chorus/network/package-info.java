/**
 * Accounts linked by what they post together: {@link org.chorus.network.CoordinationNetwork}
 * builds a {@link org.chorus.network.Network} from near-duplicate clusters, shared retweets and
 * shared links within a time window, and {@link org.chorus.network.NetworkWriter} exports it as
 * GraphML, GEXF or CSV ({@code chorus network}).
 */
package org.chorus.network;
