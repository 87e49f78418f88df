import { defineCatalog } from '../define-catalog';

export const trayCatalog = defineCatalog({
  'zh-CN': {
    'tray.tooltip': '开票卫士：{{overall}}',
    'tray.practice': '开票卫士（练习模式，非真实状态）：{{overall}}',
    'tray.open': '打开开票卫士',
    'tray.checkNow': '立即检查',
    'tray.quit': '退出',
    'tray.coreDown': '检查程序正在重新启动',
    'notify.faultOpened': '开票卫士发现问题：{{title}}',
    'notify.faultOpenedBody': '点击查看处理步骤。请不要直接关机或拔掉税控设备。',
  },
  en: {
    'tray.tooltip': 'InvoiceGuard: {{overall}}',
    'tray.practice': 'InvoiceGuard (practice mode, not real): {{overall}}',
    'tray.open': 'Open InvoiceGuard',
    'tray.checkNow': 'Check now',
    'tray.quit': 'Quit',
    'tray.coreDown': 'The checker is restarting',
    'notify.faultOpened': 'InvoiceGuard found a problem: {{title}}',
    'notify.faultOpenedBody': 'Click to see the steps. Do not switch off the computer or pull out the tax device.',
  },
});
