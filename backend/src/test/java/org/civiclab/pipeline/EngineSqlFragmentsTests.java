package org.civiclab.pipeline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineSqlFragmentsTests {

	@Test
	void statementsKeepTheirSqlWhenTheFragmentsAreGone() {
		Configuration mappings = new Configuration();
		// The statement names a fragment of a file read after it, as the engine's do.
		parse(mappings, "idea", """
				<mapper namespace="idea">
				  <select id="selectIdeas" resultType="map">
				    select * from IDEA where <include refid="auth.visible"/>
				  </select>
				</mapper>
				""");
		parse(mappings, "auth", """
				<mapper namespace="auth">
				  <sql id="visible">ORG_ = #{organisation}</sql>
				</mapper>
				""");

		EngineSqlFragments.release(mappings);

		assertThat(mappings.getSqlFragments()).isEmpty();
		assertThat(mappings.getIncompleteStatements()).isEmpty();
		assertThat(mappings.getMappedStatement("idea.selectIdeas").getBoundSql(Map.of("organisation", 7)).getSql())
			.isEqualToIgnoringWhitespace("select * from IDEA where ORG_ = ?");
	}

	private static void parse(Configuration mappings, String name, String mapper) {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
				"""
				+ mapper;
		new XMLMapperBuilder(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), mappings, name,
				mappings.getSqlFragments())
			.parse();
	}

}
