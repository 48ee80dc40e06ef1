package io.cartomaps.validate.rules;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The data-driven channels of a layer: which field each channel reads and how it aggregates it. */
final class Channels {

  /**
   * A channel's field name in {@code visualChannels}, and its aggregation key in {@code visConfig}.
   */
  record Channel(String field, String aggregation) {}

  /** The six channels the CLI composes {@code aggregationExp} from. */
  static final List<Channel> AGGREGATABLE =
      List.of(
          new Channel("colorField", "colorAggregation"),
          new Channel("strokeColorField", "strokeColorAggregation"),
          new Channel("sizeField", "sizeAggregation"),
          new Channel("heightField", "heightAggregation"),
          new Channel("radiusField", "radiusAggregation"),
          new Channel("weightField", "weightAggregation"));

  /**
   * A bound channel of a layer: the channel, the column it reads, and the aggregation set for it
   * (or null).
   */
  record Bound(Channel channel, String column, String aggregation) {}

  private Channels() {}

  /** The aggregatable channels a layer binds to a column, in channel order. */
  static List<Bound> bound(LayerEntry layer) {
    JsonNode channels = layer.visualChannels();
    if (channels == null) {
      return List.of();
    }
    List<Bound> out = new ArrayList<>(2);
    for (Channel c : AGGREGATABLE) {
      String column = Nodes.nonBlank(Nodes.object(channels, c.field()), "name");
      if (column != null) {
        out.add(new Bound(c, column, Nodes.text(layer.visConfig(), c.aggregation())));
      }
    }
    return out;
  }

  /** Every column a layer reads: bound channel fields of any kind plus text-label fields. */
  static List<String> columnsRead(LayerEntry layer) {
    List<String> out = new ArrayList<>();
    for (var e : Nodes.fields(layer.visualChannels())) {
      if (e.getKey().endsWith("Field")) {
        String column = Nodes.nonBlank(e.getValue(), "name");
        if (column != null) {
          out.add(column);
        }
      }
    }
    for (JsonNode label : Nodes.elements(Nodes.array(layer.config(), "textLabel"))) {
      String column = Nodes.nonBlank(Nodes.object(label, "field"), "name");
      if (column != null) {
        out.add(column);
      }
    }
    return out;
  }
}
