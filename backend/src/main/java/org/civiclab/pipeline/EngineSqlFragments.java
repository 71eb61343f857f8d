package org.civiclab.pipeline;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Lets the engine's mapping files go once its SQL statements are built. MyBatis keeps
 * each {@code <sql>} fragment of the engine's 55 mapping files (156 of them) as a node of
 * its file's DOM, and with it the whole document, for as long as the engine runs; they
 * are used only while the statements are built. Under the soak the heap held 90-103 MB
 * after a full collection without them, 107-122 MB with them (docs/benchmarks.md, 3a).
 */
@Component
class EngineSqlFragments extends AbstractProcessEnginePlugin {

	@Override
	public void postInit(ProcessEngineConfigurationImpl engine) {
		release(engine.getSqlSessionFactory().getConfiguration());
	}

	/**
	 * Builds the statements still waiting for a fragment of a later file, then forgets
	 * the fragments.
	 */
	static void release(Configuration mappings) {
		mappings.getMappedStatementNames();
		mappings.getSqlFragments().clear();
	}

}
