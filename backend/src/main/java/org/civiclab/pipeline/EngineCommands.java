package org.civiclab.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.stereotype.Component;

/**
 * What the engine's public API cannot do without racing a process that ends or moves on
 * at the same moment (docs/reliability.md):
 * <ul>
 * <li>reading who may act on tasks that may have been completed since they were found
 * (the API's identity-link read fails on a task that is gone, and the engine logs that as
 * an error);
 * <li>locking an idea's process instance before a gate decision or a withdrawal changes
 * it, so that two people deciding at once are served one after the other and the second
 * finds the gate closed, instead of the engine failing half-way through.
 * </ul>
 * Each runs as one engine command, in the caller's transaction; a lock is held until that
 * transaction ends.
 */
@Component
class EngineCommands {

	private final ProcessEngineConfigurationImpl engine;

	EngineCommands(ProcessEngineConfigurationImpl engine) {
		this.engine = engine;
	}

	/**
	 * The people who may act by name on each of these tasks; a task completed since it
	 * was found is not in the answer.
	 */
	Map<String, Set<String>> candidateUsers(Collection<String> taskIds) {
		return this.engine.getCommandExecutorTxRequired().execute((context) -> {
			Map<String, Set<String>> users = new HashMap<>();
			for (String taskId : taskIds) {
				if (context.getTaskManager().findTaskById(taskId) == null) {
					continue;
				}
				Set<String> names = new HashSet<>();
				for (IdentityLinkEntity link : context.getIdentityLinkManager().findIdentityLinksByTaskId(taskId)) {
					if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
						names.add(link.getUserId());
					}
				}
				users.put(taskId, names);
			}
			return users;
		});
	}

	/**
	 * Locks the process instance of this task and answers whether the task is still open
	 * once the lock is held.
	 */
	boolean lockProcessOfOpenTask(String taskId) {
		String task = table("ACT_RU_TASK");
		String execution = table("ACT_RU_EXECUTION");
		return this.engine.getCommandExecutorTxRequired().execute((context) -> {
			String processInstance = firstValue(context, "select PROC_INST_ID_ from " + task + " where ID_ = ?",
					taskId);
			return processInstance != null
					&& firstValue(context, "select ID_ from " + execution + " where ID_ = ? for update",
							processInstance) != null
					&& firstValue(context, "select ID_ from " + task + " where ID_ = ?", taskId) != null;
		});
	}

	/** Locks the running process instance with this business key; false if none runs. */
	boolean lockRunningProcess(String businessKey) {
		String execution = table("ACT_RU_EXECUTION");
		return this.engine.getCommandExecutorTxRequired()
			.execute((context) -> firstValue(context,
					"select ID_ from " + execution + " where BUSINESS_KEY_ = ? and ID_ = PROC_INST_ID_ for update",
					businessKey) != null);
	}

	private String table(String name) {
		String prefix = this.engine.getDatabaseTablePrefix();
		return ((prefix != null) ? prefix : "") + name;
	}

	private static String firstValue(CommandContext context, String sql, String parameter) {
		Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
		catch (SQLException ex) {
			throw new ProcessEngineException("Could not read the engine's tables: " + sql, ex);
		}
	}

}
