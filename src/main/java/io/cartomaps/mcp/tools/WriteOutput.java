package io.cartomaps.mcp.tools;

import io.cartomaps.maps.WriteResult;

/** The output schema and summary line shared by the tools that write maps. */
final class WriteOutput {

  static final String SCHEMA =
      """
      {"type":"object","properties":{"id":{"type":"string"},"builderUrl":{"type":"string"},"viewerUrl":{"type":"string"},
       "publicUrl":{"type":"string"},"datasetIds":{"type":"object"},"plan":{"type":"array"},"warnings":{"type":"array"}}}
      """;

  private WriteOutput() {}

  static String summary(String verb, WriteResult r) {
    return verb
        + " map "
        + r.id()
        + " in profile '"
        + r.profile()
        + "'"
        + (r.warnings().isEmpty()
            ? ""
            : "; "
                + r.warnings().size()
                + " warning(s): "
                + String.join(", ", r.warnings().stream().map(f -> f.code()).distinct().toList()));
  }
}
