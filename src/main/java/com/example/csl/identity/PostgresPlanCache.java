package com.example.csl.identity;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Keeps Tasklist's counts from falling off a cliff on PostgreSQL (issue 16). pgjdbc turns a statement used five
 * times on one connection into a server-side prepared statement, and PostgreSQL then switches to a generic
 * plan, which cannot use the statistics on the authorization check's bitmask expressions (the values are
 * parameters): it estimates one authorization row and compares every task with every row — quadratic, 8 s for
 * a count at 10,000 open tasks on a pooled connection. Every connection of the pool therefore plans each
 * statement for its values ({@code plan_cache_mode = force_custom_plan}, PostgreSQL 12+); re-planning costs well
 * under a millisecond per engine query. A DBA may set the same per role instead
 * ({@code ALTER ROLE … SET plan_cache_mode = force_custom_plan}).
 */
@Component
public class PostgresPlanCache implements BeanPostProcessor, org.springframework.context.EnvironmentAware {

  /** {@code csl.datasource.plan-cache-mode}: force_custom_plan (default), or auto to leave PostgreSQL's choice. */
  private String mode = "force_custom_plan";

  @Override
  public void setEnvironment(org.springframework.core.env.Environment environment) {
    mode = environment.getProperty("csl.datasource.plan-cache-mode", "force_custom_plan");
    if (!mode.matches("auto|force_custom_plan|force_generic_plan")) {
      throw new IllegalStateException("csl.datasource.plan-cache-mode must be auto, force_custom_plan or force_generic_plan");
    }
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && pool.getConnectionInitSql() == null && !"auto".equals(mode)) {
      pool.setConnectionInitSql("SET plan_cache_mode = " + mode);
    }
    return bean;
  }
}
