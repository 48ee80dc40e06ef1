package io.cartomaps.backend.local;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendRegistry;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapService;
import io.cartomaps.validate.Tier1Validator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Child process of {@link LocalCreateIsAtomicTest}: creates one map through {@code create_map}'s
 * service and prints its id, then creates a second one and stops for good inside it, just after its
 * first dataset was written, printing {@code halted}. The test kills it there with SIGKILL.
 */
public final class HaltingCreateMain {

  private HaltingCreateMain() {}

  public static void main(String[] args) throws Exception {
    LocalBackend local = LocalBackend.open(Path.of(args[0]), null);
    String bundle = Files.readString(Path.of(args[1]));
    AtomicInteger datasets = new AtomicInteger();
    InvocationHandler handler =
        (proxy, method, margs) -> {
          Object result;
          try {
            result = method.invoke(local, margs);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("createDataset") && datasets.incrementAndGet() == 3) {
            System.out.println("halted");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
          }
          return result;
        };
    Backend halting =
        (Backend)
            Proxy.newProxyInstance(
                Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, handler);
    BackendRegistry registry =
        new BackendRegistry() {
          @Override
          public Backend backend(String profile) {
            return halting;
          }

          @Override
          public List<String> profiles() {
            return List.of(LocalBackend.PROFILE);
          }

          @Override
          public String defaultProfile() {
            return LocalBackend.PROFILE;
          }

          @Override
          public void close() {
            local.close();
          }
        };
    MapService maps = new MapService(registry, Tier1Validator.standard()::validate);
    System.out.println(maps.create(LocalBackend.PROFILE, Json.parse(bundle)).id());
    System.out.flush();
    maps.create(LocalBackend.PROFILE, Json.parse(bundle));
    System.out.println("not halted");
  }
}
