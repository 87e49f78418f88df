import { defineCatalog } from '../../../../shared/i18n/define-catalog';

/** The window itself: title, navigation, "check now", the live region and the state words. */
export const shellCatalog = defineCatalog({
  'zh-CN': {
    'ui.windowTitle': '开票卫士',
    'ui.skipToMain': '跳到主要内容',
    'ui.nav.label': '主导航',
    'ui.nav.network': '网络',
    'ui.nav.backup': '数据备份',
    'ui.nav.settings': '设置与关于',
    'ui.checkNow': '立即检查',
    'ui.checkingProgress': '正在检查 {{done}}/{{total}}…',
    'ui.backToDashboard': '返回状态总览',
    'ui.announce.changed': '状态有变化：{{verdict}}',
    'ui.announce.rechecked': '检查完成：{{verdict}}',
    'ui.language.zh-CN': '简体中文',
    'ui.language.en': 'English',
    'ui.invoicing.mode.tax-device': '税控设备开票',
    'ui.invoicing.mode.digital': '数电发票（全电）',
    'ui.policy.banner': '现在按内置的默认设置检查。请把下面的技术信息发给 IT 人员修正策略文件。',
    'ui.check.whyNot': '未检查的原因：',
    'ui.calm.digital':
      '遇到故障先别慌：不要直接关机或拔电源，尤其是开票软件正在开票或上传时。按下面的步骤逐项检查，记下出现的错误代码。',
  },
  en: {
    'ui.windowTitle': 'InvoiceGuard',
    'ui.skipToMain': 'Skip to the main content',
    'ui.nav.label': 'Main navigation',
    'ui.nav.network': 'Network',
    'ui.nav.backup': 'Backup',
    'ui.nav.settings': 'Settings and about',
    'ui.checkNow': 'Check now',
    'ui.checkingProgress': 'Checking {{done}}/{{total}}…',
    'ui.backToDashboard': 'Back to the status',
    'ui.announce.changed': 'The state changed: {{verdict}}',
    'ui.announce.rechecked': 'Check finished: {{verdict}}',
    'ui.language.zh-CN': '简体中文',
    'ui.language.en': 'English',
    'ui.invoicing.mode.tax-device': 'Tax device',
    'ui.invoicing.mode.digital': 'Fully digital invoices',
    'ui.policy.banner':
      'Checking with the built-in defaults for now. Pass the technical details below to IT so they can fix the policy file.',
    'ui.check.whyNot': 'Why it was not checked: ',
    'ui.calm.digital':
      'When something fails, stay calm: do not switch off or pull the power, above all while the invoicing software is issuing or uploading. Follow the checks below one by one and note any error code shown.',
  },
});
