import { defineCatalog } from '../define-catalog';

/** The tray icon's tooltip and menu (electron/main/tray-*.ts). */
export const trayCatalog = defineCatalog({
  'zh-CN': {
    'tray.tooltip': '开票卫士：{{overall}}',
    'tray.practice': '开票卫士（练习模式，非真实状态）：{{overall}}',
    'tray.coreStarting': '开票卫士：监控程序正在启动',
    'tray.coreRestarting': '开票卫士：监控程序正在重新启动',
    'tray.coreFailed':
      '开票卫士：监控程序已停止（{{windowMinutes}} 分钟内崩溃超过 {{maxRestarts}} 次），请联系技术支持',
    'tray.menu.open': '打开开票卫士',
    'tray.menu.checkNow': '立即检查',
    'tray.menu.readiness': '月底开票准备',
    'tray.menu.support': '联系技术支持',
    'tray.menu.backupNow': '立即备份',
    'tray.menu.practice': '练习模式…',
    'tray.menu.endPractice': '结束练习（回到真实状态）',
    'tray.menu.restartMonitor': '重新启动监控程序',
    'tray.menu.quit': '退出开票卫士',
  },
  en: {
    'tray.tooltip': 'InvoiceGuard: {{overall}}',
    'tray.practice': 'InvoiceGuard (practice mode, not real): {{overall}}',
    'tray.coreStarting': 'InvoiceGuard: the monitor is starting',
    'tray.coreRestarting': 'InvoiceGuard: the monitor is restarting',
    'tray.coreFailed':
      'InvoiceGuard: the monitor has stopped (it crashed more than {{maxRestarts}} times in {{windowMinutes}} minutes). Contact support.',
    'tray.menu.open': 'Open InvoiceGuard',
    'tray.menu.checkNow': 'Check now',
    'tray.menu.readiness': 'Month-end readiness',
    'tray.menu.support': 'Contact support',
    'tray.menu.backupNow': 'Back up now',
    'tray.menu.practice': 'Practice mode…',
    'tray.menu.endPractice': 'End practice (back to the real state)',
    'tray.menu.restartMonitor': 'Restart the monitor',
    'tray.menu.quit': 'Quit InvoiceGuard',
  },
});
