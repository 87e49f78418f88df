import { defineCatalog } from '../define-catalog';

export const softwareCatalog = defineCatalog({
  'zh-CN': {
    'area.software': '开票软件',
    'check.software.processes.name': '开票软件运行状态',
    'check.software.processes.ok': '{{names}} 正在运行',
    'check.software.processes.notConfigured': '没有指定要检查的开票软件，未检查',
    'check.software.processes.notRunning': '{{names}} 没有运行',
    'check.software.processes.outdated': '{{name}} 版本 {{version}} 低于要求的 {{minVersion}}',
    'check.software.processes.unreadable': '无法读取正在运行的程序（$t(source.problem.{{problem}})）',
    'check.software.helper.name': '本地助手服务',
    'check.software.helper.ok': '{{name}} 正在运行',
    'check.software.helper.notConfigured': '没有指定本机助手服务，未检查',
    'check.software.helper.down': '{{name}} 没有在运行',
    'check.software.helper.unreadable': '无法检查 {{name}}（$t(source.problem.{{problem}})）',
    'fault.software.not-running.title': '开票软件没有运行',
    'fault.software.not-running.explain':
      '开票软件或它依赖的本地助手服务（例如税务UKey 的登录助手）没有运行。可能是还没打开，也可能是启动时崩溃了或被安全软件拦截。',
    'fault.software.outdated.title': '开票软件版本过旧',
    'fault.software.outdated.explain':
      '正在运行的开票软件版本低于 IT 要求的最低版本。旧版本可能无法连接税务平台或缺少必要的修复，请按官方渠道升级。',
  },
  en: {
    'area.software': 'Invoicing software',
    'check.software.processes.name': 'Invoicing software running',
    'check.software.processes.ok': '{{names}} running',
    'check.software.processes.notConfigured': 'No invoicing software is listed to check: not checked',
    'check.software.processes.notRunning': '{{names}} not running',
    'check.software.processes.outdated': '{{name}} version {{version}} is older than the required {{minVersion}}',
    'check.software.processes.unreadable': 'Cannot list running programs ($t(source.problem.{{problem}}))',
    'check.software.helper.name': 'Local helper service',
    'check.software.helper.ok': '{{name}} is running',
    'check.software.helper.notConfigured': 'No local helper service is listed: not checked',
    'check.software.helper.down': '{{name}} is not running',
    'check.software.helper.unreadable': 'Cannot check {{name}} ($t(source.problem.{{problem}}))',
    'fault.software.not-running.title': 'Invoicing software not running',
    'fault.software.not-running.explain':
      'The invoicing software, or the local helper it needs (such as the tax UKey login helper), is not running. It may not be started yet, or it crashed at start or was blocked by security software.',
    'fault.software.outdated.title': 'Invoicing software out of date',
    'fault.software.outdated.explain':
      'The running invoicing software is older than the minimum version IT requires. Old versions may fail to reach the tax platforms or lack needed fixes; update it through the official channel.',
  },
});
