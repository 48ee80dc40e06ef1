package io.cartomaps.backend;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Links to a map: Builder (edit), viewer, and the public link when the map is public. Never carry a
 * token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapUrls(String builderUrl, String viewerUrl, String publicUrl) {}
