package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * R24: a map agent's {@code model} (optional: create fills in the organisation's default) reads
 * {@code <source>::<provider>::<model>}, and once {@code agent.config} is given its whole tree must
 * be.
 */
final class AgentRule implements Rule {

  static final Pattern MODEL =
      Pattern.compile("^(carto|ac_[A-Za-z0-9]+)::[A-Za-z0-9._-]+::[^\\s:][^\\s]*$");

  /** Required members of {@code agent.config}, with a default to suggest. */
  private static final List<String[]> REQUIRED =
      List.of(
          new String[] {"tools", "[]"},
          new String[] {"capabilities", "{\"querySources\": true}"},
          new String[] {"capabilities/querySources", "true"},
          new String[] {"useCase", "\"<what the agent helps with>\""},
          new String[] {"instructions", "\"<how the agent should behave>\""},
          new String[] {"introduction", "{\"welcome\": \"…\", \"starters\": []}"},
          new String[] {"introduction/welcome", "\"<first message shown to viewers>\""},
          new String[] {"introduction/starters", "[\"<a question viewers can click>\"]"});

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    JsonNode config = Nodes.object(Nodes.object(b.root(), "agent"), "config");
    if (config == null) {
      return;
    }
    String model = Nodes.text(config, "model");
    if (model != null && !MODEL.matcher(model).matches()) {
      out.add(
          RuleCode.AGENT_MODEL_INVALID.at(
              "/agent/config/model",
              "Agent model '" + model + "' does not read <source>::<provider>::<model>.",
              "Use a value from `maps agents models`, e.g. \"carto::openai::gpt-4.1\", or omit model to use the "
                  + "organisation default."));
    }
    for (String[] required : REQUIRED) {
      String[] parts = required[0].split("/");
      JsonNode parent = parts.length == 1 ? config : Nodes.object(config, parts[0]);
      if (parent == null) {
        continue; // the missing parent is reported on its own
      }
      JsonNode v = parent.get(parts[parts.length - 1]);
      if (v == null || v.isNull()) {
        out.add(
            RuleCode.AGENT_CONFIG_INCOMPLETE.at(
                "/agent/config/" + required[0],
                "agent.config is given but lacks "
                    + required[0].replace('/', '.')
                    + "; the whole config tree is required.",
                "Set it to " + required[1] + ", or omit agent.config entirely."));
      }
    }
  }
}
