package org.chorus.app;

/**
 * A result and whether it came from the investigation's recent results rather than being
 * computed for this call.
 */
public record Cached<T>(T result, boolean cached) {}
