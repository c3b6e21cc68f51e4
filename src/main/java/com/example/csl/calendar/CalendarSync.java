package com.example.csl.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's calendar equal to the database's (R-CAL-2): seeds the database from
 * application.yaml on the first start, loads it before any job runs, and reloads it whenever the
 * revision changed — so a year declared on one node is used by every node without a restart.
 */
@Component
public class CalendarSync implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarSync.class);

  private final CalendarStore store;
  private final WorkingDayCalendar calendar;
  private final CalendarProperties properties;

  public CalendarSync(CalendarStore store, WorkingDayCalendar calendar, CalendarProperties properties) {
    this.store = store;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    store.seedIfEmpty(CalendarData.fromProperties(properties));
    refresh();
  }

  /** Reloads when another node (or this one) changed the calendar; cheap otherwise (one row read). */
  public boolean refresh() {
    long stored = store.revision();
    if (stored == calendar.data().revision()) {
      return false;
    }
    CalendarData loaded = store.load();
    calendar.use(loaded);
    LOG.info("Working-day calendar revision {} in force (declared years {})", loaded.revision(),
        loaded.declaredYears() == null ? "all" : loaded.declaredYears().keySet());
    return true;
  }
}
