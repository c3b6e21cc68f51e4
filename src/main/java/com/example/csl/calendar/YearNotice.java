package com.example.csl.calendar;

import com.example.csl.common.BusinessRuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One year's holiday notice as the process owner enters it (R-CAL-2): the notice's title, the days off
 * (法定节假日 and the days of each 调休 block) and the weekend days worked instead (调休上班).
 *
 * <p>Days are typed as in the notice, one per line or separated by commas: {@code 2027-02-06} or a
 * range {@code 2027-02-06至2027-02-12} (also {@code ~}).
 */
public record YearNotice(int year, String title, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workdays) {

  public static final String YEAR = "year";
  public static final String TITLE = "noticeTitle";
  public static final String HOLIDAYS = "holidays";
  public static final String WORKDAYS = "extraWorkingDays";

  private static final Pattern ITEM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:至|~|～|到)\\s*(\\d{4}-\\d{2}-\\d{2}))?");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、；;]+");

  /** Parses and checks the entered values; every problem is reported at once, by field. */
  public static YearNotice parse(Object yearValue, Object titleValue, Object holidaysValue, Object workdaysValue) {
    Map<String, String> errors = new LinkedHashMap<>();
    int year = 0;
    if (yearValue instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= 2000 && n.intValue() <= 2100) {
      year = n.intValue();
    } else if (yearValue instanceof String s && s.trim().matches("\\d{4}")) {
      year = Integer.parseInt(s.trim());
    } else {
      errors.put(YEAR, "请填写年度，例如 2027");
    }
    String title = titleValue instanceof String s ? s.trim() : "";
    if (title.isEmpty()) {
      errors.put(TITLE, "请填写通知的标题，例如 国务院办公厅关于2027年部分节假日安排的通知");
    } else if (title.length() > 300) {
      errors.put(TITLE, "不能超过 300 个字");
    }
    SortedSet<LocalDate> holidays = days(holidaysValue, year, HOLIDAYS, errors, true);
    SortedSet<LocalDate> workdays = days(workdaysValue, year, WORKDAYS, errors, false);
    if (!errors.containsKey(WORKDAYS)) {
      for (LocalDate day : workdays) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          errors.put(WORKDAYS, day + " 不是周六或周日：调休上班日只能是周末");
          break;
        }
        if (holidays.contains(day)) {
          errors.put(WORKDAYS, day + " 同时填在了放假日期中");
          break;
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new BusinessRuleViolation(errors);
    }
    return new YearNotice(year, title, holidays, workdays);
  }

  private static SortedSet<LocalDate> days(Object value, int year, String field, Map<String, String> errors, boolean required) {
    SortedSet<LocalDate> days = new TreeSet<>();
    String text = value instanceof String s ? s.trim() : "";
    if (text.isEmpty()) {
      if (required) {
        errors.put(field, "请填写放假日期，每行一个日期或日期段，例如 2027-02-06至2027-02-12");
      }
      return days;
    }
    if (text.length() > 2000) {
      errors.put(field, "不能超过 2000 个字");
      return days;
    }
    for (String item : SEPARATORS.split(text.replace(" 至 ", "至").replace(" ~ ", "~"))) {
      if (item.isEmpty()) {
        continue;
      }
      Matcher m = ITEM.matcher(item);
      if (!m.matches()) {
        errors.put(field, "“" + shorten(item) + "”不是日期：请写成 2027-02-06 或 2027-02-06至2027-02-12");
        return days;
      }
      try {
        LocalDate first = LocalDate.parse(m.group(1));
        LocalDate last = m.group(2) == null ? first : LocalDate.parse(m.group(2));
        if (last.isBefore(first) || first.plusDays(31).isBefore(last)) {
          errors.put(field, "“" + shorten(item) + "”的日期段不对：结束日期应在开始日期之后且不超过一个月");
          return days;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
          if (year != 0 && d.getYear() != year) {
            errors.put(field, d + " 不在 " + year + " 年度内");
            return days;
          }
          days.add(d);
        }
      } catch (DateTimeParseException e) {
        errors.put(field, "“" + shorten(item) + "”不是有效的日期");
        return days;
      }
    }
    return days;
  }

  private static String shorten(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }

  /** The days as one text per kind, as the form shows them again (ranges joined). */
  public static String format(java.util.Collection<LocalDate> days) {
    StringBuilder out = new StringBuilder();
    LocalDate start = null;
    LocalDate previous = null;
    for (LocalDate d : new TreeSet<>(days)) {
      if (previous != null && d.equals(previous.plusDays(1))) {
        previous = d;
        continue;
      }
      if (start != null) {
        append(out, start, previous);
      }
      start = d;
      previous = d;
    }
    if (start != null) {
      append(out, start, previous);
    }
    return out.toString();
  }

  private static void append(StringBuilder out, LocalDate start, LocalDate end) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(start);
    if (!end.equals(start)) {
      out.append('至').append(end);
    }
  }
}
