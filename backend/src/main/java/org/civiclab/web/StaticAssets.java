package org.civiclab.web;

import java.time.Duration;
import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web app's built scripts and styles. Vite names each file in {@code /assets/} by a
 * hash of its content, so a browser may keep it for a year without asking again: a new
 * build has new names. The page itself ({@code index.html}) is asked for each time, and
 * names the files of the build it belongs to.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class StaticAssets implements WebMvcConfigurer {

	private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final String[] assetLocations;

	StaticAssets(WebProperties web) {
		this.assetLocations = Arrays.stream(web.getResources().getStaticLocations())
			.map((location) -> (location.endsWith("/") ? location : location + "/") + "assets/")
			.toArray(String[]::new);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**").addResourceLocations(this.assetLocations).setCacheControl(FOR_A_YEAR);
	}

}
