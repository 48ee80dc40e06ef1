package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.local.LocalBackend;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The full engine draws each widget type beside the map, with values computed from the sample data.
 */
class WidgetRenderingGoldenTest {

  @RegisterExtension static final SharedRenderer RENDERER = new SharedRenderer(1280, 800);

  @TempDir static Path home;
  private static LocalBackend backend;

  @BeforeAll
  static void open() {
    backend = LocalBackend.open(home, null);
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  private static Screenshot render(String bundle, RenderEngine engine) {
    ObjectNode b = (ObjectNode) TestMaps.resource("/bundles/" + bundle);
    RenderInput input = MapPreviews.withData(b, backend);
    List<ObjectNode> widgets = MapWidgets.compute(b, backend);
    return RENDERER.render(input.withWidgets(widgets), RENDERER.options().engine(engine).build());
  }

  @Test
  void formulaCategoryPieHistogramTimeSeriesAndTable() {
    Screenshot shot = render("widgets.json", RenderEngine.FULL);
    GoldenImages.assertMatches("widgets-panel", shot.png());
  }

  @Test
  void rangeScatterAndAWidgetThatCannotBeComputed() {
    Screenshot shot = render("widgets-more.json", RenderEngine.FULL);
    GoldenImages.assertMatches("widgets-more", shot.png());
  }

  @Test
  void theLightEngineLeavesWidgetsOut() {
    byte[] light = render("widgets.json", RenderEngine.LIGHT).png();
    byte[] full = render("widgets.json", RenderEngine.FULL).png();
    var a = GoldenImages.decode(light);
    var b = GoldenImages.decode(full);
    assertEquals(a.getWidth(), b.getWidth());
    // The panel's right edge is white in full and the basemap in light.
    assertEquals(0xffffff, b.getRGB(1270, 400) & 0xffffff);
    assertTrue((a.getRGB(1270, 400) & 0xffffff) != 0xffffff);
  }
}
