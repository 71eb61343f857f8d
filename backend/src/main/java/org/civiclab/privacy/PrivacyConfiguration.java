package org.civiclab.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention job runs on a schedule, on every node (it is safe to). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyConfiguration {

}
