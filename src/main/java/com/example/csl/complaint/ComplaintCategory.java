package com.example.csl.complaint;

/** 投诉范围 (R-AS-2; S1 篇十一 二, S0 4.6.5.1). */
public enum ComplaintCategory {
  /** 服务态度 */
  SERVICE_ATTITUDE,
  /** 专业素质 */
  PROFESSIONAL_COMPETENCE,
  /** 服务效率 */
  SERVICE_EFFICIENCY,
  /** 技术故障 */
  TECHNICAL,
  /** 设备安装 */
  INSTALLATION,
  /** 维修 */
  REPAIR,
  /** 贸易纠纷 */
  TRADE_DISPUTE,
  /** 其他 */
  OTHER;

  // which categories are service-quality complaints (sent to the responsible department) is decided by
  // complaint-routing.dmn alone (R-AS-4), not here
}
