package com.example.csl.identity;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Two of the engine's authorization queries, answered faster at a company's size (issue 16, R-SEC-1 unchanged).
 *
 * <p><b>The groups that hold authorizations.</b> Every command with an authorization check first asks
 * {@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A} — a full scan of a table with one row per
 * open task (18,000 rows read per complaint lifecycle at 2,500 open tasks; at 100,000 open tasks every request
 * reads 100,000 rows). On PostgreSQL the same set is read by a skip scan over the engine's own index
 * {@code ACT_IDX_AUTH_GROUP_ID}: one index probe per distinct group.
 *
 * <p><b>Tasklist's counts.</b> The engine checks a task count's
 * authorization with a join whose condition is {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')} — the
 * task's own grant, its process definition's, or a grant on every resource. PostgreSQL can only run that as
 * a nested loop (three index probes per open task: 1.3 s at 100,000 open tasks). This MyBatis interceptor
 * rewrites exactly that statement's text, before it is prepared, into the same test as three uncorrelated
 * sub-selects — {@code RES.ID_ IN (…) OR D.KEY_ IN (…) OR '*' IN (…)} over the same authorization rows
 * with the same parameters — which PostgreSQL answers with hashed sub-plans (about 0.3 s at 100,000).
 *
 * <p>It touches only {@code selectTaskCountByQueryCriteria} of a queue query ({@link #isQueue}: no due date,
 * assignee or case criterion), and only when the statement has the engine's join form with nothing else
 * referring to {@code AUTH}; any other shape (a revoke check, another engine version's SQL) runs unchanged. {@code AuthorizationQueryRewritesTest} and the PostgreSQL suite compare its answers
 * with the engine's own for users of several groups.
 */
@Component
public class AuthorizationQueryRewrites extends AbstractProcessEnginePlugin {

  static final String STATEMENT = ".selectTaskCountByQueryCriteria";
  static final String GROUPS_STATEMENT = ".selectAuthorizedGroupIds";

  private static final Pattern GROUPS = Pattern.compile(
      "\\s*SELECT\\s+distinct\\s*\\(\\s*A\\.GROUP_ID_\\s*\\)\\s+FROM\\s+(\\S*ACT_RU_AUTHORIZATION)\\s+A\\s*",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern JOIN = Pattern.compile(
      "(?:left|inner)\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+(\\S*ACT_RU_AUTHORIZATION)\\s+A\\s+WHERE(.*?)\\)\\s*AUTH\\s+ON\\s*"
          + "\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern GRANTED = Pattern.compile("\\(\\s*AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)",
      Pattern.CASE_INSENSITIVE);

  /** Tests compare with the engine's own statement by switching the rewrite off for a call. */
  static final ThreadLocal<Boolean> OFF = ThreadLocal.withInitial(() -> false);
  /** How many statements were rewritten (tests see that the rewrite took place). */
  static final java.util.concurrent.atomic.AtomicLong REWRITTEN = new java.util.concurrent.atomic.AtomicLong();

  record Rewritten(String sql, List<ParameterMapping> parameters) {}

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration()
        .addInterceptor(new CountInterceptor("postgres".equals(configuration.getDatabaseType())));
  }

  /** The distinct groups of the authorization table by a skip scan over its GROUP_ID_ index (PostgreSQL). */
  static String groupsSkipScan(String sql) {
    Matcher matcher = GROUPS.matcher(sql);
    if (!matcher.matches()) {
      return null;
    }
    String table = matcher.group(1);
    return "WITH RECURSIVE G AS ((SELECT GROUP_ID_ FROM " + table + " WHERE GROUP_ID_ IS NOT NULL ORDER BY GROUP_ID_ LIMIT 1) "
        + "UNION ALL SELECT (SELECT A.GROUP_ID_ FROM " + table + " A WHERE A.GROUP_ID_ > G.GROUP_ID_ ORDER BY A.GROUP_ID_ LIMIT 1) "
        + "FROM G WHERE G.GROUP_ID_ IS NOT NULL) SELECT GROUP_ID_ FROM G WHERE GROUP_ID_ IS NOT NULL";
  }

  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class CountInterceptor implements Interceptor {
    private final boolean postgres;

    CountInterceptor(boolean postgres) {
      this.postgres = postgres;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      // every statement passes here: the cheap tests first (its parameter, its text), reflection only for a candidate
      BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
      if (postgres && !OFF.get() && bound.getSql().length() < 160 && bound.getSql().contains("GROUP_ID_")) {
        String skipScan = groupsSkipScan(bound.getSql());
        MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
        if (skipScan != null && handler.hasGetter("delegate.mappedStatement")
            && ((MappedStatement) handler.getValue("delegate.mappedStatement")).getId().endsWith(GROUPS_STATEMENT)) {
          SystemMetaObject.forObject(bound).setValue("sql", skipScan);
          REWRITTEN.incrementAndGet();
        }
      }
      if (!OFF.get() && isQueue(bound.getParameterObject()) && bound.getSql().contains("AUTH.RESOURCE_ID_ IN")) {
        MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
        if (handler.hasGetter("delegate.mappedStatement")
            && ((MappedStatement) handler.getValue("delegate.mappedStatement")).getId().endsWith(STATEMENT)) {
          Rewritten rewritten = rewrite(bound.getSql(), bound.getParameterMappings());
          if (rewritten != null) {
            MetaObject sql = SystemMetaObject.forObject(bound);
            sql.setValue("sql", rewritten.sql());
            sql.setValue("parameterMappings", rewritten.parameters());
            REWRITTEN.incrementAndGet();
          }
        }
      }
      return invocation.proceed();
    }
  }

  /**
   * A queue count — a group's open tasks, however many — gains from the rewrite; a selective one (due soon, my
   * tasks, one case) does not: PostgreSQL builds a hashed sub-plan over all of the user's authorization rows
   * once any task matches, where the engine's own statement probes only the few tasks that match.
   */
  static boolean isQueue(Object parameter) {
    if (!(parameter instanceof org.camunda.bpm.engine.impl.TaskQueryImpl query)) {
      return false;
    }
    return query.getDueDate() == null && query.getDueBefore() == null && query.getDueAfter() == null
        && query.getFollowUpDate() == null && query.getFollowUpBefore() == null && query.getFollowUpAfter() == null
        && query.getAssignee() == null && query.getProcessInstanceId() == null && query.getProcessInstanceBusinessKey() == null
        && query.getTaskId() == null && query.getName() == null
        && (query.getQueries() == null || query.getQueries().size() <= 1);
  }

  /** The statement with the authorization join as sub-selects, or null when it does not have the expected shape. */
  static Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
    Matcher join = JOIN.matcher(sql);
    if (!join.find()) {
      return null;
    }
    String rest = sql.substring(join.end());
    Matcher granted = GRANTED.matcher(rest);
    if (!granted.find()) {
      return null;
    }
    String before = sql.substring(0, join.start());
    String between = rest.substring(0, granted.start());
    String after = rest.substring(granted.end());
    if (containsAuthReference(before) || containsAuthReference(between) || containsAuthReference(after)
        || GRANTED.matcher(after).find()) {
      return null;
    }
    int p0 = placeholders(before);
    int inJoin = placeholders(join.group());
    int inBetween = placeholders(between);
    if (p0 + inJoin + inBetween + placeholders(after) != parameters.size()) {
      return null;
    }
    String sub = "SELECT A.RESOURCE_ID_ FROM " + join.group(1) + " A WHERE" + join.group(2);
    String test = "(RES.ID_ IN (" + sub + ") OR D.KEY_ IN (" + sub + ") OR '*' IN (" + sub + "))";
    List<ParameterMapping> subParameters = parameters.subList(p0, p0 + inJoin);
    List<ParameterMapping> reordered = new ArrayList<>(parameters.subList(0, p0));
    reordered.addAll(parameters.subList(p0 + inJoin, p0 + inJoin + inBetween));
    for (int i = 0; i < 3; i++) {
      reordered.addAll(subParameters);
    }
    reordered.addAll(parameters.subList(p0 + inJoin + inBetween, parameters.size()));
    return new Rewritten(before + " " + between + test + after, reordered);
  }

  private static boolean containsAuthReference(String sql) {
    return Pattern.compile("\\bAUTH\\.", Pattern.CASE_INSENSITIVE).matcher(sql).find();
  }

  /** JDBC placeholders outside quoted literals. */
  static int placeholders(String sql) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '?' && !quoted) {
        count++;
      }
    }
    return count;
  }
}
