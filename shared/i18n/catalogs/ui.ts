import { defineCatalog } from '../define-catalog';

export const uiCatalog = defineCatalog({
  'zh-CN': {
    'ui.nav.dashboard': '状态总览',
    'ui.recheck': '重新检查',
    'ui.checking': '正在检查…',
    'ui.language': 'English',
    'ui.connecting': '正在连接检查程序…',
    'ui.connectionLost': '与检查程序的连接已断开。请关闭窗口后重新打开开票卫士。',
    'ui.coreRestarting': '检查程序意外退出，正在第 {{restarts}} 次重新启动…',
    'ui.requestFailed': '操作没有完成：{{reason}}',
    'ui.faults.heading': '需要处理的问题',
    'ui.faults.none': '没有发现问题。',
    'ui.faults.since': '发现于 {{time}}',
    'ui.faults.openGuide': '查看处理步骤',
    'ui.checks.heading': '各项检查',
    'ui.checks.checkedAt': '检查于 {{time}}',
    'ui.policy.heading': '策略文件有误',
    'ui.policy.source': '当前策略：{{source}}',
    'ui.calm':
      '遇到故障先别慌：不要直接关机或拔电源，尤其是税控设备正在读写时。按下面的步骤逐项检查，记下出现的错误代码。',
  },
  en: {
    'ui.nav.dashboard': 'Status',
    'ui.recheck': 'Check again',
    'ui.checking': 'Checking…',
    'ui.language': '中文',
    'ui.connecting': 'Connecting to the checker…',
    'ui.connectionLost': 'The connection to the checker was lost. Close this window and open InvoiceGuard again.',
    'ui.coreRestarting': 'The checker stopped unexpectedly; restarting it (attempt {{restarts}})…',
    'ui.requestFailed': 'That did not complete: {{reason}}',
    'ui.faults.heading': 'Problems to fix',
    'ui.faults.none': 'No problems found.',
    'ui.faults.since': 'Seen since {{time}}',
    'ui.faults.openGuide': 'Show the steps',
    'ui.checks.heading': 'All checks',
    'ui.checks.checkedAt': 'Checked at {{time}}',
    'ui.policy.heading': 'The policy file has errors',
    'ui.policy.source': 'Policy in force: {{source}}',
    'ui.calm':
      'When something fails, stay calm: do not switch off or pull the power, above all while the tax device is working. Follow the checks below one by one and note any error code shown.',
  },
});
