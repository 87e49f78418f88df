import { defineCatalog } from '../define-catalog';

export const cliCatalog = defineCatalog({
  'zh-CN': {
    'cli.usage':
      '用法：invoiceguard check [--json] [--policy 文件] [--deadline 秒数] [--lang zh-CN|en]\n      invoiceguard --version | --help\n退出码：0 正常，1 有警告，2 有故障，3 无法运行',
    'cli.badArgs': '参数错误：{{reason}}',
    'cli.unknownCommand': '不认识的命令“{{command}}”',
    'cli.coreFailed': '检查程序没有正常运行：{{reason}}',
    'cli.heading': '开票卫士检查结果：{{overall}}（{{time}}）',
    'cli.faults': '发现的故障：',
    'cli.faultLine': '[{{category}}·{{severity}}] {{title}}',
    'cli.noFaults': '没有发现故障。',
    'cli.policyNote': '策略：{{source}} {{path}}',
    'cli.faultsHint': '处理步骤：打开开票卫士窗口，在故障旁点“开始处理”。',
    'cli.noCommand': '请给出要执行的命令，例如 invoiceguard check',
    'cli.nothingChecked': '只显示了 {{option}} 的内容，没有做任何检查',
    'cli.coreNoAnswer': '到了时限（{{seconds}} 秒），检查程序仍没有回答',
  },
  en: {
    'cli.usage':
      'Usage: invoiceguard check [--json] [--policy FILE] [--deadline SECONDS] [--lang zh-CN|en]\n       invoiceguard --version | --help\nExit codes: 0 ok, 1 warnings, 2 faults, 3 could not run',
    'cli.badArgs': 'Bad arguments: {{reason}}',
    'cli.unknownCommand': 'Unknown command "{{command}}"',
    'cli.coreFailed': 'The checks could not run: {{reason}}',
    'cli.heading': 'InvoiceGuard check: {{overall}} ({{time}})',
    'cli.faults': 'Faults found:',
    'cli.faultLine': '[{{category}}, {{severity}}] {{title}}',
    'cli.noFaults': 'No faults found.',
    'cli.policyNote': 'Policy: {{source}} {{path}}',
    'cli.faultsHint': 'To fix: open the InvoiceGuard window and press "Start fixing" next to the fault.',
    'cli.noCommand': 'Say what to do, for example: invoiceguard check',
    'cli.nothingChecked': 'shown {{option}} only; nothing was checked',
    'cli.coreNoAnswer': 'the checker gave no answer by the deadline ({{seconds}} s)',
  },
});
