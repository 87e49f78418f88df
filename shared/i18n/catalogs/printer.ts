import { defineCatalog } from '../define-catalog';

export const printerCatalog = defineCatalog({
  'zh-CN': {
    'area.printer': '打印机',
    'check.printer.queue.name': '发票打印机队列',
    'check.printer.queue.ok': '{{printer}} 就绪（队列中 {{jobs}} 个任务）',
    'check.printer.queue.notFound': '找不到发票打印机“{{pattern}}”（本机共 {{count}} 台打印机）',
    'check.printer.queue.noPrinters': '这台电脑没有安装任何打印机',
    'check.printer.queue.noPrintersDigital': '这台电脑没有安装打印机；数电发票可以不打印，所以未检查',
    'check.printer.queue.noDefault': '没有设置默认打印机（本机共 {{count}} 台），无法确定发票打印机',
    'check.printer.queue.offline': '{{printer}} 脱机：电脑连不上打印机',
    'check.printer.queue.paused': '{{printer}} 已暂停打印',
    'check.printer.queue.rejecting': '{{printer}} 拒绝接收新的打印任务',
    'check.printer.queue.jobsStuck': '{{printer}} 有 {{stuck}} 个打印任务卡住（最久 {{minutes}} 分钟）',
    'check.printer.queue.error': '{{printer}} 报告问题：$t(printer.error.{{error}})',
    'check.printer.queue.toolMissing': '没有安装打印系统（CUPS），未检查打印机',
    'check.printer.queue.serviceDown': '打印服务（CUPS）没有运行，读不到打印队列',
    'check.printer.queue.unreadable': '无法读取打印队列（$t(source.problem.{{problem}})）',
    'fault.printer.offline.title': '发票打印机脱机',
    'fault.printer.offline.explain':
      '电脑连不上发票打印机：可能没开机、数据线松了、网线断了，或在 Windows 里被设成了“脱机使用打印机”。发票会一直排在队列里打印不出来。',
    'fault.printer.paused.title': '发票打印机已暂停',
    'fault.printer.paused.explain':
      '打印队列被暂停或设成了拒绝新任务，发票会停在队列里不打印。打印机故障（卡纸、缺纸）后系统也会自动暂停队列。',
    'fault.printer.jobs-stuck.title': '打印任务卡住',
    'fault.printer.jobs-stuck.explain':
      '有打印任务在队列里等了太久。后面的发票都会排在它后面。常见原因是卡纸、缺纸或打印机没有响应；取消卡住的任务前，先确认那张发票是否已经打印出来，避免重复打印。',
    'fault.printer.not-found.title': '找不到发票打印机',
    'fault.printer.not-found.explain':
      '策略指定的发票打印机在这台电脑上不存在：可能被删除、改了名，或驱动没有装好。开票软件会打印失败或打到别的打印机上。',
    'fault.printer.no-default.title': '没有默认打印机',
    'fault.printer.no-default.explain':
      '没有设置默认打印机，开票软件可能不知道把发票发到哪台打印机。请把发票打印机设为默认，或让 IT 在策略里指定发票打印机。',
    'printer.error.low-paper': '纸快用完了',
    'printer.error.no-paper': '缺纸',
    'printer.error.no-toner': '墨粉或色带用完了',
    'printer.error.door-open': '机盖或舱门打开了',
    'printer.error.jammed': '卡纸',
    'printer.error.service-requested': '打印机需要维修',
    'printer.error.output-bin-full': '出纸槽满了',
    'printer.error.needs-attention': '打印机需要有人处理（看一下打印机面板）',
    'printer.error.other': '打印机报告了一个错误（看一下打印机面板）',
  },
  en: {
    'area.printer': 'Printer',
    'check.printer.queue.name': 'Invoice printer queue',
    'check.printer.queue.ok': '{{printer}} is ready ({{jobs}} jobs in the queue)',
    'check.printer.queue.notFound': 'Invoice printer "{{pattern}}" not found ({{count}} printers on this PC)',
    'check.printer.queue.noPrinters': 'No printer is installed on this PC',
    'check.printer.queue.noPrintersDigital':
      'No printer is installed; fully digital invoices need no paper, so not checked',
    'check.printer.queue.noDefault':
      'No default printer is set ({{count}} printers), so the invoice printer is unknown',
    'check.printer.queue.offline': '{{printer}} is offline: the PC cannot reach the printer',
    'check.printer.queue.paused': '{{printer}} is paused',
    'check.printer.queue.rejecting': '{{printer}} is refusing new print jobs',
    'check.printer.queue.jobsStuck': '{{printer}} has {{stuck}} stuck print jobs (oldest {{minutes}} min)',
    'check.printer.queue.error': '{{printer}} reports a problem: $t(printer.error.{{error}})',
    'check.printer.queue.toolMissing': 'No print system (CUPS) is installed: printers not checked',
    'check.printer.queue.serviceDown': 'The print service (CUPS) is not running: the print queue cannot be read',
    'check.printer.queue.unreadable': 'Cannot read the print queue ($t(source.problem.{{problem}}))',
    'fault.printer.offline.title': 'Invoice printer offline',
    'fault.printer.offline.explain':
      'The PC cannot reach the invoice printer: it may be switched off, its cable loose, its network down, or Windows set to "Use printer offline". Invoices stay in the queue and never print.',
    'fault.printer.paused.title': 'Invoice printer paused',
    'fault.printer.paused.explain':
      'The print queue is paused or set to refuse new jobs, so invoices wait in the queue. The system also pauses a queue by itself after a printer fault (paper jam, out of paper).',
    'fault.printer.jobs-stuck.title': 'Print jobs stuck',
    'fault.printer.jobs-stuck.explain':
      'A print job has waited in the queue for too long and every later invoice queues behind it. Usual causes are a paper jam, no paper or a printer that does not answer. Before cancelling the stuck job, check whether that invoice already printed, so it is not printed twice.',
    'fault.printer.not-found.title': 'Invoice printer not found',
    'fault.printer.not-found.explain':
      'The invoice printer the policy names does not exist on this PC: it was removed, renamed, or its driver is not installed. The invoicing software fails to print or prints on another printer.',
    'fault.printer.no-default.title': 'No default printer',
    'fault.printer.no-default.explain':
      'No default printer is set, so the invoicing software may not know where to send invoices. Make the invoice printer the default, or ask IT to name it in the policy.',
    'printer.error.low-paper': 'paper is running low',
    'printer.error.no-paper': 'out of paper',
    'printer.error.no-toner': 'out of toner or ribbon',
    'printer.error.door-open': 'a door or cover is open',
    'printer.error.jammed': 'paper jam',
    'printer.error.service-requested': 'the printer needs service',
    'printer.error.output-bin-full': 'the output tray is full',
    'printer.error.needs-attention': 'the printer needs attention (look at its panel)',
    'printer.error.other': 'the printer reports an error (look at its panel)',
  },
});
