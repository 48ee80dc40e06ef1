package io.cartomaps.backend.local.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of store work that runs inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {

  T run(Connection connection) throws SQLException;
}
