package io.cartomaps.export;

/** The export contract on the real PostgreSQL server, one dataset (schema) per test. */
class PostgresEstateExportTest extends EstateExportContract {

  @Override
  Destination destination() {
    return TestDestinations.postgres();
  }
}
