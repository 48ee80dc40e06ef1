package io.cartomaps.maps;

import io.cartomaps.json.Json;
import tools.jackson.databind.node.ObjectNode;

/** Small bundles for service tests. */
final class Bundles {

  private Bundles() {}

  static ObjectNode places(String... layerIds) {
    StringBuilder layers = new StringBuilder();
    for (int i = 0; i < layerIds.length; i++) {
      layers
          .append(i == 0 ? "" : ",")
          .append(
              """
          {"id":"%s","type":"tileset","config":{"dataId":"$ref:places","label":"Places","color":[200,60,40],
           "isVisible":true,"visConfig":{"radius":4}},"visualChannels":{"colorField":null}}"""
                  .formatted(layerIds[i]));
    }
    return (ObjectNode)
        Json.parse(
            """
        {"title":"Places","privacy":"private","tags":["demo"],
         "datasets":[{"$ref":"places","type":"table","source":"public.places","connectionId":"c-1","geoColumn":"geom",
                      "columns":["geom","name"],"format":"tilejson","label":"Places"}],
         "keplerMapConfig":{"version":"v1","config":{
           "mapState":{"latitude":40,"longitude":-3,"zoom":5,"pitch":0,"bearing":0},
           "mapStyle":{"styleType":"positron"},"basemapConfig":{"styleId":"positron"},
           "visState":{"layers":[%s]},
           "widgets":[{"id":"w1","type":"formula","dataSource":"$ref:places","operation":"count","isValid":true}]}}}
        """
                .formatted(layers));
  }
}
