package fr.pepites.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The repositories of every feature. They open no transaction of their own: every read and write goes through a
 * feature's service, whose transaction is the user action's (one per action). Spring Data's default would wrap each
 * repository call in a transaction interceptor that only joins the service's, a cost paid at every call of every
 * action.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "fr.pepites", enableDefaultTransactions = false)
class RepositoryConfiguration {
}
