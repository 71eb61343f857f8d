package org.civiclab.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Finds the store behind the application's data source when that is an embedded H2 file
 * database: PostgreSQL, an in-memory H2 and an H2 server reached over TCP have none. H2
 * offers no supported route to its store, so this goes through its engine's classes (H2
 * 2.3: the JDBC connection's local session, its database, the MVStore).
 */
final class OpenH2Store {

	private OpenH2Store() {
	}

	static Optional<MVStore> of(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)) {
				return Optional.empty();
			}
			if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
				return Optional.empty();
			}
			Database database = session.getDatabase();
			if (!database.isPersistent() || database.getStore() == null) {
				return Optional.empty();
			}
			MVStore store = database.getStore().getMvStore();
			return (store.getFileStore() != null && !store.getFileStore().isReadOnly()) ? Optional.of(store)
					: Optional.empty();
		}
	}

}
