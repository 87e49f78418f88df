import { defineCatalog } from '../define-catalog';

/** The desktop app around the tray: notifications, and the rules of the policy's `app` section. */
export const desktopCatalog = defineCatalog({
  'zh-CN': {
    'notify.faultOpened': '开票卫士发现问题：{{title}}',
    'notify.faultsOpened': '开票卫士发现 {{count}} 个问题，首先是：{{title}}',
    'notify.faultOpenedBody': '点击查看处理步骤。请不要直接关机或拔掉税控设备。',
    'notify.recovered': '已恢复：{{title}}',
    'notify.recoveredMany': '{{count}} 个问题已恢复',
    'notify.recoveredBody': '现在：{{verdict}}',
    'notify.summary': '开票卫士：状态变化较多，已合并提醒',
    'notify.summaryBody': '最近共有 {{changes}} 次变化没有逐条提醒。现在：{{verdict}}。点击查看详情。',
    'notify.monitorStopped': '开票卫士的监控程序已停止',
    'notify.monitorStoppedBody':
      '它在 {{windowMinutes}} 分钟内崩溃超过 {{maxRestarts}} 次。现在的状态无法显示，请联系技术支持。',
    'policy.rule.clockTime': '格式应为 时:分（24 小时制），例如 22:00',
    'policy.rule.quietHoursEmpty': '免打扰的开始时间（from）和结束时间（to）不能相同',
  },
  en: {
    'notify.faultOpened': 'InvoiceGuard found a problem: {{title}}',
    'notify.faultsOpened': 'InvoiceGuard found {{count}} problems, first: {{title}}',
    'notify.faultOpenedBody': 'Click to see the steps. Do not switch off the computer or pull out the tax device.',
    'notify.recovered': 'Fixed: {{title}}',
    'notify.recoveredMany': '{{count}} problems are fixed',
    'notify.recoveredBody': 'Now: {{verdict}}',
    'notify.summary': 'InvoiceGuard: many changes, told in one',
    'notify.summaryBody': '{{changes}} changes were not shown one by one. Now: {{verdict}}. Click for details.',
    'notify.monitorStopped': "InvoiceGuard's monitor has stopped",
    'notify.monitorStoppedBody':
      'It crashed more than {{maxRestarts}} times in {{windowMinutes}} minutes. The state cannot be shown now: contact support.',
    'policy.rule.clockTime': 'Use hours:minutes on a 24-hour clock, for example 22:00',
    'policy.rule.quietHoursEmpty': 'Quiet hours cannot start (from) and end (to) at the same time',
  },
});
