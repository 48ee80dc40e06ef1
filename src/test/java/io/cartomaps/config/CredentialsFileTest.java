package io.cartomaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsFileTest {

  static final String CLI_FILE =
      """
      {
        "current_profile": "production",
        "profiles": {
          "production": {
            "token": "prod-token",
            "tenant_id": "gcp-us-east1",
            "tenant_domain": "carto.acme.com",
            "organization_id": "ac_yv1im1y2",
            "organization_name": "carto-prod",
            "user_email": "user@acme.com"
          },
          "staging": {
            "token": "staging-token",
            "tenant_id": "gcp-europe-west1",
            "tenant_domain": "carto-dev.acme.com",
            "organization_id": "ac_7p1sk0gs",
            "organization_name": "Carto-Dev",
            "user_email": "dev@acme.com"
          }
        }
      }
      """;

  @TempDir Path dir;

  Path write(String text) throws Exception {
    Path f = dir.resolve(".carto_credentials.json");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsTheCartoCliMultiProfileFile() throws Exception {
    StoredCredentials c = CredentialsFile.read(write(CLI_FILE));
    assertEquals("production", c.currentProfile());
    assertEquals(List.of("production", "staging"), List.copyOf(c.profiles().keySet()));
    StoredProfile p = c.profiles().get("staging");
    assertEquals("gcp-europe-west1", p.tenantId());
    assertEquals("carto-dev.acme.com", p.tenantDomain());
    assertEquals("ac_7p1sk0gs", p.organizationId());
    assertEquals("Carto-Dev", p.organizationName());
    assertEquals("dev@acme.com", p.userEmail());
    assertEquals("Bearer staging-token", p.token().bearerHeaderValue());
  }

  @Test
  void aMissingFileMeansNoStoredProfiles() {
    assertTrue(CredentialsFile.read(dir.resolve("nope.json")).isEmpty());
  }

  @Test
  void anEmptyFileMeansNoStoredProfiles() throws Exception {
    assertTrue(CredentialsFile.read(write("  \n")).isEmpty());
  }

  @Test
  void readsTheOldSingleProfileShapeAsDefault() throws Exception {
    StoredCredentials c =
        CredentialsFile.read(
            write(
                "{\"token\":\"old-token\",\"tenant_id\":\"gcp-us-east1\",\"tenant_domain\":\"old.app.carto.com\"}"));
    assertEquals("default", c.currentProfile());
    assertEquals("old.app.carto.com", c.profiles().get("default").tenantDomain());
  }

  @Test
  void malformedJsonNamesTheFileAndLineButNeverItsContent() throws Exception {
    Path f =
        write(
            "{\n  \"current_profile\": \"p\",\n  \"profiles\": {\"p\": {\"token\": secret-canary-77}}\n}");
    ProfileException e = assertThrows(ProfileException.class, () -> CredentialsFile.read(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("carto auth login"));
    assertFalse(e.getMessage().contains("secret-canary-77"));
  }

  @Test
  void wrongTypesAreNamedWithTheirProfile() throws Exception {
    ProfileException e =
        assertThrows(
            ProfileException.class,
            () -> CredentialsFile.read(write("{\"profiles\":{\"p\":{\"token\":42}}}")));
    assertTrue(e.getMessage().contains("\"token\" of profile \"p\""));
    assertThrows(ProfileException.class, () -> CredentialsFile.read(write("{\"profiles\":[]}")));
    assertThrows(ProfileException.class, () -> CredentialsFile.read(write("[1,2]")));
  }

  @Test
  void aProfileWithoutTokenIsReadWithANullToken() throws Exception {
    StoredCredentials c =
        CredentialsFile.read(write("{\"profiles\":{\"p\":{\"tenant_id\":\"gcp-us-east1\"}}}"));
    assertNull(c.profiles().get("p").token());
    assertNull(c.currentProfile());
  }
}
