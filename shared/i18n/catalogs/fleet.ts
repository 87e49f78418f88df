import { defineCatalog } from '../define-catalog';

/** Fleet monitoring: policy rules, the CLI's fleet commands, and the text of syslog / Event Log entries. */
export const fleetCatalog = defineCatalog({
  'zh-CN': {
    'policy.rule.labelText': '应为 1 到 64 个可打印字符（不含控制字符）',
    'policy.rule.syslogHost': 'transport 为 udp 或 tcp 时必须填写 host（日志收集服务器）',
    'cli.usageFleet':
      '      invoiceguard check --perfdata（附带 Nagios 性能数据）\n      invoiceguard metrics [--policy 文件] [--data-dir 目录]（Prometheus 指标文本）',
    'fleet.event.opened': '开票卫士：发现故障“{{title}}”（{{category}}·{{severity}}，{{fault}}）',
    'fleet.event.closed': '开票卫士：故障“{{title}}”已恢复（{{fault}}，持续 {{minutes}} 分钟）',
  },
  en: {
    'policy.rule.labelText': 'expected 1 to 64 printable characters (no control characters)',
    'policy.rule.syslogHost': 'host (the log collector) is required when transport is udp or tcp',
    'cli.usageFleet':
      '       invoiceguard check --perfdata (with Nagios performance data)\n       invoiceguard metrics [--policy FILE] [--data-dir DIR] (Prometheus metrics text)',
    'fleet.event.opened': 'InvoiceGuard: fault "{{title}}" opened ({{category}}, {{severity}}, {{fault}})',
    'fleet.event.closed': 'InvoiceGuard: fault "{{title}}" closed ({{fault}}, open {{minutes}} min)',
  },
});
